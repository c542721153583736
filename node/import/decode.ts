import type { Encoding } from '../../shared/import/types';
import { COMMON_HAN } from './common-han';

/**
 * Turns a text file's bytes into text. A byte-order mark decides (UTF-8, UTF-16 LE/BE: Excel's
 * "CSV UTF-8" and "Unicode text"); without one, strict UTF-8 first, then UTF-16 when every other byte
 * is zero, then GB18030 and Big5 (Excel's plain CSV on Chinese Windows, in Taiwan and Hong Kong),
 * ranked by how much of the text is ordinary Chinese. Every decoder is fatal: bytes that do not decode
 * are never turned into replacement characters.
 */

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Every encoding that decodes these bytes cleanly, best first (the preview offers them). */
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

/** Share of the first characters beyond ASCII that are common Chinese ones; higher is likelier right. */
function plausibility(text: string): number {
  let wide = 0;
  let common = 0;
  const end = Math.min(text.length, 65_536);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    wide++;
    if (COMMON_HAN.has(text[i] as string)) common++;
  }
  return wide === 0 ? 0 : common / wide;
}

const LEGACY: Encoding[] = ['gb18030', 'big5'];

/** Decodes with `encoding`, or picks the encoding ('auto'); null when nothing decodes the bytes. */
export function decodeText(bytes: Uint8Array, encoding: Encoding | 'auto' = 'auto'): Decoded | null {
  const ranked = rankEncodings(bytes);
  const candidates = ranked.map((entry) => entry.encoding);
  const chosen = encoding === 'auto' ? ranked[0] : ranked.find((entry) => entry.encoding === encoding);
  if (chosen) return { text: chosen.text, encoding: chosen.encoding, candidates };
  if (encoding === 'auto') return null;
  const text = decodeAs(bytes, encoding);
  return text === null ? null : { text, encoding, candidates };
}

/** Every encoding that decodes the bytes cleanly, best first. */
export function encodingCandidates(bytes: Uint8Array): Encoding[] {
  return rankEncodings(bytes).map((entry) => entry.encoding);
}

/** Each clean reading with its text, best first; every text is decoded once only. */
function rankEncodings(bytes: Uint8Array): { encoding: Encoding; text: string }[] {
  const bom = bomOf(bytes);
  const only = bom ?? utf16Guess(bytes);
  if (only) {
    const text = decodeAs(bytes, only);
    if (text !== null || bom) return text === null ? [] : [{ encoding: only, text }];
  }
  const legacy = LEGACY.flatMap((encoding) => {
    const text = decodeAs(bytes, encoding);
    return text === null ? [] : [{ encoding, text, score: plausibility(text) }];
  });
  legacy.sort((a, b) => b.score - a.score);
  const readings = legacy.map(({ encoding, text }) => ({ encoding, text }));
  // Valid UTF-8 is almost never an accident in a file with text beyond ASCII, so it comes first.
  const utf8 = decodeAs(bytes, 'utf-8');
  return utf8 === null ? readings : [{ encoding: 'utf-8', text: utf8 }, ...readings];
}
