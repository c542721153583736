import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../../shared/demo';
import { updatePerson } from '../../../shared/edit';
import type { CompareView } from '../../../shared/history/views';
import { createStore, type LocalStore } from '../../../node/db';
import { localDayOf } from '../../../node/db/history-store';
import { makeTempDir } from '../../../node/db/test-support';
import { dispatch } from './dispatch';
import { createHandlers, type Handlers } from './handlers';
import { createFakePorts } from './testing/fake-ports';

/** The history's channels on a real store: a clock a day a write, so the demo's import and an edit fall on different days. */
let temp: ReturnType<typeof makeTempDir>;
let store: LocalStore;
let handlers: Handlers;
const demo = buildDemoAccount('en', '2026-11-22');
const coach = demo.people.find((p) => p.roles.includes('coach'))!;

beforeEach(() => {
  temp = makeTempDir();
  let at = Date.parse('2026-11-01T10:00:00.000Z');
  store = createStore(temp.dbPath, { now: () => new Date((at += 86_400_000)), defaultActor: 'tester' });
  // Opening read the clock once per schema step; the days count from here, however many steps there are.
  at = Date.parse('2026-11-08T10:00:00.000Z');
  const ports = createFakePorts();
  ports.today = () => '2026-11-30';
  handlers = createHandlers(store, ports);
  store.importAccount(demo);
});
afterEach(() => {
  store.close();
  temp.remove();
});

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('history channels', () => {
  it('history.asOf gives the map as of a day with what to analyse it with, or why there is none', async () => {
    const edit = updatePerson(demo, coach.id, { attitude: 'opponent' }).forward;
    store.applyOps(edit);
    const records = store.history(demo.account.id);
    const [importDay, editDay] = [localDayOf(records[0]!.at), localDayOf(records.at(-1)!.at)];
    expect(importDay < editDay).toBe(true);
    const before = value(await handlers['history.asOf']({ accountId: demo.account.id, day: importDay }));
    expect(before.found && before.data.people.find((p) => p.id === coach.id)!.attitude).toBe(coach.attitude);
    expect(before.found && before.analysis.today).toBe(importDay);
    const after = value(await handlers['history.asOf']({ accountId: demo.account.id, day: editDay }));
    expect(after.found && after.data.people.find((p) => p.id === coach.id)!.attitude).toBe('opponent');
    expect(value(await handlers['history.asOf']({ accountId: demo.account.id, day: '2026-10-01' }))).toEqual({
      found: false,
      day: '2026-10-01',
      reason: 'before-account',
      firstDay: importDay,
    });
    const unknown = await handlers['history.asOf']({ accountId: 'nobody', day: '2026-10-01' });
    expect(unknown.ok ? null : unknown.error.code).toBe('not-found');
    const badDay = await dispatch(handlers, 'history.asOf', { accountId: demo.account.id, day: '2026-02-30' });
    expect(badDay.ok ? null : badDay.error.code).toBe('invalid-payload');
  });

  it('snapshots are taken, listed and deleted; history.compare sets a snapshot against now with the findings diff', async () => {
    const q3 = value(await handlers['snapshots.take']({ accountId: demo.account.id, name: 'Q3 review' }));
    expect(q3).toMatchObject({ name: 'Q3 review', kind: 'user', accountId: demo.account.id });
    store.applyOps(updatePerson(demo, coach.id, { attitude: 'opponent' }).forward);
    const compared = value(await handlers['history.compare']({ accountId: demo.account.id, from: { snapshotId: q3.id }, to: 'now' })) as Extract<CompareView, { found: true }>;
    expect(compared.from).toMatchObject({ snapshotName: 'Q3 review', day: q3.day });
    expect(compared.to.day).toBe('2026-11-30');
    expect(compared.diff.changes).toContainEqual(expect.objectContaining({ entityId: coach.id, before: { attitude: coach.attitude }, after: { attitude: 'opponent' } }));
    expect(compared.diff.findings.metrics.length).toBeGreaterThan(0);
    const early = value(await handlers['history.compare']({ accountId: demo.account.id, from: { day: '2026-01-01' }, to: 'now' }));
    expect(early).toMatchObject({ found: false, side: 'from', reason: 'before-account' });
    const wrong = await handlers['history.compare']({ accountId: demo.account.id, from: { snapshotId: 'nope' }, to: 'now' });
    expect(wrong.ok ? null : wrong.error.code).toBe('not-found');
    expect(value(await handlers['snapshots.list']({ accountId: demo.account.id })).map((s) => s.name)).toEqual(['Q3 review']);
    expect(value(await handlers['snapshots.delete']({ snapshotId: q3.id }))).toEqual({ deleted: true });
    expect(value(await handlers['snapshots.list']({ accountId: demo.account.id }))).toEqual([]);
  });

  it('history.compact folds the records before a day into a snapshot; the map before it is no longer shown, the future is refused', async () => {
    // The store's clock moves a day a write: the import falls on 9 Nov, the edits on 10, 11 and 12 Nov.
    for (const attitude of ['opponent', 'neutral', 'supporter'] as const) store.applyOps(updatePerson(demo, coach.id, { attitude }).forward);
    const before = store.history(demo.account.id).length;

    const done = value(await handlers['history.compact']({ accountId: demo.account.id, before: '2026-11-11' }));

    expect(done).toMatchObject({ accountId: demo.account.id, firstDay: expect.any(String), snapshotId: expect.any(String) });
    expect(done!.removed).toBeGreaterThan(0);
    expect(store.history(demo.account.id).length).toBeLessThan(before + done!.baseline);
    expect(value(await handlers['history.asOf']({ accountId: demo.account.id, day: '2026-11-09' }))).toMatchObject({ found: false, reason: 'compacted', firstDay: done!.firstDay });
    // The last day folded in stays exact: the baseline is the account at its end.
    expect(value(await handlers['history.asOf']({ accountId: demo.account.id, day: done!.firstDay }))).toMatchObject({ found: true });
    // Today's account is untouched, and so is the last day's map.
    expect(store.openAccount(demo.account.id)!.people.find((p) => p.id === coach.id)!.attitude).toBe('supporter');
    expect(value(await handlers['snapshots.list']({ accountId: demo.account.id })).map((s) => s.kind)).toContain('compaction');

    const future = await handlers['history.compact']({ accountId: demo.account.id, before: '2027-01-01' });
    expect(future.ok ? null : future.error).toMatchObject({ code: 'invalid-payload', key: 'historyCompact.future' });
  });

  it('history.trend gives every account twelve month-end points, the last as of today', async () => {
    const rows = value(await handlers['history.trend']({}));
    expect(rows.map((r) => r.accountId)).toEqual([demo.account.id]);
    const points = rows[0]!.points;
    expect(points).toHaveLength(12);
    expect(points.at(-1)).toMatchObject({ month: '2026-11', day: '2026-11-30' });
    expect(points.at(-1)!.weightedCoverage).toEqual(expect.any(Number));
    expect(points[0]).toMatchObject({ month: '2025-12', day: '2025-12-31', weightedCoverage: null, redFlags: null });
  });
});
