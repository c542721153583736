import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { isPlainDatabaseFile, keyPragmas, type DbKey } from './db-key';

export type Db = Database.Database;

export interface ConnectionOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron); omit to use the package's own. */
  nativeBinding?: string;
  /**
   * Runs after the connection is open but before anything may write to the file (switching to WAL
   * rewrites the header). Throwing here closes the connection and leaves the file as it was.
   */
  beforeWrites?: (db: Db) => void;
  /** Opens the file as it is, writing nothing (the start check, a read-only file, a backup being listed). */
  readOnly?: boolean;
  /**
   * The database key. It opens an encrypted file and encrypts a new one; a plain file (SQLite's
   * header readable) still opens plain, so the app can back it up and encrypt it in place.
   */
  key?: DbKey;
}

/** What every place that opens a database file passes along: the Electron build and the key. */
export type FileAccess = Pick<ConnectionOptions, 'nativeBinding' | 'key'>;

/** The access options without undefined members (exactOptionalPropertyTypes). */
export function fileAccess(options: { nativeBinding?: string | undefined; key?: DbKey | undefined }): FileAccess {
  return {
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    ...(options.key === undefined ? {} : { key: options.key }),
  };
}

/**
 * How long a statement waits for another program's lock before it fails with SQLITE_BUSY. Kept at a
 * second: the user hears who holds the file instead of watching a frozen window.
 */
export const BUSY_TIMEOUT_MS = 1_000;

/**
 * The one place a database file is opened: every connection (the store, the start check, backups,
 * salvage) comes through here, so the encryption key, when it comes, is added in one spot.
 */
export function openDatabaseFile(dbPath: string, options: Pick<ConnectionOptions, 'nativeBinding' | 'readOnly' | 'key'> = {}): Db {
  const { nativeBinding, readOnly = false, key } = options;
  if (nativeBinding !== undefined && !existsSync(nativeBinding)) {
    throw new Error(
      `The Electron build of better-sqlite3 (better-sqlite3-multiple-ciphers) is missing at ${nativeBinding}. ` +
        'Run `node scripts/ensure-electron-native.mjs` (npm start does this) and start again.',
    );
  }
  const db = new Database(dbPath, {
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
    ...(readOnly ? { readonly: true, fileMustExist: true } : {}),
  });
  if (key !== undefined && !isPlainDatabaseFile(dbPath)) {
    for (const pragma of keyPragmas(key)) db.pragma(pragma);
    assertCipherActive(db);
  }
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return db;
}

/**
 * SQLite without encryption ignores the key pragmas without a word and would write a plain file while
 * the app believes it encrypted: an old native build (a cached Electron copy of plain better-sqlite3)
 * must fail loudly instead.
 */
function assertCipherActive(db: Db): void {
  if (db.pragma('cipher', { simple: true }) !== 'sqlcipher') {
    db.close();
    throw new Error('This build of better-sqlite3 cannot encrypt (no SQLite3 Multiple Ciphers). Run `node scripts/ensure-electron-native.mjs` and start again.');
  }
}

/**
 * Encrypts a plain database where it lies (the first start after encryption came). The rekey
 * rewrites every page inside one rollback-journal transaction, so the WAL is checkpointed and left
 * first; a crash midway leaves the plain file, which the next start encrypts again.
 */
export function encryptInPlace(dbPath: string, key: DbKey, options: { nativeBinding?: string | undefined; journal?: 'WAL' | 'DELETE' } = {}): void {
  const db = openDatabaseFile(dbPath, options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding });
  try {
    const [cipher, legacy] = keyPragmas(key);
    db.pragma(cipher!);
    db.pragma(legacy!);
    assertCipherActive(db);
    db.pragma('journal_mode = DELETE');
    db.pragma(`rekey = "x'${key}'"`);
    // The database goes back to WAL; a backup stays one self-contained file.
    db.pragma(`journal_mode = ${options.journal ?? 'WAL'}`);
  } finally {
    db.close();
  }
}

/** Opens (creating it and its folders if needed) the database file with the app's pragmas. */
export function openConnection(dbPath: string, options: ConnectionOptions = {}): Db {
  const { beforeWrites, readOnly = false } = options;
  if (!readOnly) mkdirSync(dirname(dbPath), { recursive: true });
  const db = openDatabaseFile(dbPath, options);
  try {
    db.pragma('foreign_keys = ON');
    // A deleted row's bytes are overwritten, not left in free space where a file viewer finds them.
    db.pragma('secure_delete = ON');
    if (readOnly) return db;
    beforeWrites?.(db);
    // WAL lets readers and the single writer proceed together; NORMAL is durable across app crashes
    // in WAL mode and only risks the last commits on power loss, which keeps one edit well under 1 ms.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
