import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface NativeTarget {
  platform: string;
  arch: string;
}

/** The package installed as better-sqlite3 (an npm alias of better-sqlite3-multiple-ciphers): name and version. */
export interface SqlitePackage {
  name: string;
  version: string;
}

export function installedSqlitePackage(projectRoot: string): SqlitePackage {
  const { name, version } = JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')) as SqlitePackage;
  return { name, version };
}

/**
 * Where the Electron-ABI copy of better_sqlite3.node lives. The folder names the package and its
 * version too: a copy built from plain better-sqlite3 (before the switch to the encrypting package)
 * or from an older version is never loaded by mistake. The package's own build stays compiled for
 * Node (vitest, CLI, benchmarks); scripts/ensure-electron-native.mjs builds this second copy before
 * `npm start` and must compute the same path (a test checks that they agree).
 *
 * Returns undefined outside Electron so Node loads the package's own build.
 */
export function resolveNativeBinding(
  projectRoot: string,
  versions: { readonly electron?: string } = process.versions,
  target: NativeTarget = { platform: process.platform, arch: process.arch },
  sqlitePackage: () => SqlitePackage = () => installedSqlitePackage(projectRoot),
): string | undefined {
  const electronVersion = versions.electron;
  if (!electronVersion) return undefined;
  const { name, version } = sqlitePackage();
  return join(
    projectRoot,
    'node_modules',
    '.cache',
    'power-map-native',
    `electron-${electronVersion}-${target.platform}-${target.arch}-${name}-${version}`,
    'better_sqlite3.node',
  );
}
