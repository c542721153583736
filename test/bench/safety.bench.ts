import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createStore } from '../../node/db';
import { checkDatabase } from '../../node/db/health';
import { syntheticAccount } from '../support/synthetic-account';
import { median, ms, table, watchEventLoop } from './stats';

/**
 * Data safety on a large database (200 accounts, 10,000 people): a backup through the online backup
 * API on a worker thread (target < 1 s, the event loop never blocked 50 ms or more) against a plain file copy of
 * the same file, and the check at start (target < 300 ms) against opening the file and counting rows.
 */
export async function runSafetyBench(runs = 5): Promise<Record<string, string | number>[]> {
  const dir = mkdtempSync(join(tmpdir(), 'power-map-bench-safety-'));
  try {
    const dbPath = join(dir, 'large.sqlite3');
    const store = createStore(dbPath);
    for (let i = 0; i < 200; i += 1) store.importAccount(syntheticAccount(50, i + 1, `account-${i}`));
    const sizeMb = (statSync(dbPath).size / 1024 / 1024).toFixed(1);

    const backups: number[] = [];
    const blocked: number[] = [];
    const copies: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const stop = watchEventLoop();
      const start = performance.now();
      await store.backupTo(join(dir, `backup-${run}.sqlite3`));
      backups.push(performance.now() - start);
      blocked.push(stop());
      const copyStart = performance.now();
      copyFileSync(dbPath, join(dir, `copy-${run}.sqlite3`));
      copies.push(performance.now() - copyStart);
    }
    store.close();
    // The same watch over an idle wait as long as a backup: on a shared machine the scheduler alone
    // delays timers, and this is the floor the backup's figure stands on.
    const idle: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const stop = watchEventLoop();
      await new Promise((resolve) => setTimeout(resolve, median(backups)));
      idle.push(stop());
    }

    const checks: number[] = [];
    const counts: number[] = [];
    let fullCheck = false;
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      const check = checkDatabase(dbPath);
      checks.push(performance.now() - start);
      fullCheck = check.fullCheck;
      if (check.people !== 10_000) throw new Error(`expected 10,000 people, the check counted ${check.people}`);
      const rawStart = performance.now();
      const raw = new Database(dbPath, { readonly: true });
      raw.prepare('SELECT count(*) FROM people').get();
      raw.close();
      counts.push(performance.now() - rawStart);
    }
    return [
      { job: `backup (${sizeMb} MB)`, p50: ms(median(backups), 0), worst: ms(Math.max(...backups), 0), 'longest event-loop block': ms(Math.max(...blocked), 0), reference: `file copy ${ms(median(copies), 0)}; idle loop's longest gap ${ms(Math.max(...idle), 0)}`, target: '< 1 s, block < 50 ms' },
      { job: `start check (${fullCheck ? 'integrity_check' : 'quick_check'})`, p50: ms(median(checks), 0), worst: ms(Math.max(...checks), 0), 'longest event-loop block': '-', reference: `open + count ${ms(median(counts), 1)}`, target: '< 300 ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) table(await runSafetyBench());
