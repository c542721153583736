import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AccountData } from '../../shared/model';
import { putOps, sampleAccountData, steppingClock, storeErrorFrom, useTempStore } from './test-support';

const fx = useTempStore(() => ({ now: steppingClock() }));

function saved(data: AccountData): AccountData {
  fx.store.applyOps(putOps(data));
  const opened = fx.store.openAccount(data.account.id);
  if (opened === null) throw new Error('account was not saved');
  return opened;
}

/** Rows left anywhere in the file for this account, counted through a second connection. */
function rowsOf(accountId: string): number {
  const raw = new Database(fx.temp.dbPath, { readonly: true });
  try {
    const count = (sql: string) => raw.prepare(sql).pluck().get(accountId) as number;
    return (
      count('SELECT count(*) FROM accounts WHERE id = ?') +
      count('SELECT count(*) FROM competitors WHERE account_id = ?') +
      count('SELECT count(*) FROM team_members WHERE account_id = ?') +
      count('SELECT count(*) FROM people WHERE account_id = ?') +
      count('SELECT count(*) FROM links WHERE account_id = ?')
    );
  } finally {
    raw.close();
  }
}

describe('deleteAccount and restoreAccount', () => {
  it('deletes the account and everything in it, and returns all of it', () => {
    const kept = saved(sampleAccountData({ name: 'Kept' }));
    const doomed = saved(sampleAccountData({ name: 'Doomed' }));
    expect(rowsOf(doomed.account.id)).toBeGreaterThan(10);

    expect(fx.store.deleteAccount(doomed.account.id)).toEqual(doomed);

    expect(fx.store.openAccount(doomed.account.id)).toBeNull();
    expect(rowsOf(doomed.account.id)).toBe(0);
    expect(fx.store.listAccounts().map((a) => a.id)).toEqual([kept.account.id]);
    expect(fx.store.openAccount(kept.account.id)).toEqual(kept);
  });

  it('returns null when there is no such account', () => {
    expect(fx.store.deleteAccount('missing')).toBeNull();
  });

  it('restores exactly what was deleted, with the same ids', () => {
    const original = saved(sampleAccountData());
    const deleted = fx.store.deleteAccount(original.account.id);
    if (deleted === null) throw new Error('nothing deleted');

    const summary = fx.store.restoreAccount(deleted);

    expect(fx.store.openAccount(original.account.id)).toEqual(original);
    expect(summary).toEqual({
      id: original.account.id,
      name: original.account.name,
      industry: original.account.industry,
      tier: original.account.tier,
      stage: original.account.stage,
      peopleCount: original.people.length,
      updatedAt: original.account.updatedAt,
    });
  });

  it('refuses to restore over ids that exist, and writes nothing', () => {
    const original = saved(sampleAccountData());
    const error = storeErrorFrom(() => fx.store.restoreAccount(original));
    expect(error.code).toBe('conflict');
    expect(fx.store.listAccounts()).toHaveLength(1);
    expect(fx.store.openAccount(original.account.id)).toEqual(original);
  });
});

describe('importAccount', () => {
  it('imports with the same ids when none of them exists', () => {
    const data = sampleAccountData();
    const outcome = fx.store.importAccount(data);

    expect(outcome).toEqual({ accountId: data.account.id, accountName: data.account.name, copied: false });
    const imported = fx.store.openAccount(data.account.id);
    expect(imported).toEqual({ ...data, account: { ...data.account, updatedAt: imported?.account.updatedAt } });
  });

  it('imports a copy with new ids, every reference following, when any id exists', () => {
    const original = saved(sampleAccountData());
    const fileData = { ...original, account: { ...original.account, name: 'Acme (from file)' } };

    const outcome = fx.store.importAccount(fileData);

    expect(outcome.copied).toBe(true);
    expect(outcome.accountName).toBe('Acme (from file)');
    expect(outcome.accountId).not.toBe(original.account.id);
    expect(fx.store.openAccount(original.account.id)).toEqual(original);

    const copy = fx.store.openAccount(outcome.accountId);
    if (copy === null) throw new Error('copy not found');
    const oldIds = new Set([
      original.account.id,
      ...[...original.competitors, ...original.team, ...original.people, ...original.links].map((x) => x.id),
    ]);
    const copyParts = [...copy.competitors, ...copy.team, ...copy.people, ...copy.links];
    expect(copyParts.every((x) => !oldIds.has(x.id) && x.accountId === copy.account.id)).toBe(true);

    // Same content, and each reference lands on the counterpart of what it pointed at before.
    const byOldId = new Map<string, string>();
    const pair = <T extends { id: string }>(a: T[], b: T[]) => a.forEach((x, i) => byOldId.set(x.id, b[i]!.id));
    pair(original.competitors, copy.competitors);
    pair(original.team, copy.team);
    pair(original.people, copy.people);
    pair(original.links, copy.links);
    const expected: AccountData = {
      account: { ...original.account, id: copy.account.id, name: 'Acme (from file)', updatedAt: copy.account.updatedAt },
      competitors: original.competitors.map((c) => ({ ...c, id: byOldId.get(c.id)!, accountId: copy.account.id })),
      team: original.team.map((m) => ({ ...m, id: byOldId.get(m.id)!, accountId: copy.account.id })),
      people: original.people.map((p) => ({
        ...p,
        id: byOldId.get(p.id)!,
        accountId: copy.account.id,
        favouredCompetitorId: p.favouredCompetitorId === null ? null : byOldId.get(p.favouredCompetitorId)!,
      })),
      links: original.links.map((l) => ({
        ...l,
        id: byOldId.get(l.id)!,
        accountId: copy.account.id,
        from: byOldId.get(l.from)!,
        to: byOldId.get(l.to)!,
      })),
    };
    expect(copy).toEqual(expected);
  });

  it('copies when only one inner id clashes', () => {
    const original = saved(sampleAccountData());
    const incoming = sampleAccountData({ name: 'Incoming' });
    const oldMemberId = incoming.team[0]!.id;
    const takenId = original.team[0]!.id;
    incoming.team[0] = { ...incoming.team[0]!, id: takenId };
    incoming.links = incoming.links.map((l) => (l.from === oldMemberId ? { ...l, from: takenId } : l));

    const outcome = fx.store.importAccount(incoming);

    expect(outcome.copied).toBe(true);
    expect(outcome.accountId).not.toBe(incoming.account.id);
    const copy = fx.store.openAccount(outcome.accountId)!;
    const member = copy.team[0]!;
    expect(member.id).not.toBe(takenId);
    expect(copy.links.filter((l) => l.kind === 'covers').every((l) => l.from === member.id)).toBe(true);
    expect(fx.store.openAccount(original.account.id)).toEqual(original);
  });

  it('refuses data whose parts do not fit together, and writes nothing', () => {
    const data = sampleAccountData();
    const link = data.links.find((l) => l.kind === 'covers')!;
    link.from = data.people[0]!.id;
    const error = storeErrorFrom(() => fx.store.importAccount(data));
    expect(error.code).toBe('invalid-payload');
    expect(error.message).toContain(`links[${data.links.indexOf(link)}].from`);
    expect(error.message).toContain('a covers link needs a member of our team');
    expect(fx.store.isEmpty()).toBe(true);
  });
});

describe('allAccounts', () => {
  it('reads every account with all its records, each exactly as openAccount does', () => {
    const first = saved(sampleAccountData({ name: 'First' }));
    const second = saved(sampleAccountData({ name: 'Second' }));
    const all = fx.store.allAccounts();
    expect(all).toHaveLength(2);
    expect(all.find((d) => d.account.id === first.account.id)).toEqual(first);
    expect(all.find((d) => d.account.id === second.account.id)).toEqual(second);
  });

  it('is empty for an empty database', () => {
    expect(fx.store.allAccounts()).toEqual([]);
  });
});
