import type { Encoding } from '../../shared/import/types';
import { COMMON_HAN } from './common-han';

/**
 * Turns a text file's bytes into text. A byte-order mark decides (UTF-8, UTF-16 LE/BE: Excel's
 * "CSV UTF-8" and "Unicode text"); without one, strict UTF-8 first, then UTF-16 when every other byte
 * is zero, then GB18030 and Big5 (Excel's plain CSV on Chinese Windows, in Taiwan and Hong Kong),
 * ranked by how much of a sample is ordinary Chinese. The whole text is decoded once, with the chosen
 * encoding only. Every decoder is fatal: bytes that do not decode are never turned into replacement
 * characters.
 */

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** The encodings that decode these bytes cleanly (GB18030 and Big5 judged on a sample), best first; the preview offers them. */
  candidates: Encoding[];
}

const LABEL: Record<Encoding, string> = {
  'utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb18030: 'gb18030',
  big5: 'big5',
};

function bomOf(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Decodes strictly; null when the bytes are not valid in `encoding`. The BOM, if any, is dropped. */
export function decodeAs(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(LABEL[encoding], { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM: in Latin and CJK text alike, one byte of many pairs is zero. */
function utf16Guess(bytes: Uint8Array): Encoding | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** The common characters as UTF-16 code units (all are in the BMP): a lookup without a one-character string per character read. */
const COMMON_CODES: ReadonlySet<number> = new Set([...COMMON_HAN].map((char) => char.charCodeAt(0)));

/** Share of the characters beyond ASCII that are common Chinese ones; higher is likelier right. */
function plausibility(text: string): number {
  let wide = 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    wide++;
    if (COMMON_CODES.has(code)) common++;
  }
  return wide === 0 ? 0 : common / wide;
}

const LEGACY: Encoding[] = ['gb18030', 'big5'];

/** Enough text to tell GB18030 from Big5 by, without decoding a large file once per candidate. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * Decodes the start of the bytes strictly; a character cut at the sample's end is not an error
 * (stream mode keeps it pending), any invalid byte before it is.
 */
function decodesSample(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(LABEL[encoding], { fatal: true }).decode(bytes.subarray(0, SAMPLE_BYTES), { stream: true });
  } catch {
    return null;
  }
}

/** Decodes with `encoding`, or picks the encoding ('auto'); null when nothing decodes the bytes. */
export function decodeText(bytes: Uint8Array, encoding: Encoding | 'auto' = 'auto'): Decoded | null {
  const { fixed, ranked } = rankEncodings(bytes);
  const wanted = encoding === 'auto' ? ranked : ranked.includes(encoding) ? [encoding, ...ranked.filter((other) => other !== encoding)] : [encoding];
  // The whole text is decoded once, with the best reading of the sample; a later invalid byte moves on.
  const failed = new Set<Encoding>();
  for (const candidate of encoding === 'auto' ? wanted : wanted.slice(0, 1)) {
    const text = fixed?.encoding === candidate ? fixed.text : decodeAs(bytes, candidate);
    if (text !== null) return { text, encoding: candidate, candidates: ranked.filter((other) => !failed.has(other)) };
    failed.add(candidate);
  }
  return null;
}

/** Every encoding that decodes the start of the bytes cleanly, best first. */
export function encodingCandidates(bytes: Uint8Array): Encoding[] {
  return rankEncodings(bytes).ranked;
}

/**
 * The encodings worth offering, best first. A byte-order mark, or UTF-16's zero bytes, leave one;
 * valid UTF-8 comes first (it is almost never an accident beyond ASCII) and is decoded in full here,
 * as its decode is the check; GB18030 and Big5 are ranked on a sample.
 */
function rankEncodings(bytes: Uint8Array): { fixed: { encoding: Encoding; text: string } | null; ranked: Encoding[] } {
  const bom = bomOf(bytes);
  const only = bom ?? utf16Guess(bytes);
  if (only) {
    const text = decodeAs(bytes, only);
    if (text !== null) return { fixed: { encoding: only, text }, ranked: [only] };
    if (bom) return { fixed: null, ranked: [] };
  }
  const legacy = LEGACY.flatMap((encoding) => {
    const sample = decodesSample(bytes, encoding);
    return sample === null ? [] : [{ encoding, score: plausibility(sample) }];
  }).sort((a, b) => b.score - a.score);
  const ranked = legacy.map((entry) => entry.encoding);
  const utf8 = decodeAs(bytes, 'utf-8');
  return utf8 === null ? { fixed: null, ranked } : { fixed: { encoding: 'utf-8', text: utf8 }, ranked: ['utf-8', ...ranked] };
}
