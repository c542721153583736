import { BrowserWindow, Menu } from 'electron';
import { MENU_EVENT } from '../../shared/ipc/channels';
import type { MenuCommand } from '../../shared/ipc/channels';
import type { MainStrings } from './main-strings';
import { menuTemplate } from './menu-template';

/**
 * Sets the application menu in the given words; called again when the user switches language. Sends a
 * menu command to the focused window, or to the main window when none has focus (macOS).
 */
export function installMenu(fallbackWindow: () => BrowserWindow | null, isDev: boolean, strings: MainStrings): void {
  const send = (command: MenuCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? fallbackWindow();
    if (target && !target.isDestroyed()) target.webContents.send(MENU_EVENT, command);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ platform: process.platform, isDev, send, labels: strings.menu })));
}
