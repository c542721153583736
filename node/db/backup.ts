import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Db, FileAccess } from './connection';
import { isPlainDatabaseFile } from './db-key';
import { copyOnWorker } from './worker-copy';

/**
 * Backups: consistent copies made with SQLite's online backup API (never a file copy, which misses
 * what is still in the WAL), in a `backups` folder beside the database, kept as the last 7 daily
 * and 4 weekly. The copy is made on a worker thread (see worker-copy.ts), so the window never waits
 * on it: by the online backup API for a plain database, by `VACUUM INTO` for an encrypted one, whose
 * backup is encrypted with the same key.
 */

export const BACKUPS_FOLDER = 'backups';
export const DAILY_KEPT = 7;
export const WEEKLY_KEPT = 4;
const DAY_MS = 86_400_000;

export interface BackupFile {
  path: string;
  takenAt: Date;
}

export const backupsFolderFor = (dbPath: string) => join(dirname(dbPath), BACKUPS_FOLDER);

const stemOf = (dbPath: string) => basename(dbPath, extname(dbPath));

/** power-map-2026-12-06T21-30-05-123Z.sqlite3: sorts by time, and the name alone says when. */
export function backupPathFor(dbPath: string, takenAt: Date): string {
  const stamp = takenAt.toISOString().replace(/[:.]/g, '-');
  return join(backupsFolderFor(dbPath), `${stemOf(dbPath)}-${stamp}.sqlite3`);
}

function takenAtOf(dbPath: string, fileName: string): Date | null {
  const prefix = `${stemOf(dbPath)}-`;
  if (!fileName.startsWith(prefix) || !fileName.endsWith('.sqlite3')) return null;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(fileName.slice(prefix.length, -'.sqlite3'.length));
  if (!match) return null;
  const time = Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
  return Number.isNaN(time) ? null : new Date(time);
}

/** This database's backups, newest first. */
export function findBackups(dbPath: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(backupsFolderFor(dbPath));
  } catch {
    return [];
  }
  return names
    .map((name) => ({ path: join(backupsFolderFor(dbPath), name), takenAt: takenAtOf(dbPath, name) }))
    .filter((file): file is BackupFile => file.takenAt !== null)
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** Writes the copy under a temporary name and renames it when complete, so a backup file is always whole. */
async function writeWhole(destPath: string, write: (partial: string) => Promise<void>): Promise<{ sizeBytes: number }> {
  await mkdir(dirname(destPath), { recursive: true });
  const partial = join(dirname(destPath), `.${basename(destPath)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    await write(partial);
    await rename(partial, destPath);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { sizeBytes: (await stat(destPath)).size };
}

/** The copy's key: the database's own when it is encrypted (the copy is then encrypted too), none for a plain file. */
const copyKey = (path: string, access: FileAccess) => (access.key !== undefined && !isPlainDatabaseFile(path) ? access.key : undefined);

/** Copies the open database to `destPath` (see worker-copy.ts); `source` stays the app's, untouched. */
export function writeBackup(source: Db, destPath: string, access: FileAccess = {}): Promise<{ sizeBytes: number }> {
  return backupFile(source.name, destPath, access);
}

/**
 * The copy keeps the source's WAL flag (header bytes 18 and 19 are 2); a backup is one self-contained
 * file, so they become 1, a rollback journal, as `PRAGMA journal_mode = DELETE` would write them. Done
 * with asynchronous file calls, because SQLite's own switch waits on an fsync on the app's thread.
 */
async function markRollbackJournal(path: string): Promise<void> {
  const file = await open(path, 'r+');
  try {
    const { bytesRead, buffer } = await file.read(Buffer.alloc(2), 0, 2, 18);
    if (bytesRead === 2 && buffer[0] === 2 && buffer[1] === 2) await file.write(Buffer.from([1, 1]), 0, 2, 18);
    await file.sync();
  } finally {
    await file.close();
  }
}

/** Backs up the database file at `dbPath`, open here or not (the command line, the start before migration). */
export function backupFile(dbPath: string, destPath: string, access: FileAccess = {}): Promise<{ sizeBytes: number }> {
  const key = copyKey(dbPath, access);
  return writeWhole(destPath, async (partial) => {
    await copyOnWorker(dbPath, partial, { key, nativeBinding: access.nativeBinding });
    // VACUUM INTO writes a rollback-journal file already; the backup API copies the WAL flag.
    if (key === undefined) await markRollbackJournal(partial);
  });
}

const dayOf = (date: Date) => Math.floor(date.getTime() / DAY_MS);
/** Weeks start on Monday (1970-01-01 was a Thursday). */
const weekOf = (date: Date) => Math.floor((dayOf(date) + 3) / 7);

/**
 * Which backups rotation keeps: the newest of each of the last 7 days and of each of the last 4 weeks
 * (UTC days, weeks from Monday). Anything older goes, so a backup never outlives five weeks: an erased
 * person leaves the backups by then.
 */
export function backupsToKeep(backups: readonly BackupFile[], now: Date): Set<string> {
  const keep = new Set<string>();
  const newestPer = (key: (date: Date) => number, window: number) => {
    const current = key(now);
    const seen = new Set<number>();
    for (const backup of [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())) {
      const k = key(backup.takenAt);
      if (k > current || k <= current - window || seen.has(k)) continue;
      seen.add(k);
      keep.add(backup.path);
    }
  };
  newestPer(dayOf, DAILY_KEPT);
  newestPer(weekOf, WEEKLY_KEPT);
  return keep;
}

/** Deletes the backups rotation no longer keeps; returns their paths. */
export function rotateBackups(dbPath: string, now: Date): string[] {
  const backups = findBackups(dbPath);
  const keep = backupsToKeep(backups, now);
  const removed = backups.filter((backup) => !keep.has(backup.path)).map((backup) => backup.path);
  for (const path of removed) rmSync(path, { force: true });
  return removed;
}

/** One backup into the backups folder, then rotation. */
export async function takeBackup(source: Db, dbPath: string, now: Date, access: FileAccess = {}): Promise<BackupFile> {
  const path = backupPathFor(dbPath, now);
  await writeBackup(source, path, access);
  rotateBackups(dbPath, now);
  return { path, takenAt: now };
}

export interface BackupSchedule {
  /** Takes a backup when the newest is a day old or more; resolves to whether it did. */
  tick(): Promise<boolean>;
}

/** Daily backups while the app runs: the app calls tick() from a timer; tests call it with their clock. */
export function createBackupSchedule(options: { dbPath: string; now: () => Date; backup: () => Promise<unknown> }): BackupSchedule {
  let running: Promise<boolean> | null = null;
  return {
    tick() {
      if (running) return running;
      const newest = findBackups(options.dbPath)[0];
      if (newest && options.now().getTime() - newest.takenAt.getTime() < DAY_MS) return Promise.resolve(false);
      running = options
        .backup()
        .then(() => true)
        .finally(() => {
          running = null;
        });
      return running;
    },
  };
}
