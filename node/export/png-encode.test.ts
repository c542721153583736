import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { assemblePng, combineAdler32, deflateScanlines } from './png-encode';
import { decodePng } from './testing/decode-png';

/** Adler-32 the slow, obvious way, to check the combined one against. */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65_521;
    b = (b + a) % 65_521;
  }
  return ((b << 16) | a) >>> 0;
}

describe('combineAdler32', () => {
  it('gives the Adler-32 of two parts joined, for parts long enough to wrap the sums', () => {
    const a = Buffer.from(Array.from({ length: 70_001 }, (_, i) => (i * 7) % 256));
    const b = Buffer.from(Array.from({ length: 140_003 }, (_, i) => 255 - ((i * 13) % 256)));
    expect(combineAdler32(adler32(a), adler32(b), b.length)).toBe(adler32(Buffer.concat([a, b])));
  });
});

describe('deflateScanlines + assemblePng', () => {
  // 3 x 2 and 3 x 3 premultiplied RGBA: opaque, transparent and partly transparent pixels.
  const top = Buffer.from([255, 0, 0, 255, 0, 0, 0, 0, 64, 32, 0, 128, 10, 20, 30, 255, 0, 0, 0, 0, 100, 100, 100, 200]);
  const bottom = Buffer.from([...top, 1, 2, 3, 255, 2, 1, 0, 3, 255, 255, 255, 255]);

  it('joins parts compressed apart into one PNG a decoder reads back, colours no longer premultiplied', async () => {
    const png = assemblePng(3, 5, [await deflateScanlines(top, 3, 2), await deflateScanlines(bottom, 3, 3)]);
    const { width, height, rgba } = decodePng(png);
    expect({ width, height }).toEqual({ width: 3, height: 5 });
    const pixel = (i: number) => [...rgba.subarray(i * 4, i * 4 + 4)];
    expect(pixel(0)).toEqual([255, 0, 0, 255]);
    expect(pixel(1)).toEqual([0, 0, 0, 0]);
    expect(pixel(2)).toEqual([128, 64, 0, 128]); // 64 * 255 / 128, rounded
    expect(pixel(5)).toEqual([128, 128, 128, 200]);
    expect(pixel(12)).toEqual([1, 2, 3, 255]);
    expect(pixel(13)).toEqual([170, 85, 0, 3]);
  });

  it('is read by resvg as the same picture (a decoder other than ours)', async () => {
    // A 40 x 30 opaque gradient, in two parts of 10 and 20 rows.
    const pixels = Buffer.alloc(40 * 30 * 4);
    for (let i = 0; i < 40 * 30; i += 1) pixels.set([(i * 3) % 256, (i >> 2) % 256, 200, 255], i * 4);
    const png = assemblePng(40, 30, [await deflateScanlines(pixels.subarray(0, 40 * 10 * 4), 40, 10), await deflateScanlines(pixels.subarray(40 * 10 * 4), 40, 20)]);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><image width="40" height="30" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
    const drawn = new Resvg(svg, { imageRendering: 1 }).render();
    expect(drawn.pixels.equals(pixels)).toBe(true);
  });
});
