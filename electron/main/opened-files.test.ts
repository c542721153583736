import { describe, expect, it } from 'vitest';
import { createOpenedFileQueue, createOpenedFilesInbox, importKindFor, openedFilesFromArgv } from './opened-files';

describe('importKindFor', () => {
  it('opens a .powermap as an account and a table as contacts, whatever the case of the extension', () => {
    expect(importKindFor('/Users/kam/Desktop/Acme.powermap')).toBe('powermap');
    expect(importKindFor('C:\\Users\\kam\\Desktop\\ACME.POWERMAP')).toBe('powermap');
    expect(importKindFor('/tmp/联系人.csv')).toBe('contacts');
    expect(importKindFor('/tmp/export.TSV')).toBe('contacts');
    expect(importKindFor('/tmp/unicode text.txt')).toBe('contacts');
    expect(importKindFor('/tmp/crm.xlsx')).toBe('contacts');
  });

  it('opens nothing for other files, the old binary .xls, or a path without an extension', () => {
    expect(importKindFor('/tmp/photo.png')).toBeNull();
    expect(importKindFor('/tmp/old.xls')).toBeNull();
    expect(importKindFor('/tmp/csv')).toBeNull();
    expect(importKindFor('.')).toBeNull();
  });
});

describe('openedFilesFromArgv', () => {
  it('takes the files after the executable, resolved against the folder the command ran in', () => {
    const argv = ['/opt/Power Map/power-map', '--allow-file-access-from-files', 'contacts.csv', '../maps/Acme.powermap'];
    expect(openedFilesFromArgv(argv, '/home/kam/Downloads')).toEqual([
      { path: '/home/kam/Downloads/contacts.csv', fileName: 'contacts.csv', kind: 'contacts' },
      { path: '/home/kam/maps/Acme.powermap', fileName: 'Acme.powermap', kind: 'powermap' },
    ]);
  });

  it('ignores the app path in development, switches and the database flag', () => {
    expect(openedFilesFromArgv(['/usr/bin/electron', '.', '--db=/tmp/test.sqlite3', '--inspect=0'], '/work')).toEqual([]);
  });

  it('keeps an absolute path as it is', () => {
    expect(openedFilesFromArgv(['/opt/Power Map/power-map', '/home/kam/客户/名单.xlsx'], '/')).toEqual([{ path: '/home/kam/客户/名单.xlsx', fileName: '名单.xlsx', kind: 'contacts' }]);
  });
});

describe('createOpenedFileQueue', () => {
  it('hands out files in the order they came, each path once while it waits', () => {
    const queue = createOpenedFileQueue();
    const a = { path: '/a.csv', fileName: 'a.csv', kind: 'contacts' } as const;
    const b = { path: '/b.powermap', fileName: 'b.powermap', kind: 'powermap' } as const;
    queue.add([a]);
    queue.add([a, b]);
    expect(queue.take()).toEqual(a);
    expect(queue.take()).toEqual(b);
    expect(queue.take()).toBeNull();
  });
});

describe('createOpenedFilesInbox', () => {
  const a = { path: '/a.csv', fileName: 'a.csv', kind: 'contacts' } as const;
  const b = { path: '/b.powermap', fileName: 'b.powermap', kind: 'powermap' } as const;
  const c = { path: '/c.xlsx', fileName: 'c.xlsx', kind: 'contacts' } as const;

  it('keeps files that arrive before the page listens until the page pulls them, once', () => {
    const pushed: string[] = [];
    const inbox = createOpenedFilesInbox((file) => pushed.push(file.path));
    inbox.receive([a, b]);
    expect(pushed).toEqual([]);
    expect(inbox.take()).toEqual([a, b]);
    expect(inbox.take()).toEqual([]);
  });

  it('pushes files that arrive once the page has pulled, and keeps them again after the page went away', () => {
    const pushed: string[] = [];
    const inbox = createOpenedFilesInbox((file) => pushed.push(file.path));
    inbox.take();
    inbox.receive([a]);
    expect(pushed).toEqual(['/a.csv']);
    inbox.pageGone();
    inbox.receive([c]);
    expect(pushed).toEqual(['/a.csv']);
    expect(inbox.take()).toEqual([c]);
  });
});
