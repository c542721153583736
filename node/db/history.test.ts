import { describe, expect, it } from 'vitest';
import {
  addCompetitor,
  addLink,
  addPerson,
  addTeamMember,
  deleteElements,
  newPerson,
  newTeamMember,
  renameCompetitor,
  setPersonStatus,
  updateAccount,
  updateLink,
  updatePerson,
  type Edit,
} from '../../shared/edit';
import { canonical } from '../../shared/edit/testData';
import { analyze } from '../../shared/analysis';
import { accountAsOf } from '../../shared/history/asOf';
import { replayChanges } from '../../shared/history/changes';
import { ATTITUDES, LAYERS, LINK_KINDS, type AccountData } from '../../shared/model';
import Database from 'better-sqlite3';
import { localDayOf } from './history-store';
import { createStore } from './sqlite-store';
import { changeBehindTheHistory, putOps, sampleAccountData, steppingClock, storeErrorFrom, useTempStore, type StoreFixture } from './test-support';

/** A small seeded PRNG (mulberry32): the same seed gives the same edits, so a failure can be replayed. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T | undefined => (items.length === 0 ? undefined : items[int(items.length)]);
  return { next, int, pick };
}

const fx = useTempStore(() => ({ now: steppingClock(), defaultActor: 'tester' }));

type Random = ReturnType<typeof prng>;

/** One random edit against the account as it is, built with the app's own edit builders (or null: none fits). */
function randomEdit(data: AccountData, r: Random, serial: number): Edit | null {
  const accountId = data.account.id;
  const person = r.pick(data.people);
  switch (r.int(10)) {
    case 0:
      return addPerson(data, newPerson(accountId, { name: `Person ${serial}`, layer: r.pick(LAYERS)!, influence: 1 + r.int(5) }, `p-${serial}`));
    case 1:
      return person ? updatePerson(data, person.id, { attitude: r.pick(ATTITUDES)!, title: `Title ${serial}` }, '2026-12-01') : null;
    case 2:
      return person ? updatePerson(data, person.id, { roles: r.next() < 0.5 ? ['coach'] : ['decisionMaker', 'user'], x: r.int(500), y: null }) : null;
    case 3: {
      if (!person) return null;
      const competitor = r.pick(data.competitors);
      const choice = r.int(3);
      return setPersonStatus(
        data,
        person.id,
        choice === 0 ? { status: 'active' } : choice === 1 ? { status: 'onLeave', since: '2026-11-20' } : { status: 'left', since: '2026-11-21', to: competitor ? { competitorId: competitor.id } : { employer: 'Elsewhere' } },
      );
    }
    case 4: {
      const ends = [...data.people.map((p) => p.id), ...data.team.map((t) => t.id), ...data.competitors.map((c) => c.id)];
      const result = addLink(data, { kind: r.pick(LINK_KINDS)!, from: r.pick(ends)!, to: r.pick(data.people)?.id ?? '', id: `l-${serial}` }, '2026-12-01');
      return result.ok ? result.edit : null;
    }
    case 5: {
      const link = r.pick(data.links.filter((l) => l.kind === 'covers'));
      return link ? updateLink(data, link.id, { strength: r.int(4), lastContact: '2026-11-30' }) : null;
    }
    case 6: {
      const victim = r.pick([...data.people, ...data.team, ...data.competitors, ...data.links]);
      return victim ? deleteElements(data, [victim.id]) : null;
    }
    case 7:
      return r.next() < 0.5
        ? addCompetitor(data, `Rival ${serial}`, `c-${serial}`).edit
        : addTeamMember(data, newTeamMember(accountId, { name: `Member ${serial}` }, `t-${serial}`));
    case 8: {
      const competitor = r.pick(data.competitors);
      return competitor ? renameCompetitor(data, competitor.id, `Renamed ${serial}`) : null;
    }
    default:
      return updateAccount(data, { notes: `Note ${serial}`, shareOfWallet: r.int(101) });
  }
}

/** Every account the log knows, replayed, against the database: the same records, field for field. */
function expectLogMatchesDatabase(accountIds: Iterable<string>) {
  for (const accountId of accountIds) {
    const replayed = replayChanges(fx.store.history(accountId)).get(accountId);
    const stored = fx.store.openAccount(accountId);
    expect(replayed === undefined ? null : canonical(replayed)).toEqual(stored === null ? null : canonical(stored));
  }
}

describe('the change log', () => {
  it.each([1, 7, 42, 2026])('replayed, gives exactly the database over a random edit sequence (seed %i)', (seed) => {
    const r = prng(seed);
    const first = sampleAccountData({ name: 'History Co' });
    fx.store.applyOps(putOps(first));
    const known = new Set([first.account.id]);
    const undo: { accountId: string; edit: Edit }[] = [];
    let deleted: AccountData | null = null;

    for (let step = 0; step < 120; step += 1) {
      const accountId = r.pick([...known].filter((id) => fx.store.openAccount(id) !== null))!;
      const data = fx.store.openAccount(accountId)!;
      const roll = r.int(20);
      if (roll === 0 && undo.length > 0) {
        // Undo: the inverse ops of the last edit, as the app applies them.
        const last = undo.pop()!;
        if (fx.store.openAccount(last.accountId) !== null) fx.store.applyOps(last.edit.inverse);
      } else if (roll === 1 && deleted === null && known.size > 1) {
        deleted = fx.store.deleteAccount(accountId);
      } else if (roll === 2 && deleted !== null) {
        fx.store.restoreAccount(deleted);
        deleted = null;
      } else if (roll === 3 && deleted === null) {
        // An import: new the first time, then a copy with new ids.
        const outcome = fx.store.importAccount(first);
        known.add(outcome.accountId);
      } else {
        const edit = randomEdit(data, r, step);
        if (edit === null || edit.forward.length === 0) continue;
        fx.store.applyOps(edit.forward);
        undo.push({ accountId, edit });
      }
    }
    expectLogMatchesDatabase(known);
    // The sequence went through every kind of change the log has to keep.
    const records = [...known].flatMap((id) => fx.store.history(id));
    expect(new Set(records.map((c) => c.origin))).toEqual(new Set(['edit', 'import', 'delete-account', 'restore']));
    expect(new Set(records.map((c) => c.kind))).toEqual(new Set(['create', 'update', 'delete']));
    // The log survives closing and reopening the database, and stays in step with it.
    fx.reopen();
    expectLogMatchesDatabase(known);
  });

  it('records who changed what and when, field by field, with a tombstone for a delete', () => {
    const data = sampleAccountData({ name: 'Fields Co' });
    fx.store.applyOps(putOps(data));
    const person = data.people[0]!;
    fx.store.setUserName('Li Wei');
    fx.store.applyOps(updatePerson(data, person.id, { attitude: 'opponent' }).forward);
    fx.store.applyOps(deleteElements(data, [person.id]).forward);
    const history = fx.store.history(data.account.id);
    const update = history.find((c) => c.kind === 'update' && c.entityId === person.id)!;
    expect(update).toMatchObject({ actor: 'Li Wei', origin: 'edit', entity: 'person', before: { attitude: person.attitude }, after: { attitude: 'opponent' } });
    const tombstone = history.find((c) => c.kind === 'delete' && c.entityId === person.id)!;
    expect(tombstone.after).toBeNull();
    expect(tombstone.before).toMatchObject({ name: person.name });
    // Clock times grow with every record, and ids are unique.
    expect(history.map((c) => c.hlc)).toEqual([...history.map((c) => c.hlc)].sort());
    expect(new Set(history.map((c) => c.id)).size).toBe(history.length);
    expect(history[0]!.actor).toBe('tester');
    expect(fx.store.setUserName('  ')).toBe('tester');
  });

  it('records nothing, and keeps updatedAt, for an edit that changes nothing', () => {
    const data = sampleAccountData({ name: 'Still Co' });
    fx.store.applyOps(putOps(data));
    const before = fx.store.history(data.account.id).length;
    const updatedAt = fx.store.openAccount(data.account.id)!.account.updatedAt;
    const person = data.people[0]!;
    fx.store.applyOps([{ op: 'patch', entity: 'person', id: person.id, patch: { name: person.name } }]);
    expect(fx.store.history(data.account.id)).toHaveLength(before);
    expect(fx.store.openAccount(data.account.id)!.account.updatedAt).toBe(updatedAt);
  });

  it('keeps an edit and its record together: a refused edit leaves neither', () => {
    const data = sampleAccountData({ name: 'Refused Co' });
    fx.store.applyOps(putOps(data));
    const before = fx.store.history(data.account.id).length;
    expect(() =>
      fx.store.applyOps([
        { op: 'patch', entity: 'person', id: data.people[0]!.id, patch: { title: 'Changed' } },
        { op: 'patch', entity: 'person', id: 'ghost', patch: { title: 'x' } },
      ]),
    ).toThrow();
    expect(fx.store.history(data.account.id)).toHaveLength(before);
    expect(fx.store.openAccount(data.account.id)!.people[0]!.title).toBe(data.people[0]!.title);
  });
});

describe('the account as of a day', () => {
  it('is rebuilt from the log: before an edit it is as it was, after it as it is; before the account, none', () => {
    const data = sampleAccountData({ name: 'Dated Co' });
    fx.store.applyOps(putOps(data)); // steppingClock: 2026-11-01, a second per call
    const person = data.people[0]!;
    const firstDay = fx.store.history(data.account.id)[0]!.at.slice(0, 10);
    const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    // The store's test clock moves a second a call; the edit's record is moved to the next day.
    fx.store.applyOps(updatePerson(data, person.id, { attitude: 'opponent' }).forward);
    const history = fx.store.history(data.account.id);
    const edit = history.at(-1)!;
    const shifted = history.map((c) => (c === edit ? { ...c, at: `${nextDay(firstDay)}T10:00:00.000Z` } : c));
    const before = accountAsOf(shifted, data.account.id, firstDay);
    const after = accountAsOf(shifted, data.account.id, nextDay(firstDay));
    expect(before.ok && before.data.people.find((p) => p.id === person.id)?.attitude).toBe(person.attitude);
    expect(after.ok && after.data.people.find((p) => p.id === person.id)?.attitude).toBe('opponent');
    expect(accountAsOf(shifted, data.account.id, '2020-01-01')).toEqual({ ok: false, reason: 'before-account' });
    fx.store.deleteAccount(data.account.id);
    expect(accountAsOf(fx.store.history(data.account.id), data.account.id, '2099-01-01')).toEqual({ ok: false, reason: 'deleted' });
  });
});

/** A clock that moves five hours a call: a few hundred writes spread over weeks, so days have different maps. */
function hoursClock(start = '2026-09-01T06:00:00.000Z'): () => Date {
  let at = Date.parse(start);
  return () => {
    const now = new Date(at);
    at += 5 * 3_600_000;
    return now;
  };
}

const nextDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return localDayOf(new Date(y, m - 1, d + 1, 12).toISOString());
};

/** Every day from `from` to `to`, both included. */
function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = nextDay(day)) out.push(day);
  return out;
}

/** Random edits (with undo, an account delete and restore) on one account; returns its id. */
function randomHistory(store: StoreFixture['store'], seed: number, steps: number): string {
  const r = prng(seed);
  const first = sampleAccountData({ name: 'Checkpoint Co' });
  store.applyOps(putOps(first));
  const accountId = first.account.id;
  const undo: Edit[] = [];
  for (let step = 0; step < steps; step += 1) {
    const data = store.openAccount(accountId);
    if (data === null) {
      continue;
    }
    const roll = r.int(25);
    if (roll === 0 && undo.length > 0) store.applyOps(undo.pop()!.inverse);
    else if (roll === 1) {
      const deleted = store.deleteAccount(accountId)!;
      // Deleted for a while (a few writes go to nothing), then restored.
      store.restoreAccount(deleted);
    } else {
      const edit = randomEdit(data, r, step);
      if (edit === null || edit.forward.length === 0) continue;
      store.applyOps(edit.forward);
      undo.push(edit);
    }
  }
  return accountId;
}

/** The as-of of the store (checkpoints and the records after them) against a full replay of the whole log, day by day. */
function expectCheckpointsMatchFullReplay(store: StoreFixture['store'], accountId: string) {
  const records = store.history(accountId);
  const days = daysBetween('2026-08-30', nextDay(localDayOf(records.at(-1)!.at)));
  for (const day of days) {
    const full = accountAsOf(records, accountId, day, localDayOf);
    const fast = store.accountOnDay(accountId, day)!;
    if (full.ok) {
      expect(fast.found, day).toBe(true);
      expect(fast.found && canonical(fast.data), day).toEqual(canonical(full.data));
    } else {
      expect(fast, day).toMatchObject({ found: false, reason: full.reason });
    }
  }
}

function countRows(fixture: StoreFixture, table: string, accountId: string): number {
  const db = new Database(fixture.temp.dbPath, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table} WHERE account_id = ?`).pluck().get(accountId) as number;
  } finally {
    db.close();
  }
}

describe('the account as of a day, from checkpoints', () => {
  const cx = useTempStore(() => ({ now: hoursClock(), defaultActor: 'tester', checkpointEvery: 7 }));

  it.each([3, 11, 99])('equals a full replay of the log on every day of a random edit sequence (seed %i)', async (seed) => {
    const accountId = randomHistory(cx.store, seed, 160);
    // The writer thread takes them after the edits that made them due, off the edits' path.
    await cx.store.checkpointsSettled();
    expect(countRows(cx, 'history_checkpoints', accountId)).toBeGreaterThan(5);
    expectCheckpointsMatchFullReplay(cx.store, accountId);
    // Checkpoints dropped (as after an erasure) are taken again, and the answers do not change.
    cx.reopen();
    expectCheckpointsMatchFullReplay(cx.store, accountId);
    expect(cx.store.historyContradictions(accountId)).toEqual([]);
  });

  it('takes them in the edit transaction when told to (no writer thread), with the same answers', () => {
    cx.store.close();
    cx.store = createStore(cx.temp.dbPath, { now: hoursClock(), defaultActor: 'tester', checkpointEvery: 7, checkpoints: 'inline' });
    const accountId = randomHistory(cx.store, 3, 160);
    // No waiting: they are there when the edit returns.
    expect(countRows(cx, 'history_checkpoints', accountId)).toBeGreaterThan(5);
    expectCheckpointsMatchFullReplay(cx.store, accountId);
  });

  it('says a day before the account is before it, with the first day of its history', () => {
    const accountId = randomHistory(cx.store, 5, 20);
    const firstDay = localDayOf(cx.store.history(accountId)[0]!.at);
    expect(cx.store.accountOnDay(accountId, '2020-01-01')).toEqual({ found: false, reason: 'before-account', firstDay });
    expect(cx.store.accountOnDay('no-such-account', '2026-10-01')).toBeNull();
  });

  it('keeps named snapshots of the account as it was, and an erased person leaves them too', () => {
    const data = sampleAccountData({ name: 'Snapshot Co' });
    cx.store.applyOps(putOps(data));
    const person = data.people[0]!;
    const q3 = cx.store.takeSnapshot(data.account.id, 'Q3 review', 'user');
    cx.store.applyOps(updatePerson(data, person.id, { attitude: 'opponent' }).forward);
    const deck = cx.store.takeSnapshot(data.account.id, 'Deck', 'deck-export');
    expect(cx.store.snapshots(data.account.id).map((s) => [s.name, s.kind])).toEqual([
      ['Deck', 'deck-export'],
      ['Q3 review', 'user'],
    ]);
    expect(cx.store.snapshot(q3.id)!.data.people.find((p) => p.id === person.id)!.attitude).toBe(person.attitude);
    expect(cx.store.snapshot(deck.id)!.data.people.find((p) => p.id === person.id)!.attitude).toBe('opponent');
    cx.store.erasePerson(person.id);
    expect(cx.store.snapshot(q3.id)!.data.people.some((p) => p.id === person.id)).toBe(false);
    expect(cx.store.snapshot(q3.id)!.data.links.some((l) => l.to === person.id || l.from === person.id)).toBe(false);
    expect(cx.store.deleteSnapshot(q3.id)).toBe(true);
    expect(cx.store.deleteSnapshot(q3.id)).toBe(false);
    expect(cx.store.snapshots(data.account.id).map((s) => s.name)).toEqual(['Deck']);
    expect(storeErrorFrom(() => cx.store.takeSnapshot('no-such-account', 'x', 'user')).code).toBe('not-found');
  });

  it('compacts history older than a day: later days read the same, earlier ones say so, the log still gives the account', () => {
    const accountId = randomHistory(cx.store, 21, 120);
    const records = cx.store.history(accountId);
    const lastDay = localDayOf(records.at(-1)!.at);
    const cutDay = localDayOf(records[Math.floor(records.length / 2)]!.at);
    const later = daysBetween(cutDay, lastDay).map((day) => [day, cx.store.accountOnDay(accountId, day)] as const);
    const [done] = cx.store.compactHistory(cutDay, accountId);
    expect(done!.removed).toBeGreaterThan(0);
    expect(cx.store.history(accountId).length).toBeLessThan(records.length - done!.removed + done!.baseline + 1);
    // The random edits delete and restore the account now and then: a day it was deleted stays so.
    const shown = (day: string, view: ReturnType<typeof cx.store.accountOnDay>) => (view?.found ? canonical(view.data) : `${day}: ${view?.reason ?? 'unknown'}`);
    for (const [day, before] of later) expect(shown(day, cx.store.accountOnDay(accountId, day)), day).toEqual(shown(day, before));
    const dayBefore = localDayOf(records[0]!.at);
    expect(cx.store.accountOnDay(accountId, dayBefore)).toEqual({ found: false, reason: 'compacted', firstDay: done!.firstDay });
    expect(cx.store.snapshots(accountId).map((s) => s.kind)).toEqual(['compaction']);
    expect(cx.store.historyContradictions(accountId)).toEqual([]);
    expect(replayChanges(cx.store.history(accountId)).get(accountId) && canonical(replayChanges(cx.store.history(accountId)).get(accountId)!)).toEqual(
      canonical(cx.store.openAccount(accountId)!),
    );
  });

  it('refuses to compact a history that contradicts the account, and writes nothing', () => {
    const accountId = randomHistory(cx.store, 8, 30);
    const person = cx.store.openAccount(accountId)!.people[0]!;
    changeBehindTheHistory(cx.temp.dbPath, person.id, 'Changed behind the history');
    const before = cx.store.history(accountId).length;
    expect(cx.store.historyContradictions(accountId)).toEqual([`people ${person.id}: fields differ`]);
    const error = storeErrorFrom(() => cx.store.compactHistory('2099-01-01', accountId));
    expect(error).toMatchObject({ code: 'conflict', key: 'history.contradicts' });
    expect(cx.store.history(accountId)).toHaveLength(before);
    expect(cx.store.snapshots(accountId)).toEqual([]);
  });
});

describe('the trend over the last months', () => {
  let at = Date.parse('2026-01-03T06:00:00.000Z');
  const tx = useTempStore(() => ({
    // Two days a write: a year of edits in under two hundred writes.
    now: () => new Date((at += 2 * 86_400_000)),
    defaultActor: 'tester',
    checkpointEvery: 9,
  }));

  it('gives each month-end the weighted coverage and red flags of the map as of that day, the same from its cache', () => {
    at = Date.parse('2026-01-03T06:00:00.000Z');
    const accountId = randomHistory(tx.store, 17, 150);
    const today = localDayOf(new Date(at).toISOString());
    const [row] = tx.store.trend(accountId, 12, today);
    expect(row!.points).toHaveLength(12);
    expect(row!.points.at(-1)!.day).toBe(today);
    for (const point of row!.points) {
      const past = point.day === today ? { found: true as const, data: tx.store.openAccount(accountId)! } : tx.store.accountOnDay(accountId, point.day)!;
      const analysis = past.found ? analyze(past.data, { ...tx.store.getSettings().analysis, today: point.day }) : null;
      expect([point.weightedCoverage, point.redFlags], point.day).toEqual(analysis === null ? [null, null] : [analysis.weightedCoverage.score, analysis.redFlags.length]);
    }
    // Before the account there is no point; the first months of 2026 have some.
    expect(row!.points.filter((p) => p.weightedCoverage === null).length).toBeLessThan(12);
    expect(tx.store.trend(accountId, 12, today)).toEqual([row]);
    expect(tx.store.trend(undefined, 12, today).map((r) => r.accountId)).toContain(accountId);
  });
});

describe('undo that survives a restart', () => {
  it('keeps the stacks with the history: after reopening, undo takes the last edit back; an edit by another way makes them stale', () => {
    const data = sampleAccountData({ name: 'Undo Co' });
    fx.store.applyOps(putOps(data));
    const person = data.people[0]!;
    const edit = updatePerson(data, person.id, { attitude: 'opponent' });
    fx.store.applyOps(edit.forward);
    fx.store.saveUndoStacks(data.account.id, { undo: [edit], redo: [] });
    fx.reopen();
    const { undo, redo } = fx.store.undoStacks(data.account.id);
    expect(redo).toEqual([]);
    fx.store.applyOps(undo.at(-1)!.inverse);
    expect(fx.store.openAccount(data.account.id)!.people.find((p) => p.id === person.id)!.attitude).toBe(person.attitude);
    // The stacks were saved before that undo was written: they no longer fit the account, so none come back.
    expect(fx.store.undoStacks(data.account.id)).toEqual({ undo: [], redo: [] });
    fx.store.saveUndoStacks(data.account.id, { undo: [], redo: [edit] });
    expect(fx.store.undoStacks(data.account.id).redo).toHaveLength(1);
    // An erased person's data leaves the stacks too; so does a deleted account's.
    fx.store.erasePerson(data.people[1]!.id);
    expect(fx.store.undoStacks(data.account.id)).toEqual({ undo: [], redo: [] });
    expect(storeErrorFrom(() => fx.store.saveUndoStacks('nobody', { undo: [], redo: [] })).code).toBe('not-found');
  });
});
