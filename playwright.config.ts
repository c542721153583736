import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built renderer (out/renderer) in Debian's Chromium against the real
 * main-process handlers and a real SQLite file; only the Electron IPC transport is replaced (see
 * test/e2e/harness.ts). Playwright's own browser downloads are unavailable here, hence executablePath.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    // The app honours the system's "reduce motion" setting (no gliding view, no CSS animations): fewer
    // frames for software rendering to draw. Tests that are about motion set it back where they need it.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Less work for the software renderer, and no throttling of a page that Chromium thinks is hidden.
        '--disable-smooth-scrolling',
        '--disable-renderer-backgrounding',
        '--disable-background-timer-throttling',
        '--disable-backgrounding-occluded-windows',
        '--force-device-scale-factor=1',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
