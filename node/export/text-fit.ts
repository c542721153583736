import { textWidth, wrapText } from '../../shared/visual';

/**
 * How much room a piece of slide text takes, estimated before the deck is written: pptxgenjs cannot
 * measure text, and PowerPoint and LibreOffice only grow a table row or spill a text box once the deck
 * is opened, too late to move the rest onto another slide. The estimate errs on the tall side.
 */

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * The deck asks for Microsoft YaHei; where it is missing (LibreOffice on Linux, PowerPoint on a Mac) the
 * reader draws Latin text in a wider font such as DejaVu Sans. Measured against the shared glyph-width
 * estimate on the demo's titles, roles and notes, DejaVu runs up to 1.06x wider, its bold 1.18x.
 */
const WIDER_THAN_ESTIMATE = { regular: 1.1, bold: 1.22 };

/**
 * Line height in em: Microsoft YaHei sets lines at about 1.32 em, Noto Sans CJK (LibreOffice's fallback
 * for Chinese) at 1.45 em; DejaVu Sans needs less than either.
 */
const LINE_EM = { latin: 1.32, cjk: 1.45 };

const POINTS_PER_INCH = 72;

export interface TextStyle {
  /** points */
  fontSize: number;
  bold?: boolean;
}

export const hasCjk = (text: string) => CJK.test(text);

/** The lines `text` wraps to in a box `widthIn` inches wide (inside its margins); an empty text is one line. */
export function lineCount(text: string, widthIn: number, style: TextStyle): number {
  const width = (widthIn * POINTS_PER_INCH) / (style.bold ? WIDER_THAN_ESTIMATE.bold : WIDER_THAN_ESTIMATE.regular);
  return text.split(/\r?\n/).reduce((sum, paragraph) => sum + Math.max(1, wrapText(paragraph, width, style.fontSize, 10_000).length), 0);
}

/**
 * Width in inches of the widest piece of `text` a line cannot break (a Latin word; a Chinese character
 * stands alone), so a column at least this wide never splits a word.
 */
export function widestWord(text: string, style: TextStyle): number {
  const factor = style.bold ? WIDER_THAN_ESTIMATE.bold : WIDER_THAN_ESTIMATE.regular;
  const words = text.split(/[\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+/u);
  const cjk = hasCjk(text) ? style.fontSize : 0;
  return (Math.max(cjk, ...words.map((word) => textWidth(word, style.fontSize) * factor)) / POINTS_PER_INCH);
}

/** Height in inches of one line of `text`. */
export function lineHeight(text: string, style: TextStyle): number {
  return ((hasCjk(text) ? LINE_EM.cjk : LINE_EM.latin) * style.fontSize) / POINTS_PER_INCH;
}

/** Height in inches of `text` wrapped in a box `widthIn` inches wide (inside its margins). */
export function textHeight(text: string, widthIn: number, style: TextStyle): number {
  return lineCount(text, widthIn, style) * lineHeight(text, style);
}

const ELLIPSIS = '\u2026';

/** The first `count` characters, backed off to a word end when one is near, with an ellipsis. */
function cutAt(chars: readonly string[], count: number): string {
  let head = chars.slice(0, count).join('');
  const space = head.lastIndexOf(' ');
  if (space > 0 && space >= head.length - 15 && !hasCjk(head.slice(space - 1))) head = head.slice(0, space);
  return head.replace(/[\s,;:.，；：。、·-]+$/u, '') + ELLIPSIS;
}

/**
 * `text` cut with an ellipsis so it wraps to at most `maxLines` lines in a box `widthIn` wide: a long
 * private note must not make one table row taller than its slide.
 */
export function clipToLines(text: string, widthIn: number, style: TextStyle, maxLines: number): string {
  // No glyph is narrower than a fifth of an em, so more characters than this never fit: a note of
  // 20,000 characters is searched over its first few hundred, not wrapped whole a dozen times.
  const most = Math.ceil((maxLines * widthIn * POINTS_PER_INCH) / (0.2 * style.fontSize)) + 1;
  const chars = [...text];
  if (chars.length <= most && lineCount(text, widthIn, style) <= maxLines) return text;
  chars.length = Math.min(chars.length, most);
  // The longest head that still fits: wrapping grows with the length, so a binary search finds it.
  let fits = 0;
  let tooLong = chars.length;
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (lineCount(cutAt(chars, middle), widthIn, style) <= maxLines) fits = middle;
    else tooLong = middle;
  }
  return cutAt(chars, fits);
}

/**
 * Splits items of the given heights into pages no taller than `pageHeight`, in order. An item taller
 * than a page gets a page of its own (callers clip their items so that it does not happen).
 */
export function paginate(heights: readonly number[], pageHeight: number): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let used = 0;
  heights.forEach((height, index) => {
    if (page.length > 0 && used + height > pageHeight) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(index);
    used += height;
  });
  if (page.length > 0) pages.push(page);
  return pages;
}
