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
}

const BUSY_TIMEOUT_MS = 5_000;

/** Opens (creating it and its folders if needed) the database file with the app's pragmas. */
export function openConnection(dbPath: string, options: ConnectionOptions = {}): Db {
  const { nativeBinding, beforeWrites } = options;
  if (nativeBinding !== undefined && !existsSync(nativeBinding)) {
    throw new Error(
      `The Electron build of better-sqlite3 is missing at ${nativeBinding}. ` +
        'Run `node scripts/ensure-electron-native.mjs` (npm start does this) and start again.',
    );
  }
  mkdirSync(dirname(dbPath), { recursive: true });
  const db = new Database(dbPath, nativeBinding === undefined ? {} : { nativeBinding });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
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
