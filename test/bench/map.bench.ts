import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { serveRenderer } from '../e2e/static-server';
import { median, ms, percentile, table } from './stats';

/**
 * Issue 2's drawing target, at 50, 300 and 2,000 people (about two links each), in headless Chromium,
 * from "asked to draw" to the first painted frame. Two references drawn in the same run, alternating
 * with ours so drift in the machine's load hits all three alike:
 *   (i)  bare Cytoscape, the same elements and positions, Cytoscape's default stylesheet: ours / (i)
 *        is the cost of the styling itself plus our component;
 *   (ii) bare Cytoscape, the same elements and positions AND our stylesheet: the same map drawn without
 *        our component (React, layout plan, conversion, diffing, gestures). Ours / (ii) is the
 *        component's overhead, target within 1.3x.
 * Also one edit (a person's attitude through a new `data` prop) to the next painted frame, beside the
 * same change made directly on a styled bare graph, and an overlay change (about 20 elements marked
 * through a new `overlays` prop) to the next painted frame. Prints figures, asserts nothing: timings
 * depend on the machine.
 *
 *   node --import tsx test/bench/map.bench.ts
 */

export interface BenchRow {
  people: number;
  ours: string;
  'bare (i)': string;
  'ours/(i)': string;
  'bare styled (ii)': string;
  'ours/(ii)': string;
  'edit p50/p95': string;
  'bare edit p50/p95': string;
  'overlay p50/p95': string;
}

const SIZES = [50, 300, 2000] as const;
const DRAWS = 7;
const WARM_UP = 2;
const EDITS = 30;
const OVERLAY_CHANGES = 20;

interface PageBench {
  showOurs(options: { people: number }): Promise<number>;
  showBare(options: { people: number; styled: boolean }): Promise<number>;
  editOnce(index: number): Promise<number>;
  bareEditOnce(index: number): Promise<number>;
  overlayOnce(index: number): Promise<number>;
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

/** Runs `count` samples after `warmUp` discarded ones. */
async function sample(count: number, warmUp: number, take: (i: number) => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < warmUp + count; i += 1) {
    const value = await take(i);
    if (i >= warmUp) out.push(value);
  }
  return out;
}

const spread = (samples: readonly number[]): string => `${ms(percentile(samples, 50), 1)} / ${ms(percentile(samples, 95), 1)}`;

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
        const styled: number[] = [];
        // Alternate the three so drift in the machine's load hits all alike; the first rounds warm up.
        for (let round = 0; round < WARM_UP + DRAWS; round += 1) {
          const a = await call(page, 'showBare', { people, styled: false });
          const b = await call(page, 'showBare', { people, styled: true });
          const c = await call(page, 'showOurs', { people });
          if (round >= WARM_UP) {
            bare.push(a);
            styled.push(b);
            ours.push(c);
          }
        }
        await call(page, 'showOurs', { people });
        const edits = await sample(EDITS, 3, (i) => call(page, 'editOnce', i * 7));
        // People 300: the overlay case (about 20 elements marked); measured at every size anyway.
        const overlays = await sample(OVERLAY_CHANGES, 2, (i) => call(page, 'overlayOnce', i));
        await call(page, 'showBare', { people, styled: true });
        const bareEdits = await sample(EDITS, 3, (i) => call(page, 'bareEditOnce', i * 7));
        rows.push({
          people,
          ours: ms(median(ours), 1),
          'bare (i)': ms(median(bare), 1),
          'ours/(i)': (median(ours) / median(bare)).toFixed(2),
          'bare styled (ii)': ms(median(styled), 1),
          'ours/(ii)': (median(ours) / median(styled)).toFixed(2),
          'edit p50/p95': spread(edits),
          'bare edit p50/p95': spread(bareEdits),
          'overlay p50/p95': spread(overlays),
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
