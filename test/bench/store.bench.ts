import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createStore } from '../../node/db';
import type { Op } from '../../shared/model';
import { syntheticAccount } from '../support/synthetic-account';
import { ms, percentile, table, timeEach } from './stats';

/**
 * One user edit persisted at the store (applyOps: validation of ends, the write, its change record in
 * the history, the account's updatedAt, one transaction) against the same row written by a raw prepared
 * statement on the same file in the same run, and by that statement plus a raw INSERT of a change row in
 * one transaction. Target (issue 12): p95 < 0.2 ms at the store, with the change record.
 */
export function benchStore(sizes: readonly number[] = [50, 300, 2000], edits = 2000): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'power-map-bench-'));
    const dbPath = join(dir, 'bench.sqlite3');
    const store = createStore(dbPath);
    const data = syntheticAccount(size);
    store.importAccount(data);
    const ids = data.people.map((p) => p.id);
    const move = (i: number): Op => ({ op: 'patch', entity: 'person', id: ids[i % ids.length]!, patch: { x: i, y: 100 } });
    timeEach(200, (i) => store.applyOps([move(i)])); // warm-up
    const storeSamples = timeEach(edits, (i) => store.applyOps([move(i)]));

    const raw = new Database(dbPath);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    const update = raw.prepare('UPDATE people SET x = ?, y = ? WHERE id = ?');
    timeEach(200, (i) => update.run(i, 100, ids[i % ids.length]));
    const rawSamples = timeEach(edits, (i) => update.run(i, 100, ids[i % ids.length]));
    const insert = raw.prepare(
      `INSERT INTO changes (id, account_id, hlc, at, actor, origin, entity, entity_id, kind, before, after)
       VALUES (?, ?, ?, ?, 'bench', 'edit', 'person', ?, 'update', ?, ?)`,
    );
    const withRecord = raw.transaction((i: number) => {
      const id = ids[i % ids.length]!;
      update.run(i, 100, id);
      insert.run(randomUUID(), data.account.id, `raw-${i}`, '2026-12-07T00:00:00.000Z', id, JSON.stringify({ x: i - 1, y: 100 }), JSON.stringify({ x: i, y: 100 }));
    });
    timeEach(200, (i) => withRecord(i));
    const rawRecordSamples = timeEach(edits, (i) => withRecord(i));
    raw.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });

    rows.push({
      people: size,
      'store p50': ms(percentile(storeSamples, 50)),
      'store p95': ms(percentile(storeSamples, 95)),
      'raw p50': ms(percentile(rawSamples, 50)),
      'raw p95': ms(percentile(rawSamples, 95)),
      'raw + record p95': ms(percentile(rawRecordSamples, 95)),
      'p50 ratio': (percentile(storeSamples, 50) / percentile(rawSamples, 50)).toFixed(1),
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) table(benchStore());

/**
 * Reading a whole account as the app does when it is opened (accounts.open: every record, checked and
 * mapped to domain types) against raw SELECTs of the same tables' rows on the same file.
 */
export function benchOpen(sizes: readonly number[] = [50, 300, 2000], reads = 40): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'power-map-bench-'));
    const dbPath = join(dir, 'bench.sqlite3');
    const store = createStore(dbPath);
    const data = syntheticAccount(size);
    store.importAccount(data);
    const id = data.account.id;
    timeEach(5, () => store.openAccount(id));
    const storeSamples = timeEach(reads, () => store.openAccount(id));

    const raw = new Database(dbPath, { readonly: true });
    const selects = ['people', 'links', 'team_members', 'competitors'].map((name) => raw.prepare(`SELECT * FROM ${name} WHERE account_id = ?`));
    const readRaw = () => selects.forEach((select) => select.all(id));
    timeEach(5, readRaw);
    const rawSamples = timeEach(reads, readRaw);
    raw.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });

    rows.push({
      people: size,
      'open p50': ms(percentile(storeSamples, 50), 2),
      'raw select p50': ms(percentile(rawSamples, 50), 2),
      ratio: (percentile(storeSamples, 50) / percentile(rawSamples, 50)).toFixed(1),
    });
  }
  return rows;
}
