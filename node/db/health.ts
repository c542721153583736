import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDatabaseFile, type Db } from './connection';
import { fileHeader, isSqliteHeader, looksEncrypted, type DbKey } from './db-key';
import { findLockHolder } from './lock-holder';
import { MIGRATIONS } from './migrations';

/**
 * The check at every start (and `power-map db check`): what state the database file is in, decided
 * without writing a byte to it. The app opens normally only on `new`, `healthy` and `read-only`;
 * every other status leads to the recovery screen, and the file stays as it was.
 */
export type DbStatus =
  | 'new' // no file yet, or an SQLite file with no tables: the app creates its tables
  | 'healthy'
  | 'read-only' // healthy, but this user may not write it: the app opens it read-only with a banner
  | 'empty-file' // zero bytes: not an SQLite database, left alone
  | 'not-a-database' // no SQLite header
  | 'needs-key' // encrypted, and no key was given or the key given does not open it
  | 'damaged' // SQLite's own checks report damage, or reading fails
  | 'foreign' // an SQLite database with tables that are not Power Map's
  | 'newer-database' // written by a newer (or different) Power Map
  | 'locked'; // another program holds a lock on it

export interface DbProblem {
  code: DbStatus;
  /** What SQLite or the file system said, for support; never shown as the message itself. */
  detail: string;
}

export interface DbCheck {
  ok: boolean;
  status: DbStatus;
  path: string;
  schemaVersion: number | null;
  accounts: number | null;
  people: number | null;
  sizeBytes: number;
  /** True when the full integrity_check ran (not only quick_check). */
  fullCheck: boolean;
  problems: DbProblem[];
  /** The program holding the lock, when the operating system names it. */
  lockHolder: string | null;
  /** True when the file is encrypted (and the key opened it, or the status is needs-key). */
  encrypted: boolean;
}

export const OPENABLE_STATUSES: readonly DbStatus[] = ['new', 'healthy', 'read-only'];

/** Below this size the full integrity_check runs too; measured to stay well under a second here. */
export const FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024;

const OUR_TABLES = new Set(['schema_migrations', 'accounts', 'competitors', 'team_members', 'people', 'links', 'settings', 'erased_people', 'changes', 'change_clock',
  'snapshots', 'history_checkpoints', 'history_compactions', 'history_trend', 'undo_stacks',
  // migration 008: the contact log and the actions
  'contacts', 'contact_people', 'contact_team', 'actions', 'action_people',
  // migration 009: the latest contact of each pair, kept by triggers
  'contact_pairs',
  // migration 010: every day of each pair, kept by triggers
  'contact_days',
  // migration 011: how many contacts each member of our team took part in
  'member_contact_counts']);

export interface CheckOptions {
  nativeBinding?: string;
  /** The database key: an encrypted file is read with it; without it, an encrypted file is needs-key. */
  key?: DbKey;
  /** Run integrity_check below this size (default FULL_CHECK_MAX_BYTES); 0 for quick_check only. */
  fullCheckMaxBytes?: number;
  /** Skip the write-lock probe (a backup file being listed is never written). */
  probeLock?: boolean;
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    // WAL needs its -wal and -shm files beside the database.
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const sqliteCode = (error: unknown) => (error as { code?: string } | null)?.code ?? '';
const isBusy = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(sqliteCode(error));
const isNotADatabase = (error: unknown) => sqliteCode(error) === 'SQLITE_NOTADB';

function schemaStatus(db: Db): { status: DbStatus; detail: string; version: number } {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]);
  if (tables.length === 0) return { status: 'new', detail: '', version: 0 };
  const strangers = tables.filter((name) => !OUR_TABLES.has(name));
  if (!tables.includes('schema_migrations') || strangers.length > 0) {
    return { status: 'foreign', detail: `tables: ${tables.slice(0, 12).join(', ')}`, version: 0 };
  }
  const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as { version: number; name: string }[];
  if (applied[0] !== undefined && applied[0].name !== MIGRATIONS[0]!.name) {
    return { status: 'foreign', detail: `first schema step "${applied[0].name}"`, version: 0 };
  }
  const version = applied.at(-1)?.version ?? 0;
  const mismatch = applied.find((row, index) => MIGRATIONS[index]?.name !== row.name || MIGRATIONS[index]?.version !== row.version);
  if (version > MIGRATIONS.length || mismatch) {
    return { status: 'newer-database', detail: `schema ${version}${mismatch ? `, step ${mismatch.version} "${mismatch.name}"` : ''}`, version };
  }
  return { status: 'healthy', detail: '', version };
}

function count(db: Db, table: string): number | null {
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } catch {
    return null;
  }
}

/** Takes and drops the write lock; SQLITE_BUSY after the busy timeout means another program holds it. */
function probeWriteLock(path: string, access: Pick<CheckOptions, 'nativeBinding' | 'key'>): string | null {
  let db: Db | undefined;
  try {
    db = openDatabaseFile(path, access);
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return null;
  } catch (error) {
    return isBusy(error) ? errorText(error) : null;
  } finally {
    db?.close();
  }
}

export function checkDatabase(path: string, options: CheckOptions = {}): DbCheck {
  const { nativeBinding, key, fullCheckMaxBytes = FULL_CHECK_MAX_BYTES, probeLock = true } = options;
  const access = { ...(nativeBinding === undefined ? {} : { nativeBinding }), ...(key === undefined ? {} : { key }) };
  const base: DbCheck = {
    ok: false, status: 'healthy', path, schemaVersion: null, accounts: null, people: null, sizeBytes: 0, fullCheck: false, problems: [], lockHolder: null, encrypted: false,
  };
  const result = (status: DbStatus, detail = '', extra: Partial<DbCheck> = {}): DbCheck => ({
    ...base,
    ...extra,
    status,
    ok: OPENABLE_STATUSES.includes(status),
    problems: OPENABLE_STATUSES.includes(status) ? [] : [{ code: status, detail }],
  });

  if (!existsSync(path)) return result('new', '', { schemaVersion: 0, accounts: 0, people: 0 });
  base.sizeBytes = statSync(path).size;
  if (base.sizeBytes === 0) return result('empty-file', 'the file is 0 bytes long');
  let header: string;
  try {
    header = fileHeader(path);
  } catch (error) {
    return result('damaged', errorText(error));
  }
  // Without a readable header the file is either encrypted (whole pages of random-looking bytes)
  // or not a database at all; only the key can tell an encrypted file from a damaged one.
  const plain = isSqliteHeader(header);
  const unreadable = (detail: string) =>
    looksEncrypted(header, base.sizeBytes) ? result('needs-key', detail, { encrypted: true }) : result('not-a-database', 'no SQLite header');
  if (!plain && key === undefined) return unreadable('the file is encrypted and no key was given');
  base.encrypted = !plain;

  let db: Db;
  try {
    db = openDatabaseFile(path, { readOnly: true, ...access });
  } catch (error) {
    return result(isBusy(error) ? 'locked' : 'damaged', errorText(error));
  }
  try {
    let schema: ReturnType<typeof schemaStatus>;
    try {
      schema = schemaStatus(db);
    } catch (error) {
      if (isBusy(error)) return result('locked', errorText(error), { lockHolder: findLockHolder(path) });
      if (!plain && isNotADatabase(error)) return unreadable('the key given does not open this file');
      return result('damaged', errorText(error));
    }
    if (schema.status === 'foreign') return result('foreign', schema.detail);
    base.schemaVersion = schema.version;
    base.accounts = count(db, 'accounts') ?? (schema.status === 'new' ? 0 : null);
    base.people = count(db, 'people') ?? (schema.status === 'new' ? 0 : null);
    if (schema.status === 'newer-database') return result('newer-database', schema.detail);

    base.fullCheck = base.sizeBytes <= fullCheckMaxBytes;
    let findings: string[];
    try {
      findings = db.prepare(base.fullCheck ? 'PRAGMA integrity_check(20)' : 'PRAGMA quick_check(20)').pluck().all() as string[];
    } catch (error) {
      if (isBusy(error)) return result('locked', errorText(error), { lockHolder: findLockHolder(path) });
      return result('damaged', errorText(error));
    }
    if (findings.length !== 1 || findings[0] !== 'ok') {
      const damaged = result('damaged', findings[0] ?? '');
      return { ...damaged, problems: findings.map((detail) => ({ code: 'damaged' as const, detail })) };
    }
  } finally {
    db.close();
  }
  if (!isWritable(path)) return result('read-only', '');
  if (probeLock) {
    const busy = probeWriteLock(path, access);
    if (busy !== null) return result('locked', busy, { lockHolder: findLockHolder(path) });
  }
  return result(base.schemaVersion === 0 ? 'new' : 'healthy');
}
