import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { findCjkBoldFont, findCjkFont, type FontFile } from './fonts';

export interface PdfOptions {
  /** Document title (the account's name), shown by PDF viewers. */
  title: string;
  /** Fonts to embed; found on the system when not given (tests pass their own). */
  font?: FontFile | null;
  boldFont?: FontFile | null;
}

/**
 * One page the size of the drawing, the SVG laid in as vectors with its text as real text (searchable,
 * selectable), in a font that has Chinese glyphs when the system has one.
 */
export function svgToPdf(svg: string, size: { width: number; height: number }, options: PdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({ size: [size.width, size.height], margin: 0, info: { Title: options.title, Creator: 'Power Map' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const font = options.font === undefined ? findCjkFont() : options.font;
  const bold = options.boldFont === undefined ? findCjkBoldFont() : options.boldFont;
  if (font) doc.registerFont('body', font.path, font.postscriptName);
  if (bold) doc.registerFont('bold', bold.path, bold.postscriptName);
  SVGtoPDF(doc, svg, 0, 0, {
    width: size.width,
    height: size.height,
    fontCallback: (_family: string, isBold: boolean) => (isBold && bold ? 'bold' : font ? 'body' : isBold ? 'Helvetica-Bold' : 'Helvetica'),
  });
  doc.end();
  return done;
}
