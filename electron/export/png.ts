import { Resvg } from '@resvg/resvg-js';

import type { PngScale } from './formats';

export { PNG_SCALES, type PngScale } from './formats';

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
}

/**
 * Rasterises an SVG (as our map export writes it, with its width and height in CSS pixels) at a scale.
 * The result is checked: a PNG of the expected size, never an empty image passed off as a picture.
 */
export function svgToPng(svg: string, size: { width: number; height: number }, scale: PngScale): PngResult {
  const width = Math.round(size.width * scale);
  const height = Math.round(size.height * scale);
  if (width > MAX_PNG_SIDE || height > MAX_PNG_SIDE) {
    throw new ExportError(
      `The map is too large for a ${scale}x image (${width} x ${height} pixels; at most ${MAX_PNG_SIDE} per side). Choose a smaller scale, or export SVG or PDF.`,
    );
  }
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
    shapeRendering: 2,
    textRendering: 1,
  }).render();
  const png = rendered.asPng();
  if (png.length < PNG_SIGNATURE.length || !png.subarray(0, 8).equals(PNG_SIGNATURE) || rendered.width !== width || rendered.height !== height) {
    throw new ExportError(`The image came out wrong (${rendered.width} x ${rendered.height}, expected ${width} x ${height}); nothing was written.`);
  }
  return { png, width, height };
}
