import { crc32, inflateSync } from 'node:zlib';
import { expect } from 'vitest';
import { PNG_SIGNATURE } from '../png-encode';

/** Test helpers: reading back the PNGs png-encode.ts writes, checking their structure on the way. */

interface Chunk {
  type: string;
  data: Buffer;
}

/** Splits a PNG into its chunks, checking the signature and every CRC. */
export function readChunks(png: Buffer): Chunk[] {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  return chunks;
}

/** Decodes the PNGs our encoder writes (8-bit RGBA, filter None): width, height and RGBA rows. */
export function decodePng(png: Buffer): { width: number; height: number; rgba: Buffer } {
  const chunks = readChunks(png);
  expect(chunks.map((c) => c.type).filter((t) => t !== 'IDAT')).toEqual(['IHDR', 'IEND']);
  const ihdr = chunks[0]!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  expect([...ihdr.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  // inflateSync checks the zlib stream's Adler-32 and that it ends properly.
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  expect(raw.length).toBe(height * (width * 4 + 1));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    expect(raw[y * (width * 4 + 1)], `filter of row ${y}`).toBe(0);
    raw.copy(rgba, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, rgba };
}
