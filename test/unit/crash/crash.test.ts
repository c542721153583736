import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../../node/db';
import { parseDbKey, type DbKey } from '../../../node/db/db-key';
import { checkDatabase } from '../../../node/db/health';

/**
 * Kill -9 while the store writes: a child process edits (or imports) through node/db and prints an
 * acknowledgement after each commit; it is killed with SIGKILL at a random moment. Afterwards the file
 * must pass SQLite's integrity check and hold every acknowledged edit, and nothing half-written.
 * One chain of each test writes an encrypted database.
 */

const KEY = parseDbKey('7c'.repeat(32))!;

const dir = mkdtempSync(join(tmpdir(), 'power-map-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const WRITER = join(dir, 'crash-writer.cjs');

// Bundled once, so each of the many child processes starts in a fraction of a second (tsx would
// compile the store's sources again in every child).
beforeAll(async () => {
  await build({ entryPoints: [join(import.meta.dirname, 'crash-writer.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['better-sqlite3'], outfile: WRITER, logLevel: 'silent' });
});

interface Trial {
  acknowledged: string[];
  signal: NodeJS.Signals | null;
}

/** Runs the writer, kills it `afterMs` after it is ready to write. */
function killDuring(dbPath: string, mode: 'edits' | 'import', afterMs: number, key: DbKey | undefined): Promise<Trial> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dbPath, mode, ...(key === undefined ? [] : [key])], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') },
    });
    const acknowledged: string[] = [];
    let buffered = '';
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), afterMs);
        else acknowledged.push(line);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`writer failed (${code}): ${errors}`));
      else resolve({ acknowledged, signal });
    });
  });
}

const CHAINS = 3; // database files killed in parallel, each again and again
const KILLS_PER_CHAIN = 4;
const TRIALS = CHAINS * KILLS_PER_CHAIN; // per test: 24 kills in all
/** A random moment within the writing (seeded, so a failure can be replayed). */
const moment = (trial: number) => ((trial * 7919) % 97) * 2 + 5;

/**
 * Runs `trial` on CHAINS files in parallel, KILLS_PER_CHAIN times each in turn; the last chain's file
 * is encrypted (`access.key`). Returns how many ended in a kill.
 */
async function chains(name: string, trial: (dbPath: string, index: number, access: { key?: DbKey }) => Promise<Trial>): Promise<number> {
  const results = await Promise.all(
    Array.from({ length: CHAINS }, async (_, chain) => {
      let kills = 0;
      const access = chain === CHAINS - 1 ? { key: KEY } : {};
      for (let k = 0; k < KILLS_PER_CHAIN; k += 1) {
        const { signal } = await trial(join(dir, `${name}-${chain}.sqlite3`), chain * KILLS_PER_CHAIN + k, access);
        if (signal === 'SIGKILL') kills += 1;
      }
      return kills;
    }),
  );
  return results.reduce((a, b) => a + b, 0);
}

describe('kill -9 while writing', () => {
  it(`keeps every acknowledged edit over ${TRIALS} kills during 1,000 edits`, async () => {
    const kills = await chains('edits', async (dbPath, trial, access) => {
      const outcome = await killDuring(dbPath, 'edits', moment(trial), access.key);
      expect(checkDatabase(dbPath, access)).toMatchObject({ ok: true, status: 'healthy', fullCheck: true, encrypted: access.key !== undefined });
      const store = createStore(dbPath, access);
      try {
        const account = store.openAccount('crash-account')!;
        const ids = new Set(account.competitors.map((c) => c.id));
        expect(outcome.acknowledged.filter((id) => !ids.has(id))).toEqual([]);
        // Each edit's three changes landed together: the notes count every competitor added.
        expect(Number(account.account.notes)).toBe(account.competitors.length);
      } finally {
        store.close();
      }
      return outcome;
    });
    expect(kills).toBeGreaterThanOrEqual(TRIALS - 1);
  }, 60_000);

  it(`keeps every acknowledged import, and no half import, over ${TRIALS} kills during imports`, async () => {
    const kills = await chains('imports', async (dbPath, trial, access) => {
      const outcome = await killDuring(dbPath, 'import', moment(trial + 50), access.key);
      expect(checkDatabase(dbPath, access)).toMatchObject({ ok: true, status: 'healthy', encrypted: access.key !== undefined });
      const store = createStore(dbPath, access);
      try {
        const accounts = store.listAccounts();
        const present = new Set(accounts.map((a) => a.id));
        expect(outcome.acknowledged.filter((id) => !present.has(id))).toEqual([]);
        expect(accounts.filter((a) => a.peopleCount !== 300)).toEqual([]);
      } finally {
        store.close();
      }
      return outcome;
    });
    expect(kills).toBeGreaterThanOrEqual(TRIALS - 1);
  }, 60_000);
});
