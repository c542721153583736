import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Link, Op } from '../../shared/model';
import { openDatabaseFile } from './connection';
import { isPlainDatabaseFile, parseDbKey } from './db-key';
import { localDayOf } from './history-store';
import { StoreError } from './store';
import { makePerson, sampleAccountData, steppingClock, useTempStore } from './test-support';

const KEY = parseDbKey('7c'.repeat(32))!;

/** True when no other connection is open on the file: leaving WAL needs it to be the only one (it is left in WAL). */
function onlyConnection(dbPath: string): boolean {
  const probe = new Database(dbPath);
  try {
    probe.pragma('busy_timeout = 0');
    const alone = probe.pragma('journal_mode = DELETE', { simple: true }) === 'delete';
    probe.pragma('journal_mode = WAL');
    return alone;
  } catch {
    return false;
  } finally {
    probe.close();
  }
}

/** A large edit as an import makes it: many new people, each reporting to the first. */
function importOps(accountId: string, count: number): { ops: Op[]; inverse: Op[] } {
  const people = Array.from({ length: count }, (_, index) => makePerson(accountId, { name: `联系人${index}` }));
  const links: Link[] = people.slice(1).map((person) => ({ id: randomUUID(), accountId, kind: 'reportsTo', from: person.id, to: people[0]!.id, strength: null, lastContact: null }));
  return {
    ops: [...people.map((value): Op => ({ op: 'put', entity: 'person', value })), ...links.map((value): Op => ({ op: 'put', entity: 'link', value }))],
    inverse: people.map((person): Op => ({ op: 'delete', entity: 'person', id: person.id })),
  };
}

// Thousands of ops through a second thread, which loads its code through tsx on first use: seconds on a busy machine.
describe('large edits on the writer thread', { timeout: 60_000 }, () => {
  const fx = useTempStore(() => ({ now: steppingClock() }));

  it('land in one transaction, recorded in the history as one edit, that an undo takes back', async () => {
    const data = sampleAccountData();
    fx.store.importAccount(data);
    const before = fx.store.history(data.account.id).length;
    const { ops, inverse } = importOps(data.account.id, 2_500);

    const { updatedAt } = await fx.store.applyLargeEdit(ops);

    // The store on the main thread reads what the writer thread committed.
    const after = fx.store.openAccount(data.account.id);
    expect(after?.people).toHaveLength(data.people.length + 2_500);
    expect(after?.links).toHaveLength(data.links.length + 2_499);
    expect(after?.account.updatedAt).toBe(updatedAt);
    const records = fx.store.history(data.account.id).slice(before);
    expect(records).toHaveLength(2_500 + 2_499);
    expect(new Set(records.map((record) => `${record.at} ${record.origin}`))).toEqual(new Set([`${updatedAt} edit`]));

    // An edit made here afterwards sorts after the writer thread's records.
    fx.store.applyOps(inverse);
    const undone = fx.store.history(data.account.id).slice(before + records.length);
    expect(undone[0]!.hlc > records.at(-1)!.hlc).toBe(true);
    expect(fx.store.openAccount(data.account.id)?.people).toHaveLength(data.people.length);
  });

  it('leave the history checkpointed at the import\'s last record, so the map as of a later day does not replay it record by record', async () => {
    const data = sampleAccountData();
    fx.store.importAccount(data);
    const { ops } = importOps(data.account.id, 2_500);

    await fx.store.applyLargeEdit(ops);
    // Taken on the writer thread once the edit is written.
    await fx.store.checkpointsSettled();

    const last = fx.store.history(data.account.id).at(-1)!;
    const db = openDatabaseFile(fx.temp.dbPath, { readOnly: true });
    try {
      const checkpoints = db.prepare<[string], { hlc: string }>('SELECT hlc FROM history_checkpoints WHERE account_id = ? ORDER BY hlc').all(data.account.id);
      // About 5,000 records of one moment: one checkpoint after the last of them, not one every 500
      // (a day holds all of one transaction or none of it; each checkpoint is a replay and a compressed account).
      expect(checkpoints.at(-1)?.hlc).toBe(last.hlc);
      expect(checkpoints.length).toBeLessThanOrEqual(2);
    } finally {
      db.close();
    }
    const today = localDayOf(last.at);
    expect(fx.store.accountOnDay(data.account.id, today)).toMatchObject({ found: true, data: { people: expect.arrayContaining([expect.objectContaining({ name: '联系人2499' })]) } });
  });

  it('write nothing when an op midway is refused, and say why with the store\'s error code', async () => {
    const data = sampleAccountData();
    fx.store.importAccount(data);
    const before = { history: fx.store.history(data.account.id).length, account: fx.store.openAccount(data.account.id) };
    const { ops } = importOps(data.account.id, 2_000);
    // Halfway through, a link to a person in no account.
    ops.splice(1_000, 0, { op: 'put', entity: 'link', value: { id: 'dangling', accountId: data.account.id, kind: 'reportsTo', from: data.people[0]!.id, to: 'nobody', strength: null, lastContact: null } });

    const refused = await fx.store.applyLargeEdit(ops).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(StoreError);
    expect(refused).toMatchObject({ code: 'invalid-payload' });
    expect(fx.store.openAccount(data.account.id)).toEqual(before.account);
    expect(fx.store.history(data.account.id)).toHaveLength(before.history);
    // The writer is ready for the next edit.
    await fx.store.applyLargeEdit(importOps(data.account.id, 10).ops);
    expect(fx.store.openAccount(data.account.id)?.people).toHaveLength(data.people.length + 10);
  });
  it('keep one connection between edits that sees the app\'s own writes, and free the file when the store closes', async () => {
    const data = sampleAccountData();
    fx.store.importAccount(data);
    const first = importOps(data.account.id, 20);
    await fx.store.applyLargeEdit(first.ops);
    // The app's connection writes between two large edits; the writer's next edit builds on it.
    fx.store.applyOps(first.inverse.slice(0, 5));
    const second = importOps(data.account.id, 30);
    await fx.store.applyLargeEdit(second.ops);
    expect(fx.store.openAccount(data.account.id)?.people).toHaveLength(data.people.length + 15 + 30);
    const hlcs = fx.store.history(data.account.id).map((record) => record.hlc);
    expect(hlcs).toEqual([...hlcs].sort());

    fx.store.close();
    expect(onlyConnection(fx.temp.dbPath)).toBe(true);
  });

  it('copy their write-ahead log into the database file on the writer thread after answering, and leave the app\'s connection copying its own again', async () => {
    const data = sampleAccountData();
    fx.store.importAccount(data);
    const fileSize = () => statSync(fx.temp.dbPath).size;
    const before = fileSize();

    await fx.store.applyLargeEdit(importOps(data.account.id, 2_500).ops);
    await fx.store.checkpointsSettled();
    // The people are in the database file itself (about 2 MB of rows and records), not only in the log.
    const afterLarge = fileSize();
    expect(afterLarge - before).toBeGreaterThan(1_000_000);

    // The app's connection copies the log of its own large write in its commit, as SQLite does by default.
    fx.store.applyOps(importOps(data.account.id, 2_500).ops);
    expect(fileSize() - afterLarge).toBeGreaterThan(1_000_000);
    const after = fx.store.openAccount(data.account.id);
    expect(after?.people).toHaveLength(data.people.length + 5_000);
    expect(after?.links).toHaveLength(data.links.length + 2 * 2_499);
  });

  it('open their connection ahead of the edit when asked (an import\'s preview), and still free the file when the store closes', async () => {
    const data = sampleAccountData();
    fx.store.importAccount(data);
    await fx.store.prepareLargeEdit();
    fx.store.close();
    expect(onlyConnection(fx.temp.dbPath)).toBe(true);

    const store = fx.reopen();
    await store.prepareLargeEdit();
    await store.applyLargeEdit(importOps(data.account.id, 10).ops);
    expect(store.openAccount(data.account.id)?.people).toHaveLength(data.people.length + 10);
  });
});

describe('the writer thread at close', { timeout: 60_000 }, () => {
  // A checkpoint every few records: the app's own edits hand checkpoints to the writer thread.
  const fx = useTempStore(() => ({ now: steppingClock(), checkpointEvery: 5 }));

  it('frees the file when the store closes right after handing it a checkpoint (the next start may switch the file to encryption)', () => {
    const data = sampleAccountData();
    fx.store.importAccount(data);
    for (const person of data.people.slice(0, 6)) fx.store.applyOps([{ op: 'patch', entity: 'person', id: person.id, patch: { title: 'Director' } }]);
    // Held here without yielding until the thread has its connection open, so its answer has not been
    // read when the store closes: close waits for the checkpoint and the connection all the same.
    const until = Date.now() + 20_000;
    while (onlyConnection(fx.temp.dbPath) && Date.now() < until);
    expect(onlyConnection(fx.temp.dbPath)).toBe(false);
    fx.store.close();
    expect(onlyConnection(fx.temp.dbPath)).toBe(true);
  });
});

describe('large edits on an encrypted database', { timeout: 60_000 }, () => {
  const fx = useTempStore(() => ({ now: steppingClock(), key: KEY }));

  it('open the file with the same key on the writer thread', async () => {
    const data = sampleAccountData();
    fx.store.importAccount(data);
    await fx.store.applyLargeEdit(importOps(data.account.id, 50).ops);
    expect(isPlainDatabaseFile(fx.temp.dbPath)).toBe(false);
    expect(fx.reopen().openAccount(data.account.id)?.people).toHaveLength(data.people.length + 50);
  });
});
