import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../shared/ipc/channels';
import type { MenuCommand } from '../../shared/ipc/channels';
import { mainStrings } from './main-strings';
import { menuTemplate } from './menu-template';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function build(platform: NodeJS.Platform, isDev = false, locale: 'en' | 'zh-CN' = 'en') {
  const sent: MenuCommand[] = [];
  const template = menuTemplate({ platform, isDev, send: (command) => sent.push(command), labels: mainStrings(locale).menu });
  const byLabel = (label: string) => items(template).find((item) => item.label === label);
  const click = (label: string) => (byLabel(label)?.click as () => void)();
  return { template, sent, byLabel, click };
}

describe('menuTemplate', () => {
  it('has File, Edit, View and Help menus with the commands people look for', () => {
    const { template, byLabel } = build('linux');
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    for (const label of ['New account', 'Import…', 'Export account file…', 'Export map and slides…', 'Workshop mode', 'Quit', 'Undo', 'Redo', 'Delete', 'Select all', 'Fit', 'Zoom in', 'Zoom out', 'Language: English / 简体中文', 'Theme', 'Accounts', 'About Power Map']) {
      expect(byLabel(label), label).toBeDefined();
    }
  });

  it('sends the matching command when an item is chosen', () => {
    const { sent, click } = build('linux');
    click('Export account file…');
    click('Export map and slides…');
    click('Undo');
    click('Accounts');
    click('Workshop mode');
    expect(sent).toEqual(['exportAccount', 'exportMap', 'undo', 'showAccounts', 'toggleWorkshop']);
  });

  it('offers every menu command somewhere', () => {
    const { sent, template } = build('win32');
    for (const item of items(template)) if (item.click) (item.click as () => void)();
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('leaves the keys the page handles to the page', () => {
    const { byLabel } = build('linux');
    for (const label of ['Undo', 'Redo', 'Delete', 'Select all', 'Fit', 'Zoom in', 'Zoom out', 'Workshop mode']) {
      expect(byLabel(label)?.registerAccelerator, label).toBe(false);
    }
    expect(byLabel('Export map and slides…')?.registerAccelerator).toBeUndefined();
  });

  it('follows macOS conventions on a Mac', () => {
    const { template, byLabel } = build('darwin');
    expect(template[0]?.label).toBe('Power Map');
    expect(byLabel('Quit')).toBeUndefined();
    expect(byLabel('Delete')?.accelerator).toBe('Backspace');
  });

  it('shows developer tools only in development', () => {
    const roles = (isDev: boolean) => items(build('linux', isDev).template).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });

  it('speaks 简体中文 when the app does, every item labelled', () => {
    const { template, byLabel, click, sent } = build('win32', false, 'zh-CN');
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    click('导出客户文件…');
    click('研讨会模式');
    expect(sent).toEqual(['exportAccount', 'toggleWorkshop']);
    const unlabelled = items(template).filter((item) => item.type !== 'separator' && !item.label);
    expect(unlabelled).toEqual([]);
    expect(byLabel('Undo')).toBeUndefined();
  });
});
