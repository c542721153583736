import { extname, join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { FILE_EXTENSION } from '../../shared/exchange';
import type { DesktopPorts } from './ipc/ports';

const FILTERS = [{ name: 'Power Map account', extensions: [FILE_EXTENSION] }];

/** The native save and open dialogs, attached to the main window when there is one. */
export function createDesktopPorts(window: () => BrowserWindow | null): DesktopPorts {
  const parent = (): BrowserWindow | undefined => window() ?? undefined;
  return {
    appVersion: app.getVersion(),
    systemLocale: app.getLocale(),
    async chooseSavePath(defaultFileName) {
      const options: Electron.SaveDialogOptions = {
        title: 'Export account',
        defaultPath: join(app.getPath('documents'), defaultFileName),
        filters: FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      // Some Linux dialogs return the typed name as is; give it the extension the filter promised.
      return extname(result.filePath) === '' ? `${result.filePath}.${FILE_EXTENSION}` : result.filePath;
    },
    async chooseOpenPath() {
      const options: Electron.OpenDialogOptions = {
        title: 'Import account',
        filters: [...FILTERS, { name: 'All files', extensions: ['*'] }],
        properties: ['openFile'],
      };
      const owner = parent();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
