import { afterEach, describe, expect, it } from 'vitest';
import { agendaPortfolio } from '../../test/bench/agenda.bench';
import { readAccountData, readAllAccountData } from './account-data';
import { createAccountsSnapshot, type SnapshotReads } from './accounts-snapshot';
import { openConnection, type Db } from './connection';
import { createRepos } from './repos';
import { useTempStore } from './test-support';

/**
 * What the store keeps for the agenda and the portfolio (node/db/accounts-snapshot.ts), on a real database:
 * each read is counted, so the tests see what is read again, and when.
 */

const fx = useTempStore();
const TODAY = '2026-11-22';
const WEEK = '2026-11-29';
let db: Db | null = null;
afterEach(() => db?.close());

function setUp() {
  for (const entry of agendaPortfolio(3, 10, 120)) fx.store.importAccount({ ...entry.data, account: { ...entry.data.account, createdAt: '2026-01-01T00:00:00.000Z' } }, undefined, entry.plan);
  db = openConnection(fx.temp.dbPath);
  const repos = createRepos(db);
  const calls: string[] = [];
  const reads: SnapshotReads = {
    allAccounts: () => (calls.push('all accounts'), readAllAccountData(repos)),
    oneAccount: (id) => (calls.push(`account ${id}`), readAccountData(repos, id)),
    allDigests: (today, until) => (calls.push(`all digests ${today}..${until}`), repos.digest.all(today, until)),
    oneDigest: (id, today, until) => (calls.push(`digest ${id} ${today}..${until}`), repos.digest.one(id, today, until)),
  };
  const snapshot = createAccountsSnapshot(db, reads);
  const inRead = <T>(read: () => T): T => db!.transaction(read)();
  const retitle = (accountId: string) =>
    snapshot.afterEditOf(() => {
      db!.prepare("UPDATE people SET title = title || '.' WHERE account_id = ?").run(accountId);
      return { touched: new Set([accountId]) };
    });
  const taken = () => calls.splice(0);
  return { snapshot, inRead, retitle, taken };
}

describe('what the store keeps for the agenda', () => {
  it('reads nothing again until asked after an edit, and then only the account it touched', () => {
    const { snapshot, inRead, retitle, taken } = setUp();
    const first = inRead(() => snapshot.read());
    inRead(() => snapshot.digests(TODAY, WEEK));
    expect(taken()).toEqual(['all accounts', `all digests ${TODAY}..${WEEK}`]);
    expect(inRead(() => snapshot.read())).toBe(first);
    inRead(() => snapshot.digests(TODAY, WEEK));
    expect(taken()).toEqual([]);

    // Three edits of one account read nothing; the next read takes that account (and its digest) once.
    retitle('agenda-1');
    retitle('agenda-1');
    retitle('agenda-1');
    expect(taken()).toEqual([]);
    const after = inRead(() => snapshot.read());
    inRead(() => snapshot.digests(TODAY, WEEK));
    expect(taken()).toEqual(['account agenda-1', `digest agenda-1 ${TODAY}..${WEEK}`]);
    expect(after[0]).toBe(first[0]);
    expect(after[1]!.people[0]!.title).toBe(`${first[1]!.people[0]!.title}...`);
    expect(after).toEqual(inRead(() => readAllAccountData(createRepos(db!))));
  });

  it('keeps the digests of two agendas\' days, the reminder\'s and the screen\'s, and reads a third whole', () => {
    const { snapshot, inRead, taken } = setUp();
    const week = inRead(() => snapshot.digests(TODAY, WEEK));
    const day = inRead(() => snapshot.digests(TODAY, TODAY));
    expect(inRead(() => snapshot.digests(TODAY, WEEK))).toBe(week);
    expect(inRead(() => snapshot.digests(TODAY, TODAY))).toBe(day);
    expect(taken()).toEqual([`all digests ${TODAY}..${WEEK}`, `all digests ${TODAY}..${TODAY}`]);
    // A third (the next day's) pushes out the one used longest ago: the week's.
    inRead(() => snapshot.digests('2026-11-23', '2026-11-30'));
    inRead(() => snapshot.digests(TODAY, TODAY));
    inRead(() => snapshot.digests(TODAY, WEEK));
    expect(taken()).toEqual(['all digests 2026-11-23..2026-11-30', `all digests ${TODAY}..${WEEK}`]);
  });

  it('reads everything again after a write that does not say what it touched, or another connection\'s', () => {
    const { snapshot, inRead, taken } = setUp();
    inRead(() => snapshot.read());
    inRead(() => snapshot.digests(TODAY, WEEK));
    taken();
    db!.prepare("UPDATE people SET title = 'Buyer' WHERE account_id = 'agenda-0'").run();
    inRead(() => snapshot.read());
    inRead(() => snapshot.digests(TODAY, WEEK));
    expect(taken()).toEqual(['all accounts', `all digests ${TODAY}..${WEEK}`]);
    fx.store.setSettings({ theme: 'dark' });
    inRead(() => snapshot.read());
    expect(taken()).toEqual(['all accounts']);
    // A write beside the accounts (settings) on the snapshot's own connection keeps them.
    snapshot.besideAccounts(() => db!.prepare("UPDATE settings SET value = value WHERE key = 'theme'").run());
    inRead(() => snapshot.read());
    expect(taken()).toEqual([]);
  });
});
