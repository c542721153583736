import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { createStore, type Store } from '../../electron/db';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { seedDemoIfEmpty } from '../../electron/main/seed';
import { CHANNELS } from '../../shared/ipc/channels';
import { serveRenderer } from './static-server';

/**
 * The app as a user gets it, minus Electron: the built renderer in Chromium, the real main-process
 * handlers (dispatch -> handlers -> SQLite store on a real file), and a Playwright binding standing in
 * for the preload's ipcRenderer.invoke. Payloads cross it as JSON, as they cross Electron's IPC as
 * structured clones.
 */
export interface AppHarness {
  page: Page;
  dir: string;
  dbPath: string;
  store(): Store;
  /**
   * Files the native dialogs "choose" next (null: the user cancels). While `saveHold` is set, the save
   * dialog answers only once it resolves: an export (or file save) then runs as long as a test needs.
   */
  dialogs: { savePath: string | null; openPath: string | null; saveHold: Promise<void> | null };
  /**
   * The window's full screen as the main process would set it (Electron's BrowserWindow stands apart
   * from the page here): whether it is on, and the user taking the window out of it (View menu, OS).
   */
  window: { fullScreen(): boolean; leaveFullScreen(): Promise<void> };
  /** Loads the app (first start seeds the demo account into an empty database, as main does). */
  launch(options?: { locale?: string }): Promise<void>;
  /** Quits and starts again on the same database file: a fresh store and a fresh page load. */
  restart(): Promise<void>;
}

const TODAY = '2026-11-22';

export const test = base.extend<{ app: AppHarness }, { rendererUrl: string }>({
  rendererUrl: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: an empty one means none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveRenderer();
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ page, rendererUrl }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'power-map-e2e-'));
    const dbPath = join(dir, 'power-map.sqlite3');
    const dialogs: AppHarness['dialogs'] = { savePath: null, openPath: null, saveHold: null };
    let store: Store | null = null;
    let systemLocale = 'en-US';
    let fullScreen = false;
    const tellFullScreen = (on: boolean) =>
      page
        .evaluate((value) => {
          const target = globalThis as unknown as { __powerMapFullScreenListeners?: Set<(on: boolean) => void> };
          target.__powerMapFullScreenListeners?.forEach((listener) => listener(value));
        }, on)
        .catch(() => undefined);

    const open = () => {
      store = createStore(dbPath);
      seedDemoIfEmpty(store, systemLocale, TODAY);
      return createHandlers(store, {
        today: () => TODAY,
        exportProgress: (progress) => {
          void page
            .evaluate((p) => {
              const target = globalThis as unknown as { __powerMapProgressListeners?: Set<(progress: unknown) => void> };
              target.__powerMapProgressListeners?.forEach((listener) => listener(p));
            }, progress)
            .catch(() => undefined);
        },
        chooseSavePath: async () => {
          await dialogs.saveHold;
          return dialogs.savePath;
        },
        chooseOpenPath: async () => dialogs.openPath,
        // As Electron's window does: a change is reported to the page after it happened.
        setFullScreen: (on) => {
          if (fullScreen === on) return false;
          fullScreen = on;
          void tellFullScreen(on);
          return true;
        },
        appVersion: '0.0.0-e2e',
        systemLocale,
      });
    };
    let handlers: ReturnType<typeof createHandlers> | null = null;

    await page.exposeBinding('__powerMapInvoke', async (_source, channel: unknown, payload: unknown) => {
      if (!handlers) throw new Error('app not launched');
      return dispatch(handlers, channel, payload);
    });
    await page.addInitScript((channels: readonly string[]) => {
      // Runs in the page; globalThis is its window.
      const page = globalThis as unknown as { __powerMapInvoke(c: string, p: unknown): Promise<unknown> };
      const call = Object.fromEntries(channels.map((c) => [c, (args: unknown) => page.__powerMapInvoke(c, args)]));
      Object.defineProperty(globalThis, 'powerMap', {
        value: Object.freeze({
          call: Object.freeze(call),
          onMenuCommand: () => () => {},
          // The main process's progress events arrive through __powerMapProgress (see exportProgress below).
          onExportProgress(listener: (progress: unknown) => void) {
            const target = globalThis as unknown as { __powerMapProgressListeners?: Set<(progress: unknown) => void> };
            target.__powerMapProgressListeners ??= new Set();
            target.__powerMapProgressListeners.add(listener);
            return () => target.__powerMapProgressListeners?.delete(listener);
          },
          onFullScreenChange(listener: (on: boolean) => void) {
            const target = globalThis as unknown as { __powerMapFullScreenListeners?: Set<(on: boolean) => void> };
            target.__powerMapFullScreenListeners ??= new Set();
            target.__powerMapFullScreenListeners.add(listener);
            return () => target.__powerMapFullScreenListeners?.delete(listener);
          },
        }),
      });
    }, CHANNELS);

    const harness: AppHarness = {
      page,
      dir,
      dbPath,
      dialogs,
      window: {
        fullScreen: () => fullScreen,
        async leaveFullScreen() {
          if (!fullScreen) return;
          fullScreen = false;
          await tellFullScreen(false);
        },
      },
      store: () => {
        if (!store) throw new Error('app not launched');
        return store;
      },
      async launch(options) {
        if (options?.locale) systemLocale = options.locale;
        handlers = open();
        await page.goto(rendererUrl);
      },
      async restart() {
        store?.close();
        handlers = open();
        await page.reload();
      },
    };
    await use(harness);
    (store as Store | null)?.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
