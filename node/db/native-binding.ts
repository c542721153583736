import { join } from 'node:path';

export interface NativeTarget {
  platform: string;
  arch: string;
}

/**
 * Where the Electron-ABI copy of better_sqlite3.node lives. The package's own build stays compiled for
 * Node (vitest, CLI, benchmarks); scripts/ensure-electron-native.mjs builds this second copy before
 * `npm start` and must compute the same path (a test checks that they agree).
 *
 * Returns undefined outside Electron so Node loads the package's own build.
 */
export function resolveNativeBinding(
  projectRoot: string,
  versions: { readonly electron?: string } = process.versions,
  target: NativeTarget = { platform: process.platform, arch: process.arch },
): string | undefined {
  const electronVersion = versions.electron;
  if (!electronVersion) return undefined;
  return join(
    projectRoot,
    'node_modules',
    '.cache',
    'power-map-native',
    `electron-${electronVersion}-${target.platform}-${target.arch}`,
    'better_sqlite3.node',
  );
}
