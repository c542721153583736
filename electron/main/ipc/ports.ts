import type { TableFormat } from '../../../shared/import/types';
import type { ExportFormat, ExportProgress, Settings } from '../../../shared/ipc';
import type { OpenedFile } from '../../../shared/ipc/import-contract';

/**
 * What the IPC handlers need from the desktop besides the database. In Electron these are native
 * dialogs; in end-to-end tests the fixture supplies its own (a temp path), so the handlers
 * themselves never import Electron and run under plain Node.
 */
export interface DesktopPorts {
  /** Asks where to save (a .powermap file unless `format` says otherwise); null when the user cancels. */
  chooseSavePath(defaultFileName: string, format?: ExportFormat): Promise<string | null>;
  /** Asks which file to open; null when the user cancels. */
  chooseOpenPath(): Promise<string | null>;
  /** Asks which contacts table to import (CSV, TSV, TXT, XLSX); falls back to chooseOpenPath when absent. */
  chooseContactsPath?(): Promise<string | null>;
  /** Asks where to save the people table; falls back to chooseSavePath when absent. */
  chooseTableSavePath?(defaultFileName: string, format: TableFormat): Promise<string | null>;
  /** Asks where to save the plan's calendar (.ics); falls back to chooseSavePath when absent. */
  chooseCalendarSavePath?(defaultFileName: string): Promise<string | null>;
  /** True for a file the OS handed the app (OPEN_FILE_EVENT); only such paths may be read by path. */
  isOpenedPath?(path: string): boolean;
  /** The files the OS handed the app that the page has not had yet (app.takeOpenedFiles); none when absent. */
  takeOpenedFiles?(): OpenedFile[];
  appVersion: string;
  systemLocale: string;
  /** The day analyses count contact ages to; the local date when not given (tests pin it). */
  today?(): string;
  /** Tells the page how far an export has come. */
  exportProgress?(progress: ExportProgress): void;
  /**
   * Puts the window into full screen (on) or out of it; false when it already was so, or there is no
   * window. The window reports every change itself (FULL_SCREEN_EVENT).
   */
  setFullScreen?(on: boolean): boolean;
  /** Told after the settings changed, so the desktop can follow (the native menu's language). */
  onSettingsChanged?(settings: Settings): void;
}
