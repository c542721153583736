import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { serveRenderer } from '../e2e/static-server';
import { median, ms, percentile, table } from './stats';

/**
 * Issue 2's drawing target: our PowerMap within 1.3x of bare Cytoscape given the same elements and
 * positions, at 50, 300 and 2,000 people (about two links each), measured from "asked to draw" to the
 * first painted frame in headless Chromium; plus one edit (a person's attitude through a new `data`
 * prop) to the next painted frame. Prints figures, asserts nothing: timings depend on the machine.
 *
 *   node --import tsx test/bench/map.bench.ts
 */

export interface BenchRow {
  people: number;
  'ours (median)': string;
  'bare (median)': string;
  ratio: string;
  'edit p50': string;
  'edit p95': string;
}

const SIZES = [50, 300, 2000] as const;
const DRAWS = 7;
const WARM_UP = 2;
const EDITS = 30;

interface PageBench {
  showOurs(options: { people: number }): Promise<number>;
  showBare(people: number): Promise<number>;
  editOnce(index: number): Promise<number>;
}

/** Calls into the page's window.__mapBench (test/bench/map/main.tsx). */
function call<K extends keyof PageBench>(page: Page, method: K, arg: Parameters<PageBench[K]>[0]): Promise<number> {
  return page.evaluate(
    ([name, value]) => {
      const bench = (globalThis as unknown as { __mapBench: Record<string, (v: unknown) => Promise<number>> }).__mapBench;
      const fn = bench[name];
      if (!fn) throw new Error(`no bench method ${name}`);
      return fn(value);
    },
    [method, arg] as const,
  );
}

async function buildPage(outDir: string): Promise<void> {
  await build({ configFile: join(import.meta.dirname, 'map', 'vite.config.ts'), build: { outDir }, logLevel: 'error' });
}

export async function runMapBench(sizes: readonly number[] = SIZES): Promise<BenchRow[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'power-map-map-bench-'));
  const rows: BenchRow[] = [];
  try {
    await buildPage(outDir);
    const server = await serveRenderer(outDir);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      page.on('pageerror', (error) => console.error('page error:', error.message));
      await page.goto(server.url);
      await page.waitForFunction(() => '__mapBench' in globalThis);
      for (const people of sizes) {
        const ours: number[] = [];
        const bare: number[] = [];
        // Alternate the two so drift in the machine's load hits both alike; the first rounds warm up.
        for (let round = 0; round < WARM_UP + DRAWS; round += 1) {
          const a = await call(page, 'showBare', people);
          const b = await call(page, 'showOurs', { people });
          if (round >= WARM_UP) {
            bare.push(a);
            ours.push(b);
          }
        }
        await call(page, 'showOurs', { people });
        const edits: number[] = [];
        for (let i = 0; i < EDITS + 3; i += 1) {
          const sample = await call(page, 'editOnce', i * 7);
          if (i >= 3) edits.push(sample);
        }
        rows.push({
          people,
          'ours (median)': ms(median(ours), 1),
          'bare (median)': ms(median(bare), 1),
          ratio: (median(ours) / median(bare)).toFixed(2),
          'edit p50': ms(percentile(edits, 50), 1),
          'edit p95': ms(percentile(edits, 95), 1),
        });
      }
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runMapBench().then(
    (rows) => table(rows as unknown as Record<string, string | number>[]),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
