import { extname, join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { FILE_EXTENSION } from '../../shared/exchange';
import { EXPORT_PROGRESS_EVENT } from '../../shared/ipc/channels';
import type { ExportFormat } from '../../shared/ipc';
import { CONTACT_EXTENSIONS } from '../../node/import/file-kinds';
import type { FullScreenControl } from './full-screen';
import type { DesktopPorts } from './ipc/ports';
import type { MainStrings } from './main-strings';

/**
 * The native save and open dialogs, attached to the main window when there is one, in the app's
 * current language; `onSettingsChanged` lets the app follow a language switch (the menu).
 */
export function createDesktopPorts(
  window: () => BrowserWindow | null,
  strings: () => MainStrings,
  onSettingsChanged: DesktopPorts['onSettingsChanged'],
  fullScreen: FullScreenControl,
): DesktopPorts {
  const parent = (): BrowserWindow | undefined => window() ?? undefined;
  const fileFilter = () => ({ name: strings().dialog.fileKind, extensions: [FILE_EXTENSION] });
  const formatFilter = (format: ExportFormat) => ({ name: strings().dialog.formatKind[format], extensions: [format] });
  return {
    onSettingsChanged,
    exportProgress(progress) {
      const target = window();
      if (target && !target.isDestroyed()) target.webContents.send(EXPORT_PROGRESS_EVENT, progress);
    },
    setFullScreen: (on) => fullScreen.set(on),
    appVersion: app.getVersion(),
    systemLocale: app.getLocale(),
    async chooseSavePath(defaultFileName, format) {
      const options: Electron.SaveDialogOptions = {
        title: strings().dialog.exportTitle,
        defaultPath: join(app.getPath('documents'), defaultFileName),
        filters: [format ? formatFilter(format) : fileFilter()],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      // Some Linux dialogs return the typed name as is; give it the extension the filter promised.
      return extname(result.filePath) === '' ? `${result.filePath}.${format ?? FILE_EXTENSION}` : result.filePath;
    },
    async chooseContactsPath() {
      const options: Electron.OpenDialogOptions = {
        title: strings().dialog.contactsTitle,
        filters: [{ name: strings().dialog.contactsKind, extensions: [...CONTACT_EXTENSIONS] }, { name: strings().dialog.allFiles, extensions: ['*'] }],
        properties: ['openFile'],
      };
      const owner = parent();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseTableSavePath(defaultFileName, format) {
      const options: Electron.SaveDialogOptions = {
        title: strings().dialog.exportTitle,
        defaultPath: join(app.getPath('documents'), defaultFileName),
        filters: [{ name: strings().dialog.tableKind[format], extensions: [format] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return extname(result.filePath) === '' ? `${result.filePath}.${format}` : result.filePath;
    },
    async chooseCalendarSavePath(defaultFileName) {
      const options: Electron.SaveDialogOptions = {
        title: strings().dialog.exportTitle,
        defaultPath: join(app.getPath('documents'), defaultFileName),
        filters: [{ name: 'iCalendar', extensions: ['ics'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return extname(result.filePath) === '' ? `${result.filePath}.ics` : result.filePath;
    },
    async chooseOpenPath() {
      const options: Electron.OpenDialogOptions = {
        title: strings().dialog.importTitle,
        filters: [fileFilter(), { name: strings().dialog.allFiles, extensions: ['*'] }],
        properties: ['openFile'],
      };
      const owner = parent();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
