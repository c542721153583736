import { Resvg } from '@resvg/resvg-js';

import { PNG_PIXEL_BUDGET } from './formats';
import { outlineTexts, systemOutlineFonts, type OutlineFonts } from './glyphs';

export { PNG_PIXEL_BUDGET, PNG_SCALES, type PngScale } from './formats';

/**
 * Largest side of an exported image. Past this, image viewers and slide tools struggle, and some
 * renderers silently return an empty picture; a bigger map is refused with a message instead.
 */
export const MAX_PNG_SIDE = 16_384;


const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export class ExportError extends Error {}

export interface PngResult {
  png: Buffer;
  width: number;
  height: number;
  /** The scale drawn: the one asked for, or less when the image would pass PNG_PIXEL_BUDGET. */
  scale: number;
}

/** The scale a drawing of `size` gets when `requested` is asked for, within the pixel budget. */
export function budgetedScale(size: { width: number; height: number }, requested: number, budget = PNG_PIXEL_BUDGET): number {
  const pixels = size.width * size.height * requested * requested;
  if (pixels <= budget) return requested;
  // Two decimals, rounded down, so the image stays inside the budget; never below 1x unless asked.
  return Math.max(Math.min(1, requested), Math.floor(Math.sqrt(budget / (size.width * size.height)) * 100) / 100);
}

export interface PngOptions {
  /** Fonts to draw the words with; the system's CJK font when not given, null for resvg's own text. */
  fonts?: OutlineFonts | null;
  budget?: number;
}

/**
 * Rasterises an SVG (as our map export writes it, with its width and height in CSS pixels) at a scale
 * (1, 2 or 4 for an image file; a slide picks its own).
 * The words are drawn as outlines of the system's CJK font (see glyphs.ts: resvg's own text drawing
 * costs seconds per map); any label the font cannot draw is left to resvg and the system's fonts.
 * The result is checked: a PNG of the expected size, never an empty image passed off as a picture.
 */
export function svgToPng(svg: string, size: { width: number; height: number }, requested: number, options: PngOptions = {}): PngResult {
  const scale = budgetedScale(size, requested, options.budget);
  const width = Math.round(size.width * scale);
  const height = Math.round(size.height * scale);
  if (width > MAX_PNG_SIDE || height > MAX_PNG_SIDE) {
    throw new ExportError(
      `The map is too large for a ${requested}x image (${width} x ${height} pixels; at most ${MAX_PNG_SIDE} per side). Choose a smaller scale, or export SVG or PDF.`,
    );
  }
  const fonts = options.fonts === undefined ? systemOutlineFonts() : options.fonts;
  const outlined = fonts ? outlineTexts(svg, fonts) : { svg, textsLeft: 1 };
  const rendered = new Resvg(outlined.svg, {
    fitTo: { mode: 'zoom', value: scale },
    // System fonts only for labels that are still text: loading them all takes seconds.
    font: outlined.textsLeft > 0 ? { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' } : { loadSystemFonts: false },
    shapeRendering: 2,
    textRendering: 1,
  }).render();
  const png = rendered.asPng();
  // A fractional scale may round the other way inside resvg: one pixel either side is the same picture.
  const sizeRight = Math.abs(rendered.width - width) <= 1 && Math.abs(rendered.height - height) <= 1;
  if (png.length < PNG_SIGNATURE.length || !png.subarray(0, 8).equals(PNG_SIGNATURE) || !sizeRight) {
    throw new ExportError(`The image came out wrong (${rendered.width} x ${rendered.height}, expected ${width} x ${height}); nothing was written.`);
  }
  return { png, width: rendered.width, height: rendered.height, scale };
}
