import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsFolderFor, backupsToKeep, createBackupSchedule, findBackups, type BackupFile } from './backup';
import { checkDatabase } from './health';
import { restoreBackup } from './restore';
import { createStore, type LocalStore } from './sqlite-store';
import { makeTempDir, putOps, sampleAccountData } from './test-support';

let temp: ReturnType<typeof makeTempDir>;
let store: LocalStore;
let clock: Date;
const now = () => clock;

beforeEach(() => {
  temp = makeTempDir();
  clock = new Date('2026-12-07T09:00:00.000Z');
  store = createStore(temp.dbPath, { now });
});
afterEach(() => {
  store.close();
  temp.remove();
});

const addAccount = (name: string) => {
  const data = sampleAccountData({ name });
  store.applyOps(putOps(data));
  return data;
};
const countIn = (path: string, table: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('backups', () => {
  it('are written beside the database, whole and healthy, by the online backup API', async () => {
    addAccount('Alpha');
    const backup = await store.takeBackup();
    expect(dirname(backup.path)).toBe(backupsFolderFor(temp.dbPath));
    expect(checkDatabase(backup.path, { probeLock: false })).toMatchObject({ status: 'healthy', accounts: 1, people: 2 });
    // One self-contained file: no partial file or WAL left in the folder.
    expect(readdirSync(backupsFolderFor(temp.dbPath))).toEqual([backup.path.split('/').at(-1)]);
  });

  it('a backup taken while edits stream in is consistent', async () => {
    for (let i = 0; i < 30; i += 1) addAccount(`Seed ${i}`);
    let streaming = true;
    let written = 0;
    const stream = (async () => {
      while (streaming) {
        addAccount(`During ${written}`);
        written += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const backup = await store.takeBackup();
    streaming = false;
    await stream;
    expect(written).toBeGreaterThan(0);
    const check = checkDatabase(backup.path, { probeLock: false });
    expect(check.status).toBe('healthy');
    // Every account in the copy came with all its people and links: no half-written account.
    expect(check.people).toBe(check.accounts! * 2);
    expect(countIn(backup.path, 'links')).toBe(check.accounts! * 7);
  });

  it('run daily on a schedule: not again within a day, again after one', async () => {
    const schedule = createBackupSchedule({ dbPath: temp.dbPath, now, backup: () => store.takeBackup() });
    expect(await schedule.tick()).toBe(true);
    clock = new Date('2026-12-07T20:00:00.000Z');
    expect(await schedule.tick()).toBe(false);
    clock = new Date('2026-12-08T09:00:01.000Z');
    expect(await schedule.tick()).toBe(true);
    expect(findBackups(temp.dbPath).map((b) => b.takenAt.toISOString())).toEqual(['2026-12-08T09:00:01.000Z', '2026-12-07T09:00:00.000Z']);
  });

  it('rotate to the last 7 daily and 4 weekly, nothing older than five weeks', async () => {
    // A backup every morning for 12 days, and a second one in the evening on the last two.
    for (let day = 0; day < 12; day += 1) {
      for (const hour of day >= 10 ? ['08', '17'] : ['08']) {
        clock = new Date(Date.parse(`2026-10-29T${hour}:00:00.000Z`) + day * 86_400_000);
        await store.takeBackup();
      }
    }
    const kept = findBackups(temp.dbPath).map((b) => b.takenAt.toISOString().slice(0, 13));
    // The newest of each of the last 7 days (2026-11-09 is a Monday) ...
    expect(kept.slice(0, 7)).toEqual(['2026-11-09T17', '2026-11-08T17', '2026-11-07T08', '2026-11-06T08', '2026-11-05T08', '2026-11-04T08', '2026-11-03T08']);
    // ... and the newest of each earlier week within the last four; the rest is gone.
    expect(kept.slice(7)).toEqual(['2026-11-01T08']);
  }, 60_000);

  it('the rotation rule, by itself, keeps the newest per day and per week inside the windows', () => {
    const at = (iso: string): BackupFile => ({ path: iso, takenAt: new Date(iso) });
    // 2026-12-07 is a Monday: the four weeks kept start on 12-07, 11-30, 11-23 and 11-16.
    const backups = ['2026-12-07T10:00:00Z', '2026-12-07T08:00:00Z', '2026-12-01T08:00:00Z', '2026-11-20T08:00:00Z', '2026-11-18T08:00:00Z', '2026-11-15T08:00:00Z'].map(at);
    const keep = backupsToKeep(backups, new Date('2026-12-07T12:00:00Z'));
    expect([...keep].sort()).toEqual(['2026-11-20T08:00:00Z', '2026-12-01T08:00:00Z', '2026-12-07T10:00:00Z']);
  });
});

describe('restoring a backup', () => {
  it('brings back the data of the backup, keeps the current database aside and erases again who was erased since', async () => {
    const kept = addAccount('Kept');
    const backup = await store.takeBackup();
    addAccount('After the backup');
    const erased = kept.people[0]!;
    expect(store.erasePerson(erased.id)).toEqual({ accountId: kept.account.id });
    store.close();

    clock = new Date('2026-12-07T10:00:00.000Z');
    const outcome = await restoreBackup(backup.path, temp.dbPath, clock);
    store = createStore(temp.dbPath, { now });
    expect(store.applyErasures(outcome.erasures)).toBe(1);

    expect(store.listAccounts().map((a) => a.name)).toEqual(['Kept']);
    expect(store.openAccount(kept.account.id)!.people.map((p) => p.id)).toEqual([kept.people[1]!.id]);
    expect(store.erasedPeople()).toEqual([erased.id]);
    expect(outcome.keptAside).not.toBeNull();
    expect(existsSync(outcome.keptAside!)).toBe(true);
    const aside = checkDatabase(outcome.keptAside!, { probeLock: false });
    expect(aside.accounts).toBe(2);
  });

  it('refuses a file that is not a healthy Power Map backup, leaving the database in place', async () => {
    addAccount('Stays');
    store.close();
    const foreign = `${temp.dir}/foreign.sqlite3`;
    const db = new Database(foreign);
    db.exec('CREATE TABLE t (x)');
    db.close();
    await expect(restoreBackup(foreign, temp.dbPath, clock)).rejects.toMatchObject({ code: 'backup-unusable' });
    store = createStore(temp.dbPath, { now });
    expect(store.listAccounts().map((a) => a.name)).toEqual(['Stays']);
  });
});
