import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { installedSqlitePackage, resolveNativeBinding } from './native-binding';

const root = join('/', 'home', 'kam', 'power-map');
const linuxX64 = { platform: 'linux', arch: 'x64' };
const ciphers = () => ({ name: 'better-sqlite3-multiple-ciphers', version: '12.11.1' });

describe('resolveNativeBinding', () => {
  it("leaves Node (tests, CLI) on the package's own build", () => {
    expect(resolveNativeBinding(root, { node: '20.20.2' } as { electron?: string }, linuxX64)).toBeUndefined();
    expect(resolveNativeBinding(root, process.versions)).toBeUndefined();
  });

  it('points Electron at its own copy, kept per Electron version, platform and architecture', () => {
    expect(resolveNativeBinding(root, { electron: '41.7.1' }, linuxX64, ciphers)).toBe(
      join(root, 'node_modules', '.cache', 'power-map-native', 'electron-41.7.1-linux-x64-better-sqlite3-multiple-ciphers-12.11.1', 'better_sqlite3.node'),
    );
    expect(resolveNativeBinding(root, { electron: '42.0.0' }, { platform: 'win32', arch: 'arm64' }, ciphers)).toBe(
      join(root, 'node_modules', '.cache', 'power-map-native', 'electron-42.0.0-win32-arm64-better-sqlite3-multiple-ciphers-12.11.1', 'better_sqlite3.node'),
    );
  });

  it('agrees with the path scripts/ensure-electron-native.mjs writes to', async () => {
    const scriptUrl = pathToFileURL(join(import.meta.dirname, '..', '..', 'scripts', 'ensure-electron-native.mjs')).href;
    const script = (await import(scriptUrl)) as {
      electronBindingPath(root: string, version: string, platform: string, arch: string, sqlitePackage?: { name: string; version: string }): string;
      installedSqlitePackage(root: string): { name: string; version: string };
    };
    expect(script.electronBindingPath(root, '41.7.1', 'darwin', 'arm64', ciphers())).toBe(
      resolveNativeBinding(root, { electron: '41.7.1' }, { platform: 'darwin', arch: 'arm64' }, ciphers),
    );
    // Both read the same installed package: the encrypting one, under the name better-sqlite3.
    const project = join(import.meta.dirname, '..', '..');
    expect(script.installedSqlitePackage(project)).toEqual(installedSqlitePackage(project));
    expect(installedSqlitePackage(project).name).toBe('better-sqlite3-multiple-ciphers');
  });
});
