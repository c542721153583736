import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

import { nextTurn, throwIfCancelled } from './cancel';
import { PNG_PIXEL_BUDGET } from './formats';
import { outlineTexts, systemOutlineFonts, type OutlineFonts } from './glyphs';
import { bandSvg, splitRows, type RowRange } from './png-bands';
import { assemblePng, deflateScanlines, PNG_SIGNATURE, type DeflatedPart } from './png-encode';

export { PNG_PIXEL_BUDGET, PNG_SCALES, type PngScale } from './formats';

/**
 * Largest side of an exported image. Past this, image viewers and slide tools struggle, and some
 * renderers silently return an empty picture; a bigger map is refused with a message instead.
 */
export const MAX_PNG_SIDE = 16_384;

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
  /** Stops the export: bands not yet drawing are dropped, and nothing is encoded after a band returns. */
  signal?: AbortSignal;
  /** Bands drawn at once; two by default (see splitRows for why never more). One draws the image whole. */
  bands?: 1 | 2;
}

/**
 * Rasterises an SVG (as our map export writes it, with its width and height in CSS pixels) at a scale
 * (1, 2 or 4 for an image file; a slide picks its own), off the calling thread.
 * The words are drawn as outlines of the system's CJK font (see glyphs.ts: resvg's own text drawing
 * costs seconds per map); any label the font cannot draw is left to resvg and the system's fonts.
 * The image is drawn as two bands at once on libuv's thread pool (resvg draws on one core), and each
 * band is compressed there as soon as it is drawn (png-encode.ts), so the caller's thread (Electron's
 * main process) stays free to handle a Cancel.
 * The result is checked: a PNG of the expected size, never an empty image passed off as a picture.
 */
export async function svgToPng(svg: string, size: { width: number; height: number }, requested: number, options: PngOptions = {}): Promise<PngResult> {
  const scale = budgetedScale(size, requested, options.budget);
  const width = Math.round(size.width * scale);
  const height = Math.round(size.height * scale);
  if (width > MAX_PNG_SIDE || height > MAX_PNG_SIDE) {
    throw new ExportError(
      `The map is too large for a ${requested}x image (${width} x ${height} pixels; at most ${MAX_PNG_SIDE} per side). Choose a smaller scale, or export SVG or PDF.`,
    );
  }
  if (width < 1 || height < 1) throw new ExportError(`The image came out empty (${width} x ${height} pixels); nothing was written.`);
  const { signal } = options;
  throwIfCancelled(signal);
  const fonts = options.fonts === undefined ? systemOutlineFonts() : options.fonts;
  const outlined = fonts ? outlineTexts(svg, fonts) : { svg, textsLeft: 1 };
  await nextTurn(signal);
  const renderOptions: ResvgRenderOptions = {
    fitTo: { mode: 'original' },
    // System fonts only for labels that are still text: loading them all takes seconds.
    font: outlined.textsLeft > 0 ? { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' } : { loadSystemFonts: false },
    shapeRendering: 2,
    textRendering: 1,
  };
  const image = { width, height };
  const bands = options.bands === 1 ? [{ top: 0, rows: height }] : splitRows(height);
  const parts = await Promise.all(bands.map((band) => drawAndDeflate(bandSvg(outlined.svg, image, band), band, width, renderOptions, signal)));
  throwIfCancelled(signal);
  const png = assemblePng(width, height, parts);
  if (png.length <= PNG_SIGNATURE.length || !png.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new ExportError(`The image came out wrong (${width} x ${height}); nothing was written.`);
  }
  return { png, width, height, scale };
}

/** One band: drawn, checked, turned into scanlines and compressed; skipped from the first Cancel on. */
async function drawAndDeflate(svg: string, band: RowRange, width: number, renderOptions: ResvgRenderOptions, signal: AbortSignal | undefined): Promise<DeflatedPart> {
  // No AbortSignal for resvg itself: its native binding refuses Node's own AbortSignal under some loaders
  // (tsx, Electron) with a bare InvalidArg. A band finishes drawing and is dropped here once cancelled.
  const drawn = await renderAsync(svg, renderOptions);
  throwIfCancelled(signal);
  if (drawn.width !== width || drawn.height !== band.rows) {
    throw new ExportError(`The image came out wrong (a band of ${drawn.width} x ${drawn.height}, expected ${width} x ${band.rows}); nothing was written.`);
  }
  return deflateScanlines(drawn.pixels, width, band.rows);
}
