import { describe, expect, it } from 'vitest';
import { profileFolderFor, resolveDbPath } from './db-path';
import { demoLocaleFor } from './locale';

describe('resolveDbPath', () => {
  const userData = '/home/kam/.config/power-map';

  it('takes --db=<path> first, resolved against the working folder', () => {
    const argv = ['/usr/bin/electron', '.', '--inspect=0', '--db=tmp/test.sqlite3'];
    expect(resolveDbPath(argv, { POWER_MAP_DB: '/elsewhere.sqlite3' }, userData, '/work')).toEqual({
      path: '/work/tmp/test.sqlite3',
      explicit: true,
    });
  });

  it('then POWER_MAP_DB', () => {
    expect(resolveDbPath(['electron', '.'], { POWER_MAP_DB: '/data/team.sqlite3' }, userData, '/work')).toEqual({
      path: '/data/team.sqlite3',
      explicit: true,
    });
  });

  it('else power-map.sqlite3 in the user data folder', () => {
    expect(resolveDbPath(['electron', '.'], {}, userData, '/work')).toEqual({
      path: '/home/kam/.config/power-map/power-map.sqlite3',
      explicit: false,
    });
  });

  it('ignores an empty flag or variable', () => {
    expect(resolveDbPath(['electron', '--db='], { POWER_MAP_DB: '' }, userData).explicit).toBe(false);
  });
});

describe('profileFolderFor', () => {
  it('gives one database one profile folder, and two databases two', () => {
    const a = profileFolderFor('/tmp/a.sqlite3', '/ud');
    expect(profileFolderFor('/tmp/a.sqlite3', '/ud')).toBe(a);
    expect(profileFolderFor('/tmp/b.sqlite3', '/ud')).not.toBe(a);
    expect(a.startsWith('/ud/profiles/')).toBe(true);
  });
});

describe('demoLocaleFor', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['', 'en'],
  ])('%s gives the %s demo', (appLocale, expected) => {
    expect(demoLocaleFor(appLocale)).toBe(expected);
  });
});
