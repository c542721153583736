import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/channels';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Shows reload and developer tools. */
  isDev: boolean;
  /** Delivers a command to the focused window's page. */
  send: (command: MenuCommand) => void;
}

/**
 * The native menu. Items that only ask the page to act send a MenuCommand. Where the page binds
 * the same key itself (undo, redo, delete, select all, zoom, fit), the accelerator is shown but not
 * registered, so the key reaches the page once and text fields keep their own undo and select all.
 */
export function menuTemplate({ platform, isDev, send }: MenuOptions): MenuItemConstructorOptions[] {
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
            { role: 'about' },
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
      label: 'File',
      submenu: [
        command('New account', 'newAccount', 'CmdOrCtrl+N'),
        separator,
        command('Import…', 'importAccount', 'CmdOrCtrl+O'),
        command('Export…', 'exportAccount', 'CmdOrCtrl+E'),
        separator,
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        pageKey('Undo', 'undo', 'CmdOrCtrl+Z'),
        pageKey('Redo', 'redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
        separator,
        // Native roles: text fields need them (on macOS the menu is what makes Cmd+C work at all).
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        pageKey('Delete', 'delete', isMac ? 'Backspace' : 'Delete'),
        pageKey('Select all', 'selectAll', 'CmdOrCtrl+A'),
        separator,
        command('Add person', 'newPerson'),
        command('Add team member', 'newTeamMember'),
        command('Add link', 'newLink'),
      ],
    },
    {
      label: 'View',
      submenu: [
        pageKey('Fit', 'fit', 'CmdOrCtrl+0'),
        pageKey('Zoom in', 'zoomIn', 'CmdOrCtrl+='),
        pageKey('Zoom out', 'zoomOut', 'CmdOrCtrl+-'),
        separator,
        command('Language', 'toggleLanguage'),
        command('Theme', 'toggleTheme'),
        command('Accounts', 'showAccounts'),
        separator,
        { role: 'togglefullscreen' },
        ...(isDev ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: 'Help',
      submenu: [{ role: 'about', label: 'About Power Map' }],
    },
  ];
}
