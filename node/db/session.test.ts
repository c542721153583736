import { existsSync, mkdirSync, readdirSync, statSync, truncateSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBackups } from './backup';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { bytesOf, overwritePage, rootPageOf, writeSampleDatabase } from './safety-test-support';
import { openDatabaseSession, sessionStore, type DatabaseSession } from './session';
import { makeTempDir } from './test-support';

let temp: ReturnType<typeof makeTempDir>;
let session: DatabaseSession | undefined;
beforeEach(() => {
  temp = makeTempDir();
  mkdirSync(dirname(temp.dbPath), { recursive: true });
});
afterEach(async () => {
  session?.close();
  await session?.backgroundSettled();
  temp.remove();
});
const now = () => new Date('2026-12-07T09:00:00.000Z');

describe('the database session at start', () => {
  it('reads every account ahead while the window loads, only when the start screen is the agenda', async () => {
    writeSampleDatabase(temp.dbPath, 2);
    session = await openDatabaseSession(temp.dbPath, { now });
    // The agenda is the start screen by default.
    expect(await session.warmedForAgenda()).toBeGreaterThan(0);
    session.current()!.setReminders({ startOnAgenda: false });
    session.close();
    await session.backgroundSettled();

    session = await openDatabaseSession(temp.dbPath, { now });
    expect(await session.warmedForAgenda()).toBe(0);
    session.current()!.setReminders({ startOnAgenda: true });
    session.close();
    await session.backgroundSettled();

    session = await openDatabaseSession(temp.dbPath, { now });
    expect(await session.warmedForAgenda()).toBeGreaterThan(0);
    // What was read ahead is what the agenda is given.
    expect(session.current()!.agendaAccounts('2026-12-07', '2026-12-07').map((entry) => entry.data)).toEqual(session.current()!.allAccounts());
  });

  it('opens a healthy database and backs it up at start', async () => {
    writeSampleDatabase(temp.dbPath, 2);
    session = await openDatabaseSession(temp.dbPath, { now });
    expect(session.state()).toEqual({ mode: 'normal', path: temp.dbPath, encrypted: false, problem: null });
    await expect.poll(() => findBackups(temp.dbPath).length).toBe(1);
  });

  it('backs up an older database before migrating it', async () => {
    writeSampleDatabase(temp.dbPath, 2);
    const db = new Database(temp.dbPath);
    // Back to the schema before the latest step (each contact's people and team beside it), as an older Power Map left it.
    db.exec(
      `DROP TRIGGER people_list_added; DROP TRIGGER people_list_removed; DROP TRIGGER team_list_added; DROP TRIGGER team_list_removed;
       ALTER TABLE contacts DROP COLUMN people_list; ALTER TABLE contacts DROP COLUMN team_list;
       DELETE FROM schema_migrations WHERE version = ${LATEST_SCHEMA_VERSION}`,
    );
    db.close();
    session = await openDatabaseSession(temp.dbPath, { now });
    const [backup] = findBackups(temp.dbPath);
    const copy = new Database(backup!.path, { readonly: true });
    expect(copy.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(LATEST_SCHEMA_VERSION - 1);
    copy.close();
    expect(session.current()!.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });

  it('leaves a damaged database closed and untouched; restoring the latest backup opens it again', async () => {
    writeSampleDatabase(temp.dbPath, 2);
    session = await openDatabaseSession(temp.dbPath, { now });
    await expect.poll(() => findBackups(temp.dbPath).length).toBe(1);
    session.close();
    await session.backgroundSettled();
    truncateSync(temp.dbPath, Math.floor(statSync(temp.dbPath).size / 2));
    const damaged = bytesOf(temp.dbPath);

    session = await openDatabaseSession(temp.dbPath, { now });
    expect(session.state()).toMatchObject({ mode: 'recovery', problem: { code: 'damaged' } });
    expect(() => sessionStore(session!).listAccounts()).toThrow(expect.objectContaining({ code: 'damaged' }));
    expect(bytesOf(temp.dbPath).equals(damaged)).toBe(true);
    expect(session.backups()).toEqual([expect.objectContaining({ accounts: 2, people: 4 })]);

    await session.restore(session.backups()[0]!.path);
    expect(session.state().mode).toBe('normal');
    expect(session.current()!.listAccounts()).toHaveLength(2);
    // The damaged file was renamed, not deleted or written.
    const aside = readdirSync(dirname(temp.dbPath)).find((name) => name.includes('before-restore'))!;
    expect(bytesOf(`${dirname(temp.dbPath)}/${aside}`).equals(damaged)).toBe(true);
  });

  it('salvages a damaged database into a new one and opens it, keeping the damaged file aside', async () => {
    writeSampleDatabase(temp.dbPath, 30);
    overwritePage(temp.dbPath, rootPageOf(temp.dbPath, 'links'));
    session = await openDatabaseSession(temp.dbPath, { now });
    expect(session.state().mode).toBe('recovery');
    const report = await session.salvage();
    expect(report.tables.find((t) => t.table === 'accounts')!.recovered).toBe(30);
    expect(report.tables.find((t) => t.table === 'links')!.unreadable).toBe(true);
    expect(session.state().mode).toBe('normal');
    expect(readdirSync(dirname(temp.dbPath)).some((name) => name.includes('.damaged-'))).toBe(true);
  });

  it('does not open a zero-length file, and does not make it a database', async () => {
    const db = new Database(temp.dbPath);
    db.close();
    truncateSync(temp.dbPath, 0);
    session = await openDatabaseSession(temp.dbPath, { now });
    expect(session.state()).toMatchObject({ mode: 'recovery', problem: { code: 'empty-file' } });
    expect(statSync(temp.dbPath).size).toBe(0);
    expect(existsSync(`${temp.dbPath}-wal`)).toBe(false);
  });
});
