import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveNativeBinding } from './native-binding';

const root = join('/', 'home', 'kam', 'power-map');
const linuxX64 = { platform: 'linux', arch: 'x64' };

describe('resolveNativeBinding', () => {
  it("leaves Node (tests, CLI) on the package's own build", () => {
    expect(resolveNativeBinding(root, { node: '20.20.2' } as { electron?: string }, linuxX64)).toBeUndefined();
    expect(resolveNativeBinding(root, process.versions)).toBeUndefined();
  });

  it('points Electron at its own copy, kept per Electron version, platform and architecture', () => {
    expect(resolveNativeBinding(root, { electron: '41.7.1' }, linuxX64)).toBe(
      join(root, 'node_modules', '.cache', 'power-map-native', 'electron-41.7.1-linux-x64', 'better_sqlite3.node'),
    );
    expect(resolveNativeBinding(root, { electron: '42.0.0' }, { platform: 'win32', arch: 'arm64' })).toBe(
      join(root, 'node_modules', '.cache', 'power-map-native', 'electron-42.0.0-win32-arm64', 'better_sqlite3.node'),
    );
  });

  it('agrees with the path scripts/ensure-electron-native.mjs writes to', async () => {
    const scriptUrl = pathToFileURL(join(import.meta.dirname, '..', '..', 'scripts', 'ensure-electron-native.mjs')).href;
    const script = (await import(scriptUrl)) as {
      electronBindingPath(root: string, version: string, platform: string, arch: string): string;
    };
    expect(script.electronBindingPath(root, '41.7.1', 'darwin', 'arm64')).toBe(
      resolveNativeBinding(root, { electron: '41.7.1' }, { platform: 'darwin', arch: 'arm64' }),
    );
  });
});
