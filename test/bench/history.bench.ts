import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createStore } from '../../node/db';
import { accountAsOf } from '../../shared/history/asOf';
import { ATTITUDES, type Op } from '../../shared/model';
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

/** A store on `dbPath` whose clock moves STEP_MS per write, and the app's edits on the synthetic account's people. */
function steppingStore(dbPath: string, people: number, from: number) {
  let now = from;
  const store = createStore(dbPath, { now: () => new Date((now += STEP_MS)), defaultActor: 'bench' });
  const data = syntheticAccount(people);
  const ids = data.people.map((p) => p.id);
  const attitudes = new Map(data.people.map((p) => [p.id, ATTITUDES.indexOf(p.attitude)]));
  /** `count` edits, `perCall` to a transaction (the size benchmark batches them to save time; each op is its own record). */
  const edit = (count: number, perCall: number) => {
    for (let i = 0; i < count; i += perCall) store.applyOps(Array.from({ length: Math.min(perCall, count - i) }, (_, k) => editFor(ids, i + k, attitudes)));
  };
  return { store, data, edit, lastDay: () => new Date(now).toISOString().slice(0, 10) };
}

function tempDb() {
  const dir = mkdtempSync(join(tmpdir(), 'power-map-history-bench-'));
  return { dbPath: join(dir, 'bench.sqlite3'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The map as of a day: the change log read and replayed (what the as-of view does) vs opening today's account. */
export function benchAsOf(people = 300, changes = 20_000, reads = 30): Record<string, string | number>[] {
  const temp = tempDb();
  const fx = steppingStore(temp.dbPath, people, START);
  const accountId = fx.data.account.id;
  fx.store.importAccount(fx.data);
  fx.edit(changes, 1);
  const last = fx.lastDay();
  const middle = new Date((START + Date.parse(last)) / 2).toISOString().slice(0, 10);
  const records = fx.store.history(accountId);
  const reader = new Database(temp.dbPath, { readonly: true });
  const raw = reader.prepare('SELECT * FROM changes WHERE account_id = ? ORDER BY hlc, seq');
  const rows: Record<string, string | number>[] = [];
  for (const day of [middle, last]) {
    timeEach(3, () => accountAsOf(fx.store.history(accountId), accountId, day));
    const full = timeEach(reads, () => accountAsOf(fx.store.history(accountId), accountId, day));
    const replay = timeEach(reads, () => accountAsOf(records, accountId, day));
    const open = timeEach(reads, () => fx.store.openAccount(accountId));
    const select = timeEach(reads, () => raw.all(accountId));
    rows.push({
      'as of': day === last ? `${day} (last day)` : `${day} (middle)`,
      records: records.length,
      'read + replay p50': ms(median(full), 1),
      'read + replay p95': ms(percentile(full, 95), 1),
      'replay alone p50': ms(median(replay), 1),
      'raw SELECT of the records p50 (reference)': ms(median(select), 1),
      'open today p50 (reference)': ms(median(open), 1),
    });
  }
  reader.close();
  fx.store.close();
  temp.remove();
  return rows;
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
  console.log('\nHistory: the map as of a day, 300 people (target < 50 ms)');
  table(benchAsOf(300, small ? 2_000 : 20_000));
  console.log('\nHistory: what the change log adds to the database file, after a checkpoint (target < 40 MB for 100,000 changes)');
  table(benchHistorySize(300, small ? 10_000 : 100_000));
}
