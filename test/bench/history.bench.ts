import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createStore } from '../../node/db';
import { localDayOf } from '../../node/db/history-store';
import { analyze } from '../../shared/analysis';
import { accountAsOf } from '../../shared/history/asOf';
import { compareAccounts } from '../../shared/history/compare';
import { mergeEdit, planMerge } from '../../shared/history/merge';
import { ATTITUDES, type AccountData, type Op } from '../../shared/model';
import { syntheticAccount } from '../support/synthetic-account';
import { median, ms, percentile, table, timeEach } from './stats';

/**
 * The history (issue 12): the map as of a date, and what the change log costs on disk. Edits are the
 * app's own (applyOps, each with its change record), a clock moving two minutes per edit so the changes
 * spread over weeks; a mix of moves, attitudes, titles and contact dates, as a KAM's work would give.
 */

const START = Date.parse('2026-01-05T08:00:00.000Z');
const STEP_MS = 2 * 60 * 1000;

/** Every edit changes something (an edit that changes nothing records nothing), so `count` edits are `count` records. */
function editFor(ids: readonly string[], i: number, attitudes: Map<string, number>): Op {
  const id = ids[(i * 7919) % ids.length]!;
  switch (i % 4) {
    case 0:
      return { op: 'patch', entity: 'person', id, patch: { x: i, y: (i * 29) % 900 } };
    case 1: {
      const next = ((attitudes.get(id) ?? 0) + 1) % ATTITUDES.length;
      attitudes.set(id, next);
      return { op: 'patch', entity: 'person', id, patch: { attitude: ATTITUDES[next]! } };
    }
    case 2:
      return { op: 'patch', entity: 'person', id, patch: { title: `Deputy director, programme ${i}` } };
    default:
      return { op: 'patch', entity: 'person', id, patch: { nextStep: `Call about the pilot review, round ${i}` } };
  }
}

/** Like timeEach, in CPU time of this process (user + system): less of the shared machine's noise than the wall clock. */
function cpuEach(count: number, fn: () => void): number[] {
  return Array.from({ length: count }, () => {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  });
}

/** A store on `dbPath` whose clock moves STEP_MS per write, and the app's edits on the synthetic account's people. */
function steppingStore(dbPath: string, people: number, from: number, step = STEP_MS, checkpoints: 'writer' | 'inline' = 'writer') {
  let now = from;
  const store = createStore(dbPath, { now: () => new Date((now += step)), defaultActor: 'bench', checkpoints });
  const data = syntheticAccount(people);
  const ids = data.people.map((p) => p.id);
  const attitudes = new Map(data.people.map((p) => [p.id, ATTITUDES.indexOf(p.attitude)]));
  /** `count` edits, `perCall` to a transaction (the size benchmark batches them to save time; each op is its own record). */
  const edit = (count: number, perCall: number, from = 0) => {
    for (let i = from; i < from + count; i += perCall) store.applyOps(Array.from({ length: Math.min(perCall, from + count - i) }, (_, k) => editFor(ids, i + k, attitudes)));
  };
  return { store, data, edit, lastDay: () => new Date(now).toISOString().slice(0, 10) };
}

function tempDb() {
  const dir = mkdtempSync(join(tmpdir(), 'power-map-history-bench-'));
  return { dbPath: join(dir, 'bench.sqlite3'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The map as of a day: the nearest checkpoint and the records after it, against reading and replaying the whole log (before checkpoints). */
export function benchAsOf(people = 300, changes = 20_000, reads = 30): Record<string, string | number>[] {
  const temp = tempDb();
  const fx = steppingStore(temp.dbPath, people, START);
  const accountId = fx.data.account.id;
  fx.store.importAccount(fx.data);
  const edits = timeEach(changes, (i) => fx.edit(1, 1, i));
  const last = fx.lastDay();
  const middle = new Date((START + Date.parse(last)) / 2).toISOString().slice(0, 10);
  const records = fx.store.history(accountId);
  const reader = new Database(temp.dbPath, { readonly: true });
  const raw = reader.prepare('SELECT * FROM changes WHERE account_id = ? ORDER BY hlc, seq');
  const checkpoints = reader.prepare('SELECT count(*) FROM history_checkpoints WHERE account_id = ?').pluck().get(accountId) as number;
  const rows: Record<string, string | number>[] = [];
  for (const day of [middle, last]) {
    timeEach(3, () => fx.store.accountOnDay(accountId, day));
    const fast = timeEach(reads, () => fx.store.accountOnDay(accountId, day));
    const fastCpu = cpuEach(reads, () => fx.store.accountOnDay(accountId, day));
    const full = timeEach(Math.ceil(reads / 3), () => accountAsOf(fx.store.history(accountId), accountId, day, localDayOf));
    const open = timeEach(reads, () => fx.store.openAccount(accountId));
    const select = timeEach(reads, () => raw.all(accountId));
    rows.push({
      'as of': day === last ? `${day} (last day)` : `${day} (middle)`,
      records: records.length,
      checkpoints,
      'as of p50': ms(median(fast), 1),
      'as of p95': ms(percentile(fast, 95), 1),
      'as of, CPU time p50': ms(median(fastCpu), 1),
      'whole log read + replayed p50 (before)': ms(median(full), 1),
      'raw SELECT of the whole log p50 (reference)': ms(median(select), 1),
      'open today p50 (reference)': ms(median(open), 1),
    });
  }
  rows.push({
    'as of': 'one edit with its record, while recording',
    records: changes,
    checkpoints,
    'as of p50': ms(median(edits), 3),
    'as of p95': ms(percentile(edits, 95), 3),
    'as of, CPU time p50': '',
    'whole log read + replayed p50 (before)': `max ${ms(Math.max(...edits), 1)} (an edit that takes a checkpoint)`,
    'raw SELECT of the whole log p50 (reference)': '',
    'open today p50 (reference)': '',
  });
  reader.close();
  fx.store.close();
  temp.remove();
  return rows;
}

/**
 * What an ordinary edit costs while the history records it, and its longest pause: before, the edit
 * that brought the account to a checkpoint (every 500 records) replayed and compressed it in its own
 * transaction; after, the writer thread takes it beside the app's connection. The raw UPDATE of the
 * same rows on a second connection, no store and no record, is the reference.
 */
export async function benchEditPause(people = 300, edits = 2_000): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  for (const mode of ['inline', 'writer'] as const) {
    const temp = tempDb();
    const fx = steppingStore(temp.dbPath, people, START, STEP_MS, mode);
    const accountId = fx.data.account.id;
    fx.store.importAccount(fx.data);
    // The writer thread started and warm, as in the app after its first large edit (from source it compiles first).
    await fx.store.applyLargeEdit([]);
    fx.edit(50, 1);
    const recordsBefore = fx.store.history(accountId).length;
    const times = timeEach(edits, (i) => fx.edit(1, 1, 50 + i));
    // The edits whose record is a 500th since the last checkpoint: the ones that took it, before.
    const due = times.filter((_, i) => (recordsBefore + i + 1) % 500 === 0);
    await fx.store.checkpointsSettled();
    const raw = new Database(temp.dbPath);
    const update = raw.prepare('UPDATE people SET x = ?, y = ? WHERE id = ?');
    const ids = fx.data.people.map((p) => p.id);
    const rawTimes = timeEach(edits, (i) => update.run(i, i % 900, ids[(i * 7919) % ids.length]));
    const checkpoints = raw.prepare('SELECT count(*) FROM history_checkpoints WHERE account_id = ?').pluck().get(accountId) as number;
    raw.close();
    fx.store.close();
    temp.remove();
    rows.push({
      checkpoint: mode === 'inline' ? 'in the edit transaction (before)' : 'on the writer thread (after)',
      edits,
      'edit + record p50': ms(median(times), 3),
      'edit + record p95': ms(percentile(times, 95), 3),
      'edits reaching a checkpoint': due.map((t) => ms(t, 1)).join(', '),
      'longest edit': ms(Math.max(...times), 1),
      'edits over 5 ms': times.filter((t) => t > 5).length,
      'raw UPDATE p95 (reference)': ms(percentile(rawTimes, 95), 3),
      'raw UPDATE p50 (reference)': ms(median(rawTimes), 3),
      'p50 / raw p50': (median(times) / median(rawTimes)).toFixed(1),
      'p95 / raw p95': (percentile(times, 95) / percentile(rawTimes, 95)).toFixed(1),
      'checkpoints kept': checkpoints,
    });
  }
  return rows;
}

/** Two dates compared with both analyses (the Compare view), against the two as-of reads alone. */
export function benchCompare(people = 300, changes = 20_000, reads = 20): Record<string, string | number>[] {
  const temp = tempDb();
  // Fifty edits a write, the clock moving as for fifty: the same weeks as the as-of benchmark.
  const fx = steppingStore(temp.dbPath, people, START, STEP_MS * 50);
  const accountId = fx.data.account.id;
  fx.store.importAccount(fx.data);
  fx.edit(changes, 50);
  const last = fx.lastDay();
  const early = new Date(START + (Date.parse(last) - START) / 4).toISOString().slice(0, 10);
  const both = (): [AccountData, AccountData] => {
    const a = fx.store.accountOnDay(accountId, early);
    const b = fx.store.accountOnDay(accountId, last);
    if (!a?.found || !b?.found) throw new Error('no map on the benchmark days');
    return [a.data, b.data];
  };
  const compare = () => {
    const [a, b] = both();
    return compareAccounts(a, b, { today: early }, { today: last });
  };
  timeEach(3, compare);
  const whole = timeEach(reads, compare);
  const wholeCpu = cpuEach(reads, compare);
  const reading = timeEach(reads, both);
  const [a, b] = both();
  const analyses = timeEach(reads, () => [analyze(a, { today: early }), analyze(b, { today: last })]);
  fx.store.close();
  temp.remove();
  return [
    {
      compared: `${early} -> ${last}`,
      records: changes,
      'compare p50': ms(median(whole), 1),
      'compare p95': ms(percentile(whole, 95), 1),
      'compare, CPU time p50': ms(median(wholeCpu), 1),
      'the two as-of reads p50': ms(median(reading), 1),
      'the two analyses alone p50 (reference)': ms(median(analyses), 1),
    },
  ];
}

/**
 * The portfolio's trend lines: `accounts` accounts of `people` people, each with `editsPerAccount` edits
 * spread over the last year; month-end weighted coverage and red flags for 12 months, the first time
 * (every past month rebuilt from checkpoints and analysed) and then (closed months from the cache),
 * against analysing every account once as the portfolio does.
 */
export function benchTrend(accounts = 200, people = 50, editsPerAccount = 500): Record<string, string | number>[] {
  const temp = tempDb();
  const today = '2026-12-07';
  const yearAgo = Date.parse('2025-12-01T09:00:00.000Z');
  let now = yearAgo;
  const store = createStore(temp.dbPath, { now: () => new Date(now), defaultActor: 'bench' });
  const all = Array.from({ length: accounts }, (_, a) => syntheticAccount(people, a + 1, `trend-${a}`));
  for (const data of all) store.importAccount(data);
  const perCall = 10;
  const calls = editsPerAccount / perCall;
  const span = Date.parse(`${today}T08:00:00.000Z`) - yearAgo;
  const attitudes = all.map((data) => new Map(data.people.map((p) => [p.id, ATTITUDES.indexOf(p.attitude)])));
  for (let c = 0; c < calls; c += 1) {
    now = yearAgo + Math.floor((span * c) / calls);
    all.forEach((data, a) => {
      const ids = data.people.map((p) => p.id);
      store.applyOps(Array.from({ length: perCall }, (_, k) => editFor(ids, c * perCall + k, attitudes[a]!)));
    });
  }
  const cold = timeEach(1, () => store.trend(undefined, 12, today));
  const warm = timeEach(5, () => store.trend(undefined, 12, today));
  const portfolio = timeEach(5, () => store.allAccounts().map((data) => analyze(data, { today })));
  store.close();
  temp.remove();
  return [
    {
      accounts,
      people,
      'records per account': editsPerAccount + people * 3,
      'first time (12 months rebuilt)': ms(cold[0]!, 0),
      'then (closed months cached) p50': ms(median(warm), 0),
      'portfolio analysis of every account p50 (reference)': ms(median(portfolio), 0),
    },
  ];
}

/**
 * Merging a colleague's copy of a 300-person account: a tenth of the people changed by them, a tenth by
 * me (some by both), ten people added and five taken away with their links; the plan record by record
 * and the chosen differences as one edit, checked. Reference: comparing the same two versions (Compare).
 */
export function benchMerge(people = 300, runs = 20): Record<string, string | number>[] {
  const base = syntheticAccount(people, 7, 'merge');
  const change = (data: AccountData, every: number, title: string): AccountData => ({
    ...data,
    people: data.people.map((p, i) => (i % every === 0 ? { ...p, title: `${title} ${i}`, attitude: ATTITUDES[i % ATTITUDES.length]! } : p)),
  });
  const gone = new Set(base.people.slice(-5).map((p) => p.id));
  const added = syntheticAccount(10, 8, 'merge').people.map((p, i) => ({ ...p, id: `merge-new-${i}` }));
  const mineData = change(base, 10, 'Mine');
  const theirsData = change(base, 7, 'Theirs');
  const theirs: AccountData = {
    ...theirsData,
    people: [...theirsData.people.filter((p) => !gone.has(p.id)), ...added],
    links: theirsData.links.filter((l) => !gone.has(l.from) && !gone.has(l.to)),
  };
  const merge = () => {
    const plan = planMerge(mineData, theirs, base);
    const result = mergeEdit(mineData, plan);
    if (!result.ok) throw new Error(result.problems.join('; '));
    return { plan, result };
  };
  timeEach(3, merge);
  const whole = timeEach(runs, merge);
  const cpu = cpuEach(runs, merge);
  const compared = timeEach(runs, () => compareAccounts(mineData, theirs, { today: '2026-12-07' }));
  const { plan, result } = merge();
  return [
    {
      people,
      'records that differ': plan.items.length,
      'ops in the edit': result.edit.forward.length,
      'plan + edit p50': ms(median(whole), 1),
      'plan + edit p95': ms(percentile(whole, 95), 1),
      'plan + edit, CPU time p50': ms(median(cpu), 1),
      'compare of the same two with analyses p50 (reference)': ms(median(compared), 1),
    },
  ];
}

/** The database file's size after a checkpoint folds the write-ahead log into it. */
function checkpointedSize(dbPath: string): number {
  const db = new Database(dbPath);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return statSync(dbPath).size;
}

/** What `changes` recorded edits add to the database file, against the account alone. */
export function benchHistorySize(people = 300, changes = 100_000): Record<string, string | number>[] {
  const temp = tempDb();
  const setup = steppingStore(temp.dbPath, people, START);
  setup.store.importAccount(setup.data);
  setup.store.close();
  const before = checkpointedSize(temp.dbPath);
  const fx = steppingStore(temp.dbPath, people, START + 86_400_000);
  const started = performance.now();
  fx.edit(changes, 50);
  const seconds = (performance.now() - started) / 1000;
  const recorded = fx.store.history(setup.data.account.id).length;
  fx.store.close();
  const after = checkpointedSize(temp.dbPath);
  temp.remove();
  const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
  return [
    {
      people,
      'records in the log (the import included)': recorded,
      'edits recorded since "before"': changes,
      'file before': mb(before),
      'file after': mb(after),
      'added by the history': mb(after - before),
      'bytes per change': Math.round((after - before) / changes),
      'time to record': `${seconds.toFixed(1)} s`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const small = process.argv.includes('--small');
  console.log('\nHistory: one edit with its change record (target p95 < 0.2 ms at the store) and the longest of 2,000, checkpoints before and after');
  table(await benchEditPause(300, 2_000));
  console.log('\nHistory: the map as of a day, 300 people (target < 50 ms)');
  table(benchAsOf(300, small ? 2_000 : 20_000));
  console.log('\nHistory: two dates compared, both analyses (target < 100 ms)');
  table(benchCompare(300, small ? 2_000 : 20_000));
  console.log('\nHistory: merging a colleague\'s copy of a 300-person account (target < 200 ms)');
  table(benchMerge(300));
  console.log('\nHistory: the portfolio trend lines, 12 months');
  table(benchTrend(small ? 40 : 200, 50, small ? 100 : 500));
  console.log('\nHistory: what the change log adds to the database file, after a checkpoint (target < 40 MB for 100,000 changes)');
  table(benchHistorySize(300, small ? 10_000 : 100_000));
}
