import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/channels';
import type { MainStrings } from './main-strings';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Shows reload and developer tools. */
  isDev: boolean;
  /** Delivers a command to the focused window's page. */
  send: (command: MenuCommand) => void;
  labels: MainStrings['menu'];
}

/**
 * The native menu. Items that only ask the page to act send a MenuCommand. Where the page binds
 * the same key itself (undo, redo, delete, select all, zoom, fit), the accelerator is shown but not
 * registered, so the key reaches the page once and text fields keep their own undo and select all.
 */
export function menuTemplate({ platform, isDev, send, labels: l }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  });
  const pageKey = (label: string, cmd: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    ...command(label, cmd, accelerator),
    registerAccelerator: false,
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Power Map',
          submenu: [
            { role: 'about', label: l.about },
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    {
      label: l.file,
      submenu: [
        command(l.newAccount, 'newAccount', 'CmdOrCtrl+N'),
        separator,
        command(l.import, 'importAccount', 'CmdOrCtrl+O'),
        command(l.importContacts, 'importContacts', 'CmdOrCtrl+Shift+O'),
        command(l.exportMap, 'exportMap', 'CmdOrCtrl+E'),
        command(l.export, 'exportAccount', 'CmdOrCtrl+Shift+E'),
        separator,
        command(l.backupNow, 'backupNow'),
        command(l.restoreBackup, 'restoreBackup'),
        separator,
        isMac ? { role: 'close' } : { role: 'quit', label: l.quit },
      ],
    },
    {
      label: l.edit,
      submenu: [
        pageKey(l.undo, 'undo', 'CmdOrCtrl+Z'),
        pageKey(l.redo, 'redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
        separator,
        // Native roles: text fields need them (on macOS the menu is what makes Cmd+C work at all).
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        pageKey(l.delete, 'delete', isMac ? 'Backspace' : 'Delete'),
        pageKey(l.selectAll, 'selectAll', 'CmdOrCtrl+A'),
        pageKey(l.find, 'find', 'CmdOrCtrl+F'),
        separator,
        command(l.addPerson, 'newPerson'),
        pageKey(l.duplicate, 'duplicate', 'CmdOrCtrl+D'),
        command(l.addTeamMember, 'newTeamMember'),
        command(l.addLink, 'newLink'),
      ],
    },
    {
      label: l.view,
      submenu: [
        pageKey(l.fit, 'fit', 'CmdOrCtrl+0'),
        pageKey(l.zoomIn, 'zoomIn', 'CmdOrCtrl+='),
        pageKey(l.zoomOut, 'zoomOut', 'CmdOrCtrl+-'),
        separator,
        command(l.language, 'toggleLanguage'),
        command(l.theme, 'toggleTheme'),
        command(l.accounts, 'showAccounts'),
        command(l.portfolio, 'showPortfolio', 'CmdOrCtrl+Shift+P'),
        separator,
        pageKey(l.workshop, 'toggleWorkshop', 'F5'),
        { role: 'togglefullscreen', label: l.fullScreen },
        ...(isDev ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: l.help,
      submenu: [{ role: 'about', label: l.about }],
    },
  ];
}
