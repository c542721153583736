import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import type { Store } from '../../node/db';
import { openDatabaseSession, sessionStore } from '../../node/db/session';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createFullScreenControl } from '../../electron/main/full-screen';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { AnimatedWindow } from './animated-window';
import { seedDemoIfEmpty } from '../../electron/main/seed';
import { CHANNELS } from '../../shared/ipc/channels';
import type { KeyStoreKind } from '../../shared/ipc';
import type { DbKey } from '../../node/db/db-key';
import type { OpenedFile } from '../../shared/ipc/import-contract';
import { serveRenderer } from './static-server';
import { machineSealer } from '../support/machine-sealer';

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
  /**
   * Loads the app (first start seeds the demo account into an empty database, as main does). `dbKey`:
   * the database key and where main says it is kept, as the OS's key store would give them.
   */
  launch(options?: {
    locale?: string;
    dbKey?: { key: DbKey; keyStore: KeyStoreKind };
    startOnAgenda?: boolean;
    /**
     * Data the database already holds when the app starts (after the demo is seeded, before the page loads):
     * what a test would otherwise write after launch and then restart to have the app read.
     */
    prepare?: (store: Store) => void;
  }): Promise<void>;
  /** Quits and starts again on the same database file: a fresh store and a fresh page load. */
  restart(): Promise<void>;
  /**
   * The main process's clock, which the renderer asks too (app.today): pinned to 2026-11-22, the day
   * the demo's dates count from, so the tests' data does not age as the calendar moves.
   */
  clock: {
    today: string;
    /**
     * The time the store stamps on its change records (history): null is the computer's own. A test sets
     * it before launch to have the demo imported on an earlier day, and moves it to make later changes.
     */
    now: Date | null;
  };
  /** Files the OS handed the app before the page was up (a double click that started it); the page takes them (app.takeOpenedFiles). */
  openedFiles: OpenedFile[];
}

const TODAY = '2026-11-22';
/** The secret store of the computer the e2e app runs on: a recovery key adopted there is sealed with it. */
const THIS_MACHINE = machineSealer(Buffer.alloc(32, 5));

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
    const clock: AppHarness['clock'] = { today: TODAY, now: null };
    const openedFiles: OpenedFile[] = [];
    const handedPaths = new Set<string>();
    let store: Store | null = null;
    let systemLocale = 'en-US';
    let dbKey: { key: DbKey; keyStore: KeyStoreKind } | undefined;
    // The main window's full screen, animated as on macOS, behind the main process's own control of it.
    const window = new AnimatedWindow();
    const fullScreen = createFullScreenControl(() => window);
    // Electron's IPC keeps the main process's messages in order: an event sent before a call's answer
    // arrives before it. Events here are delivered one after another, and an answer waits for them.
    let delivered: Promise<unknown> = Promise.resolve();
    const tellFullScreen = (on: boolean) => {
      delivered = delivered.then(() =>
        page
          .evaluate((value) => {
            const target = globalThis as unknown as { __powerMapFullScreenListeners?: Set<(on: boolean) => void> };
            target.__powerMapFullScreenListeners?.forEach((listener) => listener(value));
          }, on)
          .catch(() => undefined),
      );
      return delivered;
    };
    fullScreen.attach(window, (on) => void tellFullScreen(on));

    // As main does: the start check first; a database that fails it stays closed for the recovery screen.
    const open = async () => {
      const session = await openDatabaseSession(dbPath, { ...(dbKey ? { key: dbKey.key } : {}), now: () => clock.now ?? new Date() });
      store = sessionStore(session);
      if (session.state().mode === 'normal') seedDemoIfEmpty(store, systemLocale, TODAY);
      return createHandlers(store, {
        today: () => clock.today,
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
        takeOpenedFiles: () => {
          const files = openedFiles.splice(0);
          for (const file of files) handedPaths.add(file.path);
          return files;
        },
        isOpenedPath: (path) => handedPaths.has(path),
        setFullScreen: (on) => fullScreen.set(on),
        appVersion: '0.0.0-e2e',
        systemLocale,
      }, session, {
        quit: () => undefined,
        chooseDatabase: async () => dialogs.openPath,
        openDatabase: () => undefined,
        keyStore: dbKey?.keyStore ?? 'none',
        recoveryKey: () => dbKey?.key ?? null,
        chooseRecoveryKeyPath: async () => dialogs.savePath,
        chooseRecoveryKeyFile: async () => dialogs.openPath,
        sealer: THIS_MACHINE,
        keyAdopted: (state) => {
          dbKey = state.key === null ? undefined : { key: state.key, keyStore: state.keyStore };
        },
      });
    };
    let handlers: ReturnType<typeof createHandlers> | null = null;

    await page.exposeBinding('__powerMapInvoke', async (_source, channel: unknown, payload: unknown) => {
      if (!handlers) throw new Error('app not launched');
      const answer = await dispatch(handlers, channel, payload);
      await delivered;
      return answer;
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
      clock,
      openedFiles,
      window: {
        fullScreen: () => window.isFullScreen() && !window.animating(),
        async leaveFullScreen() {
          window.userLeaves();
          await window.settled();
        },
      },
      store: () => {
        if (!store) throw new Error('app not launched');
        return store;
      },
      async launch(options) {
        if (options?.locale) systemLocale = options.locale;
        dbKey = options?.dbKey;
        handlers = await open();
        // The agenda is the start screen a user may switch off; specs of other screens start on the account list.
        if (!options?.startOnAgenda) {
          try {
            store?.setReminders({ startOnAgenda: false });
          } catch {
            // a database in recovery takes no settings
          }
        }
        if (options?.prepare) options.prepare(harness.store());
        await page.goto(rendererUrl);
      },
      async restart() {
        store?.close();
        handlers = await open();
        await page.reload();
      },
    };
    await use(harness);
    (store as Store | null)?.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
