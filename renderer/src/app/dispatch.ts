import type { MenuCommand } from '../../../shared/ipc';
import { runCommand } from './commands';
import { navigationStore, settingsStore } from './services';
import { backUpNow } from '../features/safety/personActions';
import { databaseStore } from '../features/safety/databaseStore';

/**
 * Every command, from the menu or a key, enters here. Language, theme, "back to the accounts" and the
 * portfolio mean the same on every screen, so they are handled once; the rest goes to the screen on show.
 */
export function dispatchCommand(command: MenuCommand): void {
  switch (command) {
    case 'toggleLanguage':
      void settingsStore.getState().toggleLanguage();
      return;
    case 'toggleTheme':
      void settingsStore.getState().cycleTheme();
      return;
    case 'showAccounts':
      if (navigationStore.getState().screen.name !== 'accounts') void navigationStore.getState().showAccounts();
      return;
    case 'showPortfolio':
      if (navigationStore.getState().screen.name !== 'portfolio') void navigationStore.getState().showPortfolio();
      return;
    case 'backupNow':
      void backUpNow();
      return;
    case 'restoreBackup':
      databaseStore.getState().setRestoreOpen(true);
      return;
    default:
      runCommand(command);
  }
}
