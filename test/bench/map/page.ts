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
