/**
 * Cutting one SVG into horizontal bands that are drawn apart and joined row to row (see png.ts).
 *
 * Each band is the whole drawing with its root's viewBox, width and height cut to the band's rows, so
 * the rasteriser maps the band's first device row to the top of its own canvas: the bands meet on whole
 * pixel rows and the joined image is the single drawing's, to within anti-aliasing rounding.
 */

export interface RowRange {
  top: number;
  rows: number;
}

/**
 * Two bands of (nearly) equal height, or one for a small image. Never more: resvg (as resvg-js 2.6
 * ships it) aborts the whole process when a layered group (text with opacity, an arrowhead marker's
 * clip) lies entirely outside the area it allows around the canvas, which is twice the canvas's own
 * height above and below it. With two halves every part of the drawing stays inside that area for both
 * bands; with three or more, the top band's area no longer reaches the drawing's bottom.
 */
export function splitRows(height: number, minRowsToSplit = 64): RowRange[] {
  if (height < minRowsToSplit * 2) return [{ top: 0, rows: height }];
  const half = Math.ceil(height / 2);
  return [
    { top: 0, rows: half },
    { top: half, rows: height - half },
  ];
}

const ROOT = /<svg\b[^>]*>/;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function withoutAttributes(tag: string, names: readonly string[]): string {
  return names.reduce((text, name) => text.replace(new RegExp(`\\s${name}="[^"]*"`), ''), tag);
}

/**
 * The SVG with its root cut to `band` of an image `pixels` wide and tall: the root's width and height
 * become device pixels and its viewBox the band's slice of the drawing (stretched to whole pixels, as
 * the image's size is rounded), to be drawn at 1:1.
 */
export function bandSvg(svg: string, pixels: { width: number; height: number }, band: RowRange): string {
  const match = ROOT.exec(svg);
  if (!match) throw new RangeError('Not an SVG: no root element.');
  const tag = match[0];
  const viewBox = (attribute(tag, 'viewBox') ?? `0 0 ${attribute(tag, 'width') ?? ''} ${attribute(tag, 'height') ?? ''}`).trim().split(/[\s,]+/).map(Number);
  const [x, y, w, h] = viewBox;
  if (viewBox.length !== 4 || [x, y, w, h].some((n) => n === undefined || !Number.isFinite(n)) || !(w! > 0) || !(h! > 0)) {
    throw new RangeError('The SVG root needs a viewBox, or a width and height in pixels.');
  }
  const unitsPerRow = h! / pixels.height;
  const cut = `${withoutAttributes(tag, ['width', 'height', 'viewBox', 'preserveAspectRatio']).slice(0, -1).replace(/\/$/, '')} width="${pixels.width}" height="${band.rows}" viewBox="${x} ${y! + band.top * unitsPerRow} ${w} ${band.rows * unitsPerRow}" preserveAspectRatio="none">`;
  return svg.slice(0, match.index) + cut + svg.slice(match.index + tag.length);
}
