import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { dbKeyFromBytes, isPlainDatabaseFile, KEY_BYTES, parseDbKey, type DbKey } from '../../node/db/db-key';
import type { KeyStoreKind } from '../../shared/ipc';

/**
 * The database key as the app keeps it: 32 random bytes made on first start, sealed by the operating
 * system's secret store (Electron's safeStorage: Keychain, DPAPI, libsecret/kwallet) and kept, sealed,
 * in a file beside the database. Electron is injected (`SecretSealer`) so this runs under plain Node.
 */

/** The part of Electron's safeStorage this needs. */
export interface SecretSealer {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(sealed: Buffer): string;
  /** Linux only: safeStorage.getSelectedStorageBackend(); 'basic_text' means no real secret store. */
  backend(): string;
}

export interface DbKeyState {
  /** null: the database stays (or is) plain, or the sealed key could not be opened here. */
  key: DbKey | null;
  keyStore: KeyStoreKind;
  /** Why there is no key although one was expected (for the log); null otherwise. */
  problem: 'no-secret-store' | 'key-unreadable' | 'key-missing' | null;
}

/** power-map.sqlite3 -> power-map.dbkey, beside it (in userData for the app's own database). */
export function keyFilePathFor(dbPath: string): string {
  return join(dirname(dbPath), `${basename(dbPath, extname(dbPath))}.dbkey`);
}

function writePrivateFile(path: string, bytes: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  // Readable by this user only; the rename makes the file appear whole or not at all.
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

/**
 * Reads the sealed key beside the database, or makes one when there is none yet and the database is
 * new or plain (it is then encrypted at start). A key file that cannot be opened (another machine,
 * another user) is never replaced: the database stays closed and its recovery key opens it.
 */
export function loadOrCreateDbKey(dbPath: string, sealer: SecretSealer, random: (size: number) => Buffer = randomBytes): DbKeyState {
  const keyStore: KeyStoreKind = sealer.backend() === 'basic_text' ? 'plain-text' : 'os';
  const keyPath = keyFilePathFor(dbPath);
  if (existsSync(keyPath)) {
    try {
      const key = parseDbKey(sealer.decryptString(readFileSync(keyPath)));
      return key ? { key, keyStore, problem: null } : { key: null, keyStore, problem: 'key-unreadable' };
    } catch {
      return { key: null, keyStore, problem: 'key-unreadable' };
    }
  }
  if (existsSync(dbPath) && !isPlainDatabaseFile(dbPath)) return { key: null, keyStore, problem: 'key-missing' };
  if (!sealer.isEncryptionAvailable()) return { key: null, keyStore: 'none', problem: 'no-secret-store' };
  const key = dbKeyFromBytes(random(KEY_BYTES));
  writePrivateFile(keyPath, sealer.encryptString(key));
  return { key, keyStore, problem: null };
}

/** The most a recovery key file holds: 64 hex characters, a line end, and some room for whitespace. */
export const RECOVERY_KEY_FILE_MAX_BYTES = 4096;

export type RecoveryKeyRefusal = 'recovery-key-malformed' | 'recovery-key-wrong';

/** Something that tries a key on the database and opens it when it fits: the session's unlock. */
export type KeyTrial = (key: DbKey) => Promise<boolean>;

/**
 * A recovery key brought from elsewhere (the file Save recovery key… wrote): read, tried on the
 * database, and only when it opens it, sealed by this machine's secret store in place of the key file
 * that could not be opened, so the next start opens the database without asking. A malformed or wrong
 * key changes nothing. Where there is no secret store the database opens with it for this session only.
 */
export async function adoptRecoveryKey(
  dbPath: string,
  fileText: string,
  sealer: SecretSealer,
  tryKey: KeyTrial,
): Promise<{ ok: true; state: DbKeyState } | { ok: false; refusal: RecoveryKeyRefusal }> {
  const key = fileText.length <= RECOVERY_KEY_FILE_MAX_BYTES ? parseDbKey(fileText) : null;
  if (key === null) return { ok: false, refusal: 'recovery-key-malformed' };
  if (!(await tryKey(key))) return { ok: false, refusal: 'recovery-key-wrong' };
  const keyStore: KeyStoreKind = sealer.backend() === 'basic_text' ? 'plain-text' : 'os';
  if (!sealer.isEncryptionAvailable()) return { ok: true, state: { key, keyStore: 'none', problem: 'no-secret-store' } };
  writePrivateFile(keyFilePathFor(dbPath), sealer.encryptString(key));
  return { ok: true, state: { key, keyStore, problem: null } };
}
