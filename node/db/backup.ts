import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { openDatabaseFile, type Db, type FileAccess } from './connection';
import { isPlainDatabaseFile } from './db-key';
import { copyEncrypted } from './encrypted-copy';

/**
 * Backups: consistent copies made with SQLite's online backup API (never a file copy, which misses
 * what is still in the WAL), in a `backups` folder beside the database, kept as the last 7 daily
 * and 4 weekly. The copy runs a few hundred pages at a time between turns of the event loop, so the
 * window never waits on it. An encrypted database is copied by `VACUUM INTO` on a worker thread
 * instead (see encrypted-copy.ts): the backup is encrypted with the same key.
 */

export const BACKUPS_FOLDER = 'backups';
/** Pages copied per step: a step of 256 pages (1 MiB) takes about a millisecond. */
export const PAGES_PER_STEP = 256;
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

/** True when the database at `path` must be copied encrypted: a key is known and the file is not plain. */
const copiesEncrypted = (path: string, access: FileAccess) => access.key !== undefined && !isPlainDatabaseFile(path);

/**
 * Copies the open database to `destPath`: through the online backup API in steps for a plain file,
 * by an encrypted snapshot on a worker thread for an encrypted one (`access.key`).
 */
export async function writeBackup(source: Db, destPath: string, access: FileAccess = {}, pagesPerStep = PAGES_PER_STEP): Promise<{ sizeBytes: number }> {
  if (copiesEncrypted(source.name, access)) {
    return writeWhole(destPath, (partial) => copyEncrypted(source.name, partial, { key: access.key!, nativeBinding: access.nativeBinding }));
  }
  return writeWhole(destPath, async (partial) => {
    await source.backup(partial, { progress: () => pagesPerStep });
    await markRollbackJournal(partial);
  });
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

/** Backs up a database file that is not open here (the command line, the start before migration). */
export async function backupFile(dbPath: string, destPath: string, access: FileAccess = {}): Promise<{ sizeBytes: number }> {
  if (copiesEncrypted(dbPath, access)) {
    return writeWhole(destPath, (partial) => copyEncrypted(dbPath, partial, { key: access.key!, nativeBinding: access.nativeBinding }));
  }
  const source = openDatabaseFile(dbPath, { readOnly: true, ...access });
  try {
    return await writeBackup(source, destPath, access);
  } finally {
    source.close();
  }
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
