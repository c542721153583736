import { constants, crc32, createDeflate } from 'node:zlib';

/**
 * Writes one PNG from horizontal bands of pixels drawn apart (see png.ts), without blocking the caller.
 *
 * resvg's own `asPng()` encodes on the calling thread (a third of a second for 30 megapixels, all of it
 * on Electron's main thread). Here each band is compressed by node:zlib on the thread pool as soon as it is
 * drawn, the bands in parallel, and the parts are joined into one zlib stream: every part but the last
 * ends on a sync flush (byte-aligned, not final), so their deflate data simply follows one another, and
 * the Adler-32 of the whole is combined from the parts' own.
 */

/**
 * zlib level 1 with the default strategy, measured on a 300-person map at 1.55x (31 MP, filter None):
 * 8.4 MB in half the time of level 6 (6.4 MB); run-length matching (Z_RLE) is faster only with the Sub
 * filter, whose per-byte pass costs more in JavaScript than it saves, and makes a file 60% larger.
 */
const DEFLATE = { level: 1, chunkSize: 1 << 20 } as const;

/** Bytes of scanlines handed to zlib at a time: two such buffers are reused, so no image-sized copy is made. */
const CHUNK_BYTES = 1 << 20;

export interface DeflatedPart {
  /** The part's deflate data, ending on a sync flush, as zlib wrote it (in pieces). */
  data: Buffer[];
  /** The zlib header the compressor wrote (the same for every part). */
  header: Buffer;
  /** Adler-32 of the part's uncompressed bytes, and how many there were. */
  adler: number;
  length: number;
}

/**
 * Writes `rows` rows of the image from row `top` as PNG scanlines into `out`: each row of RGBA prefixed
 * by its filter type (0, None: for our flat drawings the cheapest to make, and small enough), the
 * colours taken out of tiny-skia's premultiplied form (only partly transparent pixels change).
 */
export function fillScanlines(premultiplied: Buffer, width: number, top: number, rows: number, out: Buffer): void {
  const stride = width * 4;
  for (let y = 0; y < rows; y += 1) {
    const at = y * (stride + 1);
    out[at] = 0;
    premultiplied.copy(out, at + 1, (top + y) * stride, (top + y + 1) * stride);
  }
  // Only edges and glass-like fills on a transparent page have such pixels; an opaque page has none.
  const first = top * stride;
  const end = (top + rows) * stride;
  for (let i = first + 3; i < end; i += 4) {
    const alpha = premultiplied[i] as number;
    if (alpha === 255 || alpha === 0) continue;
    const pixel = i - 3;
    const at = pixel - first + Math.floor((pixel - first) / stride) + 1;
    for (let c = 0; c < 3; c += 1) out[at + c] = Math.min(255, Math.floor(((premultiplied[pixel + c] as number) * 255) / alpha + 0.5));
  }
}

const SYNC_FLUSH_END = Buffer.from([0x00, 0x00, 0xff, 0xff]);
/** What zlib writes when finishing right after a sync flush: an empty final block (fixed codes, or stored). */
const EMPTY_FINAL_BLOCKS = [Buffer.from([0x03, 0x00]), Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff])];

/**
 * Compresses an image's rows (premultiplied RGBA, `width` pixels a row) as PNG scanlines on the thread
 * pool. The calling thread only copies a chunk of rows at a time, between which it is free.
 */
export async function deflateScanlines(premultiplied: Buffer, width: number, rows: number): Promise<DeflatedPart> {
  const stride = width * 4;
  if (premultiplied.length !== stride * rows) throw new RangeError(`Expected ${stride * rows} bytes of pixels, got ${premultiplied.length}.`);
  const zlib = createDeflate(DEFLATE);
  const out: Buffer[] = [];
  zlib.on('data', (piece: Buffer) => out.push(piece));
  const ended = new Promise<void>((resolve, reject) => {
    zlib.on('end', resolve);
    zlib.on('error', reject);
  });
  // Awaited later; marked handled now so a failure is reported once, by the await that meets it.
  ended.catch(() => undefined);
  const write = (bytes: Buffer) => {
    const done = new Promise<void>((resolve, reject) => zlib.write(bytes, (error) => (error ? reject(error) : resolve())));
    done.catch(() => undefined);
    return done;
  };
  const rowsPerChunk = Math.max(1, Math.floor(CHUNK_BYTES / (stride + 1)));
  const scratch = [Buffer.allocUnsafe(rowsPerChunk * (stride + 1)), Buffer.allocUnsafe(rowsPerChunk * (stride + 1))] as const;
  const taken: [Promise<void>, Promise<void>] = [Promise.resolve(), Promise.resolve()];
  let turn: 0 | 1 = 0;
  for (let top = 0; top < rows; top += rowsPerChunk, turn = turn === 0 ? 1 : 0) {
    // A buffer is filled again only once zlib has taken in what it held.
    await taken[turn];
    const count = Math.min(rowsPerChunk, rows - top);
    const chunk = scratch[turn].subarray(0, count * (stride + 1));
    fillScanlines(premultiplied, width, top, count, chunk);
    taken[turn] = write(chunk);
  }
  await Promise.all(taken);
  // end() only once the flush is done: a flush still queued when the stream ends becomes the finish.
  zlib.flush(constants.Z_SYNC_FLUSH, () => zlib.end());
  await ended;
  return splitStream(out, rows * (stride + 1));
}

/** The bytes [start, end) of pieces laid end to end, as views into them. */
function slicePieces(pieces: readonly Buffer[], start: number, end: number): Buffer[] {
  const views: Buffer[] = [];
  let offset = 0;
  for (const piece of pieces) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + piece.length);
    if (from < to) views.push(piece.subarray(from - offset, to - offset));
    offset += piece.length;
  }
  return views;
}

/** zlib's output: its header, the data up to the sync flush, an empty final block, the Adler-32. */
function splitStream(pieces: readonly Buffer[], length: number): DeflatedPart {
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const tail = Buffer.concat(slicePieces(pieces, Math.max(0, total - 13), total));
  const trailer = tail.length - 4;
  const finalBlock = EMPTY_FINAL_BLOCKS.find((block) => tail.subarray(trailer - block.length, trailer).equals(block));
  const dataEnd = trailer - (finalBlock?.length ?? 0);
  if (!finalBlock || total < 2 + 4 + 6 || !tail.subarray(dataEnd - SYNC_FLUSH_END.length, dataEnd).equals(SYNC_FLUSH_END)) {
    throw new Error('The image compressor ended its stream in an unexpected way.');
  }
  return {
    header: Buffer.concat(slicePieces(pieces, 0, 2)),
    data: slicePieces(pieces, 2, total - (tail.length - dataEnd)),
    adler: tail.readUInt32BE(trailer),
    length,
  };
}

const ADLER_BASE = 65_521;

/** Adler-32 of A followed by B, from A's and B's and B's length (zlib's adler32_combine). */
export function combineAdler32(adlerA: number, adlerB: number, lengthB: number): number {
  const rem = lengthB % ADLER_BASE;
  let sum1 = adlerA & 0xffff;
  let sum2 = (rem * sum1) % ADLER_BASE;
  sum1 += (adlerB & 0xffff) + ADLER_BASE - 1;
  sum2 += ((adlerA >>> 16) & 0xffff) + ((adlerB >>> 16) & 0xffff) + ADLER_BASE - rem;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum2 >= ADLER_BASE * 2) sum2 -= ADLER_BASE * 2;
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
  return (sum1 | (sum2 << 16)) >>> 0;
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG chunk whose data is `pieces` laid end to end (left in place: the file is joined once, at the end). */
function chunk(type: string, pieces: readonly Buffer[]): Buffer[] {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(pieces.reduce((sum, piece) => sum + piece.length, 0), 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(pieces.reduce((sum, piece) => crc32(piece, sum), crc32(head.subarray(4))), 0);
  return [head, ...pieces, crc];
}

/** An 8-bit RGBA PNG whose image data is the parts in order (one IDAT chunk per part). */
export function assemblePng(width: number, height: number, parts: readonly DeflatedPart[]): Buffer {
  const first = parts[0];
  if (!first) throw new RangeError('A PNG needs image data.');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, adaptive filtering, not interlaced
  const adler = parts.slice(1).reduce((sum, part) => combineAdler32(sum, part.adler, part.length), first.adler);
  const trailer = Buffer.alloc(6);
  trailer.set(EMPTY_FINAL_BLOCKS[0] as Buffer, 0);
  trailer.writeUInt32BE(adler, 2);
  const idats = parts.map((part, i) => chunk('IDAT', [...(i === 0 ? [part.header] : []), ...part.data, ...(i === parts.length - 1 ? [trailer] : [])]));
  return Buffer.concat([PNG_SIGNATURE, ...chunk('IHDR', [ihdr]), ...idats.flat(), ...chunk('IEND', [])]);
}
