/**
 * Channel names only, with no dependencies: the sandboxed preload bundles this file and nothing else
 * from the contract.
 */
export const CHANNELS = [
  'app.info',
  'app.today',
  'app.takeOpenedFiles',
  'settings.get',
  'settings.set',
  'accounts.list',
  'accounts.open',
  'accounts.delete',
  'accounts.restore',
  'edit.apply',
  'search.query',
  'exchange.export',
  'exchange.import',
  'portfolio.list',
  'export.save',
  'export.cancel',
  'window.setFullScreen',
  'safety.status',
  'safety.backups',
  'safety.backupNow',
  'safety.restore',
  'safety.salvage',
  'safety.retry',
  'safety.openOther',
  'safety.quit',
  'safety.exportPerson',
  'safety.erasePerson',
  'safety.encryption',
  'safety.saveRecoveryKey',
  'safety.openWithRecoveryKey',
  'import.readFile',
  'import.readBytes',
  'import.readText',
  'import.reread',
  'import.preview',
  'import.commit',
  'import.editPart',
  'people.exportTable',
  'history.list',
  'history.userName',
  'history.setUserName',
  'history.asOf',
  'history.compare',
  'history.trend',
  'history.compact',
  'snapshots.list',
  'snapshots.take',
  'snapshots.delete',
  'undo.load',
  'undo.save',
  'merge.preview',
  'merge.apply',
  'plan.get',
  'plan.apply',
  'plan.agenda',
  'plan.exportCalendar',
  'plan.reminders',
  'plan.setReminders',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Prefix of every IPC channel name, so the preload and main side can reject anything else. */
export const IPC_PREFIX = 'power-map:';
export const MENU_EVENT = 'power-map:menu';
/** Main -> page: how far an export job has come (ExportProgress). */
export const EXPORT_PROGRESS_EVENT = 'power-map:export-progress';
/** Main -> page: the window entered (true) or left (false) full screen, whoever asked for it. */
export const FULL_SCREEN_EVENT = 'power-map:full-screen';
/** Main -> page: the OS handed the app a file (double-click, drop on the dock icon, a second instance's command line). */
export const OPEN_FILE_EVENT = 'power-map:open-file';

/** Commands the native menu sends to the renderer; the renderer binds the same keys itself. */
export const MENU_COMMANDS = [
  'undo',
  'redo',
  'delete',
  'selectAll',
  'fit',
  'zoomIn',
  'zoomOut',
  'newAccount',
  'newPerson',
  'duplicate',
  'newTeamMember',
  'newLink',
  'find',
  'importAccount',
  'importContacts',
  'exportAccount',
  'exportMap',
  'backupNow',
  'restoreBackup',
  'toggleWorkshop',
  'toggleLanguage',
  'toggleTheme',
  'showAccounts',
  'showPortfolio',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
