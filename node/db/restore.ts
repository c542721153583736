import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { backupFile, findBackups } from './backup';
import { openDatabaseFile, type FileAccess } from './connection';
import { readErasureRegister } from './erasure';
import { checkDatabase } from './health';
import { StoreError } from './store';

/**
 * Restoring a backup: the current database is kept aside under a new name (never deleted), the backup
 * is copied into place through the backup API, and the caller opens it with `createStore`, which
 * applies the erasures made since the backup (see `erasuresToApply`).
 */

export interface RestoreOutcome {
  /** Where the database that was current is now kept; null when there was none. */
  keptAside: string | null;
}

/** power-map.before-restore-2026-12-06T21-30-05-123Z.sqlite3, beside the database. */
export function asidePathFor(dbPath: string, at: Date, reason = 'before-restore'): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return join(dirname(dbPath), `${basename(dbPath, extname(dbPath))}.${reason}-${stamp}${extname(dbPath) || '.sqlite3'}`);
}

/** Moves the database and its -wal / -shm companions aside together, so the pair stays readable. */
export function moveAside(dbPath: string, at: Date, reason?: string): string | null {
  if (!existsSync(dbPath)) return null;
  const aside = asidePathFor(dbPath, at, reason);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${dbPath}${suffix}`)) renameSync(`${dbPath}${suffix}`, `${aside}${suffix}`);
  }
  renameSync(dbPath, aside);
  return aside;
}

/**
 * The erasure register to carry into a restored database: every id erased in the current database or
 * recorded in any backup, so a person erased after the backup was made does not come back.
 */
export function erasuresToApply(paths: readonly string[], access: FileAccess = {}): { personId: string; erasedAt: string }[] {
  const byId = new Map<string, string>();
  for (const path of paths) {
    if (!existsSync(path)) continue;
    try {
      const db = openDatabaseFile(path, { readOnly: true, ...access });
      try {
        for (const row of readErasureRegister(db)) byId.set(row.personId, row.erasedAt);
      } finally {
        db.close();
      }
    } catch {
      // A damaged or foreign file has no register we can read; the others still count.
    }
  }
  return [...byId].map(([personId, erasedAt]) => ({ personId, erasedAt }));
}

/** The current database is closed by the caller first; `access.key` opens encrypted backups and databases. */
export async function restoreBackup(
  backupPath: string,
  dbPath: string,
  now: Date,
  access: FileAccess = {},
): Promise<RestoreOutcome & { erasures: { personId: string; erasedAt: string }[] }> {
  const check = checkDatabase(backupPath, { probeLock: false, ...access });
  if (check.status !== 'healthy') {
    throw new StoreError('backup-unusable', `The backup ${backupPath} cannot be restored (${check.status}${check.problems[0]?.detail ? `: ${check.problems[0].detail}` : ''}).`);
  }
  const erasures = erasuresToApply([dbPath, ...findBackups(dbPath).map((b) => b.path)], access);
  const keptAside = moveAside(dbPath, now);
  await backupFile(backupPath, dbPath, access);
  return { keptAside, erasures };
}
