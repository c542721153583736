import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Test-only: the plaintext of every page of an encrypted database file and of every frame of its
 * WAL, decrypted here with Node's own AES (SQLCipher 4 layout: 4096-byte pages ending in 80 reserved
 * bytes whose first 16 are the page's IV; page 1 starts with the 16-byte salt; a raw key is used as
 * is). Free pages and stale WAL frames are decrypted too, so searching the result searches what an
 * attacker holding the key would find, not only the live rows SQLite would show.
 */

const PAGE = 4096;
const RESERVED = 80;
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

function decryptPage(page: Buffer, key: Buffer, first: boolean): Buffer {
  const iv = page.subarray(PAGE - RESERVED, PAGE - RESERVED + 16);
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(page.subarray(first ? 16 : 0, PAGE - RESERVED)), decipher.final()]);
}

export function decryptDatabaseBytes(path: string, hexKey: string): Buffer {
  const key = Buffer.from(hexKey, 'hex');
  const parts: Buffer[] = [];
  const main = readFileSync(path);
  for (let at = 0; at + PAGE <= main.length; at += PAGE) parts.push(decryptPage(main.subarray(at, at + PAGE), key, at === 0));
  const walPath = `${path}-wal`;
  if (existsSync(walPath)) {
    const wal = readFileSync(walPath);
    for (let at = WAL_HEADER; at + FRAME_HEADER + PAGE <= wal.length; at += FRAME_HEADER + PAGE) {
      const pageNumber = wal.readUInt32BE(at);
      parts.push(decryptPage(wal.subarray(at + FRAME_HEADER, at + FRAME_HEADER + PAGE), key, pageNumber === 1));
    }
  }
  return Buffer.concat(parts);
}

/** True when `text` occurs in the bytes as UTF-8 or UTF-16 (either byte order). */
export function holdsText(bytes: Buffer, text: string): boolean {
  const utf16le = Buffer.from(text, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(utf16le) || bytes.includes(utf16be);
}
