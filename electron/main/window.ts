import { BrowserWindow } from 'electron';
import { APP_PAGE_URL } from './app-protocol';
import type { AppEntry } from './app-url';

/** Wide enough for the four bands, the team column and a side panel; smaller still works on a laptop. */
const DEFAULT_SIZE = { width: 1360, height: 860 };
const MINIMUM_SIZE = { minWidth: 960, minHeight: 600 };

export function createMainWindow(entry: AppEntry, preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    ...DEFAULT_SIZE,
    ...MINIMUM_SIZE,
    title: 'Power Map',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  // Shown once painted, so the user never sees an empty white frame.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entry.kind === 'dev' ? entry.url : APP_PAGE_URL);
  return window;
}
