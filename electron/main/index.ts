import { join } from 'node:path';
import { BrowserWindow, Notification, app, dialog, safeStorage, session } from 'electron';
import { localToday } from '../../shared/edit/defaults';
import type { Settings } from '../../shared/ipc';
import { resolveNativeBinding } from '../../node/db';
import type { Store } from '../../node/db';
import { openDatabaseSession, sessionStore, type DatabaseSession } from '../../node/db/session';
import { resolveAppEntry } from './app-url';
import { profileFolderFor, resolveDbPath } from './db-path';
import { FULL_SCREEN_EVENT, OPEN_FILE_EVENT } from '../../shared/ipc/channels';
import { loadOrCreateDbKey, type DbKeyState, type SecretSealer } from './db-key-store';
import { createDesktopPorts } from './desktop-ports';
import { createFullScreenControl } from './full-screen';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { isAppFrame } from './ipc/sender';
import type { FrameIdentity } from './ipc/sender';
import { appLocaleFor } from './locale';
import { mainStrings, type MainStrings } from './main-strings';
import { installMenu } from './menu';
import { registerAppScheme, serveRendererFolder } from './protocol';
import { createOpenedFilesInbox, openedFile, openedFilesFromArgv } from './opened-files';
import type { OpenedFile } from './opened-files';
import { guardSession, guardWebContents } from './security';
import type { SecurityLog } from './security-log';
import { seedDemoIfEmpty } from './seed';
import { remindOnFirstStartOfDay, type NotifyPort } from './reminder';
import { createMainWindow } from './window';

const db = resolveDbPath(process.argv, process.env, app.getPath('userData'));
if (db.explicit) app.setPath('userData', profileFolderFor(db.path, app.getPath('userData')));
const entry = resolveAppEntry(app.getAppPath(), app.isPackaged, process.env);
let mainWindow: BrowserWindow | null = null;
const fullScreen = createFullScreenControl(() => mainWindow);
// Files the OS hands us (double click, the dock icon, a second instance) wait until the page asks for
// them (app.takeOpenedFiles); once it has, later ones are sent as they come.
const openedFiles = createOpenedFilesInbox((file) => {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(OPEN_FILE_EVENT, file);
});
const handedPaths = new Set<string>();

const securityLog: SecurityLog = (message) => console.warn(`[security] ${message}`);

app.enableSandbox();
registerAppScheme();
guardWebContents(entry, securityLog);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    receiveFiles(openedFilesFromArgv(argv, workingDirectory));
    focusMainWindow();
  });
  // macOS: a file double-clicked or dropped on the dock icon, also before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    const file = openedFile(path);
    if (file) receiveFiles([file]);
    focusMainWindow();
  });
  receiveFiles(openedFilesFromArgv(process.argv, process.cwd()));
  app.whenReady().then(start, abortStart);
}

function receiveFiles(files: readonly OpenedFile[]): void {
  for (const file of files) handedPaths.add(file.path);
  openedFiles.receive(files);
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

/**
 * Checks the database before anything writes it and opens it, or leaves it closed for the recovery
 * screen (the page asks safety.status first). Backups run at start and daily while the app runs.
 */
async function openSession(key: DbKeyState): Promise<DatabaseSession> {
  // A packaged app's better-sqlite3 is rebuilt for Electron in place; in development the Electron
  // build sits beside the Node build (see node/db/native-binding.ts).
  const nativeBinding = app.isPackaged ? undefined : resolveNativeBinding(app.getAppPath());
  const session = await openDatabaseSession(db.path, {
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
    ...(key.key === null ? {} : { key: key.key }),
    // Built beside this file by electron.vite.config.ts: large edits (a contact import) are written there.
    writerEntry: new URL('./db-writer.js', import.meta.url),
    onBackgroundError: (error) => console.error('Backup failed:', error),
  });
  setInterval(() => void session.tick().catch((error: unknown) => console.error('Backup failed:', error)), BACKUP_TICK_MS).unref();
  return session;
}

const BACKUP_TICK_MS = 15 * 60_000;

/** The OS's secret store as db-key-store.ts needs it; safeStorage works once the app is ready. */
const sealer: SecretSealer = {
  isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
  encryptString: (text) => safeStorage.encryptString(text),
  decryptString: (sealed) => safeStorage.decryptString(sealed),
  backend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os'),
};

/** The database key, sealed by the OS's secret store (see db-key-store.ts). */
function loadDbKey(): DbKeyState {
  const state = loadOrCreateDbKey(db.path, sealer);
  if (state.problem) console.warn(`Database key: ${state.problem}`);
  return state;
}

function safetyPortsFor(start: DbKeyState, strings: () => MainStrings) {
  // A recovery key adopted on the recovery screen replaces the key found at start.
  let key = start;
  const owner = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);
  return {
    ...safetyPorts,
    get keyStore() {
      return key.keyStore;
    },
    recoveryKey: () => key.key,
    sealer,
    keyAdopted(state: DbKeyState) {
      key = state;
    },
    async chooseRecoveryKeyFile() {
      const options: Electron.OpenDialogOptions = {
        title: strings().dialog.openRecoveryKeyTitle,
        filters: [{ name: strings().dialog.recoveryKeyKind, extensions: ['txt'] }, { name: '*', extensions: ['*'] }],
        properties: ['openFile'],
      };
      const window = owner();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseRecoveryKeyPath() {
      const options: Electron.SaveDialogOptions = {
        title: strings().dialog.recoveryKeyTitle,
        defaultPath: join(app.getPath('documents'), 'power-map-recovery-key.txt'),
        filters: [{ name: strings().dialog.recoveryKeyKind, extensions: ['txt'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

const safetyPorts = {
  quit: () => app.quit(),
  async chooseDatabase() {
    const chosen = await dialog.showOpenDialog({ properties: ['openFile'], filters: [{ name: 'SQLite', extensions: ['sqlite3', 'sqlite', 'db'] }] });
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
  },
  openDatabase(path: string) {
    app.relaunch({ args: [...process.argv.slice(1).filter((arg) => !arg.startsWith('--db=')), `--db=${path}`] });
    app.exit(0);
  },
};

function seedDemoOnFirstStart(store: Store): void {
  try {
    seedDemoIfEmpty(store, app.getLocale(), localToday());
  } catch (error) {
    // The app is usable without its demo; say why it is missing and carry on.
    console.error('Could not add the demo account:', error);
  }
}

/** Electron's notifications behind the reminder's port; a click brings the window forward. */
const systemNotifications: NotifyPort = {
  supported: () => Notification.isSupported(),
  show(title, body, onClick) {
    const notification = new Notification({ title, body });
    notification.on('click', onClick);
    notification.show();
  },
};

function remindOfTheDay(store: Store): void {
  try {
    const locale = appLocaleFor(store.getSettings().locale, app.getLocale());
    remindOnFirstStartOfDay(store, systemNotifications, localToday(), locale, () => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.show();
    });
  } catch (error) {
    // A reminder is a convenience: the app starts without it.
    console.error('Could not show the daily reminder:', error);
  }
}

/**
 * The daily reminder comes a moment after the window has drawn its start screen: on the day's first start
 * it would otherwise read every account before the window, and then the agenda screen its own. After the
 * start's read-ahead and the page's first load, it reuses what they read and leaves the agenda's request
 * the main process first.
 */
const REMINDER_AFTER_LOAD_MS = 1_500;

function remindAfterStart(database: DatabaseSession, store: Store): void {
  void database.warmedForAgenda().then(() => {
    const remind = () => setTimeout(() => remindOfTheDay(store), REMINDER_AFTER_LOAD_MS);
    const contents = mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null;
    if (contents?.isLoading()) contents.once('did-finish-load', remind);
    else remind();
  });
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
  window.webContents.on('did-start-loading', () => openedFiles.pageGone());
  mainWindow.on('closed', () => {
    mainWindow = null;
    openedFiles.pageGone();
  });
}

async function start(): Promise<void> {
  guardSession(session.defaultSession, entry, securityLog);
  if (entry.kind === 'bundle') serveRendererFolder(session.defaultSession, entry.root, securityLog);
  const key = loadDbKey();
  const database = await openSession(key);
  const store = sessionStore(database);
  if (database.state().mode === 'normal') seedDemoOnFirstStart(store);
  let strings = mainStrings(appLocaleFor(store.getSettings().locale, app.getLocale()));
  const showMenu = () => installMenu(() => mainWindow, !app.isPackaged, strings);
  const followSettings = (settings: Settings) => {
    strings = mainStrings(appLocaleFor(settings.locale, app.getLocale()));
    showMenu();
  };
  const ports = { ...createDesktopPorts(() => mainWindow, () => strings, followSettings, fullScreen), isOpenedPath: (path: string) => handedPaths.has(path), takeOpenedFiles: () => openedFiles.take() };
  registerIpc(createHandlers(store, ports, database, safetyPortsFor(key, () => strings)), isOurFrame, securityLog);
  app.setAboutPanelOptions({ applicationName: 'Power Map', applicationVersion: app.getVersion() });
  showMenu();
  openMainWindow();
  if (database.state().mode === 'normal') remindAfterStart(database, store);

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => store.close());
}
