import { join } from 'node:path';
import { BrowserWindow, app, dialog, session } from 'electron';
import { localToday } from '../../shared/edit/defaults';
import type { Settings } from '../../shared/ipc';
import { StoreError, createStore, resolveNativeBinding } from '../../node/db';
import type { Store } from '../../node/db';
import { resolveAppEntry } from './app-url';
import { profileFolderFor, resolveDbPath } from './db-path';
import { FULL_SCREEN_EVENT } from '../../shared/ipc/channels';
import { createDesktopPorts } from './desktop-ports';
import { createFullScreenControl } from './full-screen';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { isAppFrame } from './ipc/sender';
import type { FrameIdentity } from './ipc/sender';
import { appLocaleFor } from './locale';
import { mainStrings } from './main-strings';
import { installMenu } from './menu';
import { registerAppScheme, serveRendererFolder } from './protocol';
import { guardSession, guardWebContents } from './security';
import type { SecurityLog } from './security-log';
import { seedDemoIfEmpty } from './seed';
import { createMainWindow } from './window';

const db = resolveDbPath(process.argv, process.env, app.getPath('userData'));
if (db.explicit) app.setPath('userData', profileFolderFor(db.path, app.getPath('userData')));
const entry = resolveAppEntry(app.getAppPath(), app.isPackaged, process.env);
let mainWindow: BrowserWindow | null = null;
const fullScreen = createFullScreenControl(() => mainWindow);

const securityLog: SecurityLog = (message) => console.warn(`[security] ${message}`);

app.enableSandbox();
registerAppScheme();
guardWebContents(entry, securityLog);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.whenReady().then(start, abortStart);
}

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function abortStart(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Power Map cannot start', message);
  app.exit(1);
}

function openStore(): Store | null {
  // A packaged app's better-sqlite3 is rebuilt for Electron in place; in development the Electron
  // build sits beside the Node build (see node/db/native-binding.ts).
  const nativeBinding = app.isPackaged ? undefined : resolveNativeBinding(app.getAppPath());
  try {
    return createStore(db.path, nativeBinding === undefined ? {} : { nativeBinding });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const title = error instanceof StoreError && error.code === 'newer-database' ? 'Database from a newer Power Map' : 'Power Map cannot open its database';
    dialog.showErrorBox(title, `${message}\n\n${db.path}`);
    app.exit(1);
    return null;
  }
}

function seedDemoOnFirstStart(store: Store): void {
  try {
    seedDemoIfEmpty(store, app.getLocale(), localToday());
  } catch (error) {
    // The app is usable without its demo; say why it is missing and carry on.
    console.error('Could not add the demo account:', error);
  }
}

/** Only the main frame of our own window, showing our own page, may call the handlers (see ipc/sender.ts). */
function isOurFrame(frame: FrameIdentity | null): boolean {
  const main = mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.mainFrame : null;
  return isAppFrame(frame, main, entry);
}

function openMainWindow(): void {
  const window = createMainWindow(entry, join(app.getAppPath(), 'out', 'preload', 'index.cjs'));
  mainWindow = window;
  // The page learns of each state the window settles in: a workshop ends when the user takes the window out of full screen.
  fullScreen.attach(window, (on) => {
    if (!window.isDestroyed()) window.webContents.send(FULL_SCREEN_EVENT, on);
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function start(): void {
  guardSession(session.defaultSession, entry, securityLog);
  if (entry.kind === 'bundle') serveRendererFolder(session.defaultSession, entry.root, securityLog);
  const store = openStore();
  if (!store) return;
  seedDemoOnFirstStart(store);
  let strings = mainStrings(appLocaleFor(store.getSettings().locale, app.getLocale()));
  const showMenu = () => installMenu(() => mainWindow, !app.isPackaged, strings);
  const followSettings = (settings: Settings) => {
    strings = mainStrings(appLocaleFor(settings.locale, app.getLocale()));
    showMenu();
  };
  registerIpc(createHandlers(store, createDesktopPorts(() => mainWindow, () => strings, followSettings, fullScreen)), isOurFrame, securityLog);
  app.setAboutPanelOptions({ applicationName: 'Power Map', applicationVersion: app.getVersion() });
  showMenu();
  openMainWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => store.close());
}
