import type PptxGenJS from 'pptxgenjs';
import type { Scene } from '../../shared/visual';
import { fitColumn, PARA_AFTER, TEXT_INSET, type ColumnBlock } from './deck-column';

/** The deck's page (16:9, inches), colours and type, shared by its slides. */

export const W = 13.333;
export const H = 7.5;
export const PAD = 0.5;
/** Where the content under a slide's heading starts, and the margin kept free at the slide's foot. */
export const BODY_TOP = 1.3;
export const FOOT = 0.35;
export const INK = '1B2230';
export const MUTED = '5D6676';
export const ACCENT = '2F5FD0';
export const FONT = 'Microsoft YaHei';

export const hex = (color: string) => color.replace('#', '').toUpperCase();

export function heading(slide: PptxGenJS.Slide, text: string, sub?: string) {
  slide.addText(text, { x: PAD, y: 0.3, w: W - 2 * PAD, h: 0.6, fontSize: 26, bold: true, color: INK, fontFace: FONT });
  if (sub) slide.addText(sub, { x: PAD, y: 0.85, w: W - 2 * PAD, h: 0.35, fontSize: 13, color: MUTED, fontFace: FONT });
}

/** Where the map goes on its slide, keeping the drawing's proportions. */
export function mapFrame(scene: Scene) {
  const areaW = W - 2 * PAD;
  const areaH = H - 1.0 - PAD;
  const scale = Math.min(areaW / scene.width, areaH / scene.height);
  return { x: PAD + (areaW - scene.width * scale) / 2, y: 1.0 + (areaH - scene.height * scale) / 2, scale };
}

/** The findings slide's two columns under the heading (left narrower), each fitted to its box with "+N more" lines. */
export function twoColumns(slide: PptxGenJS.Slide, left: ColumnBlock[], right: ColumnBlock[], more: (n: number) => string) {
  const top = BODY_TOP;
  const height = H - FOOT - top;
  const leftW = 6.0;
  const rightX = 6.8;
  for (const [blocks, x, w] of [[left, PAD, leftW], [right, rightX, W - rightX - PAD]] as const) {
    const paragraphs = fitColumn(blocks, w - 2 * TEXT_INSET.x, height - 2 * TEXT_INSET.y, more);
    slide.addText(
      paragraphs.map((p) => ({ text: p.text, options: { fontSize: p.fontSize, bold: p.bold === true, color: p.color ?? INK, breakLine: true } })),
      { x, y: top, w, h: height, valign: 'top', fontFace: FONT, color: INK, paraSpaceAfter: PARA_AFTER },
    );
  }
}
