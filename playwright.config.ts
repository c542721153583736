import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built renderer (out/renderer) in Debian's Chromium against the real
 * main-process handlers and a real SQLite file; only the Electron IPC transport is replaced (see
 * test/e2e/harness.ts). Playwright's own browser downloads are unavailable here, hence executablePath.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Playwright's own --disable-features list (playwright-core's chromiumSwitches.ts): Chromium keeps only the
 * last --disable-features switch, so ours must repeat it. Added to it: the omnibox's pop-up, a browser-UI
 * web page (chrome://omnibox-popup.top-chrome) that Chromium 15x preloads in an extra renderer process for
 * every new window, hence for every test's fresh context, though a headless run never shows it.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];
const UNSEEN_BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'PreloadTopChromeWebUI'];

/**
 * A failed test keeps its trace: actions, DOM snapshots, console, network. The film strip of screenshots is
 * left out (PW_TRACE=full puts it back): it streams the page's frames through a screencast for the whole
 * test, passed or failed: on software rendering, accounts.spec.ts + agenda-long.spec.ts (one worker, same load)
 * took 46-47 s with it and 27-35 s without (7 Dec 2026).
 */
const trace = process.env.PW_TRACE === 'full' ? 'retain-on-failure' : ({ mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true } as const);

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
        `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNSEEN_BROWSER_UI].join(',')}`,
      ],
    },
    trace,
    screenshot: 'only-on-failure',
  },
});
