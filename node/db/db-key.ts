import { closeSync, openSync, readSync } from 'node:fs';

/**
 * The database key: 32 random bytes, written as 64 hex characters (the form the recovery key file
 * holds). Databases are encrypted SQLCipher-compatibly (SQLCipher 4 settings), so a recovery key
 * also opens the file in other SQLCipher tools.
 */
export type DbKey = string & { readonly __dbKey: true };

export const KEY_BYTES = 32;
const KEY_PATTERN = /^[0-9a-f]{64}$/;

/** The key from its 64 hex characters (surrounding whitespace ignored); null when it is not one. */
export function parseDbKey(text: string): DbKey | null {
  const hex = text.trim().toLowerCase();
  return KEY_PATTERN.test(hex) ? (hex as DbKey) : null;
}

export function dbKeyFromBytes(bytes: Uint8Array): DbKey {
  if (bytes.length !== KEY_BYTES) throw new Error(`A database key is ${KEY_BYTES} bytes, not ${bytes.length}.`);
  return Buffer.from(bytes).toString('hex') as DbKey;
}

/**
 * The statements that make a fresh connection read (or create) an encrypted file. They must come
 * before any other statement: SQLite reads the first page with the key set here.
 */
export function keyPragmas(key: DbKey): string[] {
  // better-sqlite3-multiple-ciphers defaults to ChaCha20; SQLCipher 4 is what other tools open.
  return ["cipher = 'sqlcipher'", 'legacy = 4', `key = "x'${key}'"`];
}

const SQLITE_HEADER = 'SQLite format 3\0';

/** The first 16 bytes of the file, or '' when there are fewer. */
export function fileHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** True when the file starts with SQLite's plain header (an unencrypted database). */
export function isPlainDatabaseFile(path: string): boolean {
  try {
    return fileHeader(path) === SQLITE_HEADER;
  } catch {
    return false;
  }
}

export const isSqliteHeader = (header: string) => header === SQLITE_HEADER;

/**
 * An encrypted database looks like random bytes in whole pages: no header we can read, and a size
 * that is a whole number of pages (SQLCipher's smallest page is 512 bytes). A text file or a stray
 * download almost never is.
 */
export const looksEncrypted = (header: string, sizeBytes: number) => !isSqliteHeader(header) && sizeBytes >= 512 && sizeBytes % 512 === 0;
