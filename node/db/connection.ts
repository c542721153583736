import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

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
export function openDatabaseFile(dbPath: string, options: Pick<ConnectionOptions, 'nativeBinding' | 'readOnly'> = {}): Db {
  const { nativeBinding, readOnly = false } = options;
  if (nativeBinding !== undefined && !existsSync(nativeBinding)) {
    throw new Error(
      `The Electron build of better-sqlite3 is missing at ${nativeBinding}. ` +
        'Run `node scripts/ensure-electron-native.mjs` (npm start does this) and start again.',
    );
  }
  const db = new Database(dbPath, {
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
    ...(readOnly ? { readonly: true, fileMustExist: true } : {}),
  });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return db;
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
