import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { serveRenderer } from '../../e2e/static-server';

/**
 * The map bench page (index.html, main.tsx) built, served and opened in headless Chromium at 1440x900, for
 * the scripts that look into the map's costs; everything is closed and removed when `use` ends.
 */
export async function withBenchPage<T>(use: (page: Page) => Promise<T>, options: { minify?: boolean } = {}): Promise<T> {
  const outDir = mkdtempSync(join(tmpdir(), 'power-map-bench-page-'));
  try {
    await build({ configFile: join(import.meta.dirname, 'vite.config.ts'), build: { outDir, minify: options.minify ?? true }, logLevel: 'error' });
    const server = await serveRenderer(outDir);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(server.url);
      await page.waitForFunction(() => '__mapBench' in globalThis);
      return await use(page);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * A clock of the page's main-thread CPU time in seconds (Chromium's TaskDuration counted in thread time):
 * other work on a busy machine stretches the wall clock far more than this.
 */
export async function mainThreadClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
  };
}
