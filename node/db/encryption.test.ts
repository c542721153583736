import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBackups } from './backup';
import { parseDbKey } from './db-key';
import { decryptDatabaseBytes, holdsText } from './decrypt-for-tests';
import { checkDatabase } from './health';
import { restoreBackup } from './restore';
import { salvageDatabase } from './salvage';
import { openDatabaseSession, sessionStore, type DatabaseSession } from './session';
import { createStore } from './sqlite-store';
import { makePerson, makeTempDir, putOps, sampleAccountData } from './test-support';

const KEY = parseDbKey('0f1e2d3c4b5a69788796a5b4c3d2e1f0'.repeat(2))!;
const OTHER_KEY = parseDbKey('aa'.repeat(32))!;
const NAME = 'Xylophanta Quorridge 欧阳';
const now = () => new Date('2026-12-07T09:00:00.000Z');

let temp: ReturnType<typeof makeTempDir>;
let session: DatabaseSession | null = null;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(async () => {
  session?.close();
  await session?.backgroundSettled();
  session = null;
  temp.remove();
});

/** A database (plain without a key) holding `accounts` accounts, the first with a person called NAME. */
function writeDatabase(accounts: number, key?: typeof KEY) {
  const store = createStore(temp.dbPath, key === undefined ? { now } : { now, key });
  for (let i = 0; i < accounts; i += 1) {
    const data = sampleAccountData({ name: `Account ${i}` });
    const people = i === 0 ? [...data.people, makePerson(data.account.id, { name: NAME, privateNotes: `${NAME} favours the rival` })] : data.people;
    store.applyOps(putOps({ ...data, people }));
  }
  const counts = { accounts: store.listAccounts().length, people: store.allAccounts().reduce((n, a) => n + a.people.length, 0) };
  const rows = store.allAccounts();
  store.close();
  return { ...counts, rows };
}

/** The database's own files and its backups, raw. */
function databaseFiles(): string[] {
  const backups = existsSync(join(temp.dir, 'nested', 'backups')) ? readdirSync(join(temp.dir, 'nested', 'backups')).map((n) => join(temp.dir, 'nested', 'backups', n)) : [];
  return [temp.dbPath, `${temp.dbPath}-wal`, ...backups].filter(existsSync);
}

describe('encryption at rest', () => {
  it('without the key no file shows a name; with it the database opens and the pages decrypt to it', async () => {
    const written = writeDatabase(3, KEY);
    session = await openDatabaseSession(temp.dbPath, { now, key: KEY });
    await expect.poll(() => findBackups(temp.dbPath).length).toBe(1);
    session.current()!.applyOps([{ op: 'patch', entity: 'account', id: written.rows[0]!.account.id, patch: { name: `${NAME} Holdings` } }]);
    expect(existsSync(`${temp.dbPath}-wal`)).toBe(true);

    const files = databaseFiles();
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) expect(holdsText(readFileSync(file), 'Xylophanta'), file).toBe(false);
    // The same search on the decrypted pages finds it: the absence above is the cipher's doing.
    expect(holdsText(decryptDatabaseBytes(temp.dbPath, KEY), 'Xylophanta')).toBe(true);
    expect(holdsText(decryptDatabaseBytes(findBackups(temp.dbPath)[0]!.path, KEY), 'Xylophanta')).toBe(true);
    session.close();
    session = null;

    expect(checkDatabase(temp.dbPath)).toMatchObject({ ok: false, status: 'needs-key', encrypted: true });
    expect(checkDatabase(temp.dbPath, { key: OTHER_KEY })).toMatchObject({ ok: false, status: 'needs-key', problems: [{ detail: 'the key given does not open this file' }] });
    expect(checkDatabase(temp.dbPath, { key: KEY })).toMatchObject({ ok: true, status: 'healthy', accounts: 3, people: written.people, encrypted: true });
  });

  it('encrypts an existing plain database in place at start, after a plain backup, keeping every row', async () => {
    const written = writeDatabase(4);
    expect(holdsText(readFileSync(temp.dbPath), 'Xylophanta')).toBe(true);

    session = await openDatabaseSession(temp.dbPath, { now, key: KEY });
    expect(session.state()).toMatchObject({ mode: 'normal', encrypted: true });
    expect(session.current()!.allAccounts()).toEqual(written.rows);
    // The backup taken before the switch exists, and was encrypted too once the switch was done.
    const backups = findBackups(temp.dbPath);
    expect(backups).toHaveLength(1);
    expect(checkDatabase(backups[0]!.path, { key: KEY, probeLock: false })).toMatchObject({ ok: true, accounts: 4, people: written.people, encrypted: true });
    session.close();
    session = null;
    for (const file of databaseFiles()) expect(holdsText(readFileSync(file), 'Xylophanta'), file).toBe(false);

    // The next start finds it encrypted and leaves it as it is.
    session = await openDatabaseSession(temp.dbPath, { now, key: KEY });
    expect(session.current()!.allAccounts()).toEqual(written.rows);
  });

  it('a plain database without a key stays plain and opens as before', async () => {
    writeDatabase(1);
    session = await openDatabaseSession(temp.dbPath, { now });
    expect(session.state()).toMatchObject({ mode: 'normal', encrypted: false });
    // The start backup runs alongside; it is plain too.
    await expect.poll(() => findBackups(temp.dbPath).length).toBe(1);
    expect(checkDatabase(findBackups(temp.dbPath)[0]!.path, { probeLock: false })).toMatchObject({ ok: true, encrypted: false });
  });

  it('without its key the session goes to recovery with needs-key, writing nothing', async () => {
    writeDatabase(1, KEY);
    const before = readFileSync(temp.dbPath);
    session = await openDatabaseSession(temp.dbPath, { now });
    expect(session.state()).toMatchObject({ mode: 'recovery', encrypted: true, problem: { code: 'needs-key' } });
    expect(readFileSync(temp.dbPath).equals(before)).toBe(true);
  });

  it('in needs-key, calls are refused as needs-key; a wrong recovery key writes nothing, the right one opens the database', async () => {
    const written = writeDatabase(1, KEY);
    const before = readFileSync(temp.dbPath);
    session = await openDatabaseSession(temp.dbPath, { now });
    const opened = session;
    expect(() => sessionStore(opened).listAccounts()).toThrow(expect.objectContaining({ code: 'needs-key' }));

    expect(await session.unlock(OTHER_KEY)).toBe(false);
    expect(session.state()).toMatchObject({ mode: 'recovery', problem: { code: 'needs-key' } });
    expect(readFileSync(temp.dbPath).equals(before)).toBe(true);

    expect(await session.unlock(KEY)).toBe(true);
    expect(session.state()).toMatchObject({ mode: 'normal', encrypted: true, problem: null });
    expect(session.current()!.listAccounts()).toHaveLength(written.accounts);
    // Backups from now on are encrypted with the key adopted.
    const backup = await session.current()!.takeBackup();
    expect(checkDatabase(backup.path, { key: KEY, probeLock: false })).toMatchObject({ ok: true, encrypted: true });
  });

  it('restores an encrypted backup and salvages an encrypted file with the key, into encrypted files', async () => {
    const written = writeDatabase(2, KEY);
    const store = createStore(temp.dbPath, { now, key: KEY });
    const backup = await store.takeBackup();
    store.applyOps(putOps(sampleAccountData({ name: 'After the backup' })));
    store.close();

    await restoreBackup(backup.path, temp.dbPath, now(), { key: KEY });
    expect(checkDatabase(temp.dbPath, { key: KEY })).toMatchObject({ ok: true, accounts: 2, encrypted: true });
    expect(holdsText(readFileSync(temp.dbPath), 'Xylophanta')).toBe(false);

    const salvaged = join(temp.dir, 'salvaged.sqlite3');
    const report = salvageDatabase(temp.dbPath, salvaged, now, { key: KEY });
    expect(report.tables.find((t) => t.table === 'people')).toMatchObject({ recovered: written.people, dropped: 0, unreadable: false });
    expect(checkDatabase(salvaged)).toMatchObject({ status: 'needs-key' });
    expect(checkDatabase(salvaged, { key: KEY })).toMatchObject({ ok: true, accounts: 2, people: written.people });
  });
});
