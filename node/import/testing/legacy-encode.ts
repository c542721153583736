import type { Encoding } from '../../../shared/import/types';

/**
 * Test fixtures in the encodings Excel writes on Chinese Windows (GB18030/GBK) and in Taiwan and
 * Hong Kong (Big5), and as "Unicode text" (UTF-16). Node decodes these but does not encode the legacy
 * ones, so the encoder is built by decoding every two-byte sequence once and turning the table round.
 */

const tables = new Map<string, Map<string, number[]>>();

function table(label: 'gb18030' | 'big5'): Map<string, number[]> {
  const cached = tables.get(label);
  if (cached) return cached;
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder(label, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      let char: string;
      try {
        char = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if ([...char].length === 1 && !map.has(char)) map.set(char, [lead, trail]);
    }
  }
  tables.set(label, map);
  return map;
}

export function encodeText(text: string, encoding: Encoding, bom = false): Uint8Array {
  if (encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
    const view = new DataView(out.buffer);
    let offset = 0;
    if (bom) {
      view.setUint16(0, 0xfeff, encoding === 'utf-16le');
      offset = 2;
    }
    for (let i = 0; i < text.length; i++) view.setUint16(offset + i * 2, text.charCodeAt(i), encoding === 'utf-16le');
    return out;
  }
  const map = table(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = map.get(char);
      if (!pair) throw new Error(`${char} has no two-byte form in ${encoding}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
