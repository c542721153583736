#!/usr/bin/env node
/**
 * Makes sure an Electron build of better-sqlite3 exists before the app starts. The package installed
 * under that name is better-sqlite3-multiple-ciphers (an npm alias in package.json: the same API, with
 * encryption); its own package.json, copied below, carries that real name and repository, so
 * prebuild-install downloads that package's Electron binaries, not plain better-sqlite3's.
 *
 * Why a second copy: a native addon is compiled for one ABI. `npm install` builds better-sqlite3 for
 * Node, which vitest, the CLI and the benchmarks need. Electron embeds its own Node with another ABI and
 * cannot load that file. Rebuilding the package in place (electron-rebuild) would break the tests until
 * the next rebuild, so `npm install && npm start && npm test` and `npm install && npm test && npm start`
 * would each need a rebuild in between. Instead the package's own build is never touched: this script
 * builds a second copy in a temp folder and stores it at
 *   node_modules/.cache/power-map-native/electron-<version>-<platform>-<arch>-<package>-<package version>/better_sqlite3.node
 * and the main process passes that path to better-sqlite3 as `nativeBinding` when it runs under
 * Electron (node/db/native-binding.ts computes the same path; a unit test checks they agree).
 *
 * How: copy the package (without its build folder) to a temp dir, try `prebuild-install --runtime
 * electron` (a download), and if that fails compile with node-gyp against Electron's headers. npm
 * passes its config to scripts as npm_config_* variables; a `nodedir` there (set on this machine)
 * would make node-gyp compile against Node's headers and yield a file Electron refuses, so the
 * variables that choose the target are removed from the children's environment.
 *
 * Where Electron's binary is not installed (CI, or installs with ELECTRON_SKIP_BINARY_DOWNLOAD) the
 * script says so and exits 0: `electron .` then fails with Electron's own message.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PREFIX = 'ensure-electron-native:';

/** The package installed as better-sqlite3 (an npm alias of better-sqlite3-multiple-ciphers). */
export function installedSqlitePackage(projectRoot) {
  const { name, version } = JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8'));
  return { name, version };
}

/**
 * Must match resolveNativeBinding in node/db/native-binding.ts. The folder names the package and its
 * version, so a copy built before the switch to the encrypting package is not taken for this one.
 */
export function electronBindingPath(projectRoot, electronVersion, platform = process.platform, arch = process.arch, sqlitePackage = installedSqlitePackage(projectRoot)) {
  return join(
    projectRoot,
    'node_modules',
    '.cache',
    'power-map-native',
    `electron-${electronVersion}-${platform}-${arch}-${sqlitePackage.name}-${sqlitePackage.version}`,
    'better_sqlite3.node',
  );
}

/** The Electron binary's path, or undefined when it is not installed. */
function installedElectron(require) {
  try {
    const executable = require('electron');
    return typeof executable === 'string' && existsSync(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}

/** The environment for the build tools, without npm settings that would pick another target. */
function buildEnvironment() {
  const steering = /^npm_config_(nodedir|target|runtime|arch|platform|disturl|dist_url|build_from_source|debug)$/i;
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!steering.test(key) && !/^npm_package_/i.test(key)) env[key] = value;
  }
  return env;
}

function run(label, args, cwd) {
  console.log(`${PREFIX} ${label}`);
  const result = spawnSync(process.execPath, args, { cwd, env: buildEnvironment(), stdio: 'inherit' });
  return result.status === 0;
}

/** node-gyp ships with npm; prefer npm's own copy, else one in node_modules. */
function findNodeGyp(require) {
  const npmCli = process.env.npm_execpath;
  if (npmCli) {
    const besideNpm = join(dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    if (existsSync(besideNpm)) return besideNpm;
  }
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    return undefined;
  }
}

function buildInTemp(projectRoot, electronVersion, require) {
  const packageDir = dirname(require.resolve('better-sqlite3/package.json'));
  const workDir = mkdtempSync(join(tmpdir(), 'power-map-native-'));
  const copy = join(workDir, 'better-sqlite3');
  try {
    // The build folder holds the Node-ABI file: leaving it out means a failed build cannot pass for a good one.
    cpSync(packageDir, copy, { recursive: true, filter: (source) => source !== join(packageDir, 'build') });
    const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
    const packageRequire = createRequire(join(packageDir, 'package.json'));
    const prebuildInstall = packageRequire.resolve('prebuild-install/bin.js');
    const arch = process.arch;

    let ok = run(
      `downloading a prebuilt better-sqlite3 for Electron ${electronVersion} (${process.platform}-${arch})`,
      [prebuildInstall, '--runtime', 'electron', '--target', electronVersion, '--arch', arch],
      copy,
    );
    if (!ok || !existsSync(built)) {
      const nodeGyp = findNodeGyp(require);
      if (nodeGyp === undefined) {
        console.error(`${PREFIX} no prebuilt binary, and node-gyp was not found to compile one.`);
        return undefined;
      }
      ok = run(
        `no prebuilt binary; compiling better-sqlite3 against Electron ${electronVersion}'s headers (a few minutes)`,
        [
          nodeGyp,
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${electronVersion}`,
          `--arch=${arch}`,
          '--dist-url=https://electronjs.org/headers',
        ],
        copy,
      );
    }
    if (!ok || !existsSync(built)) return undefined;

    const target = electronBindingPath(projectRoot, electronVersion);
    mkdirSync(dirname(target), { recursive: true });
    // Copy then rename, so an interrupted copy never looks like a finished one on the next start.
    const partial = join(dirname(target), `.${basename(target)}.partial`);
    copyFileSync(built, partial);
    renameSync(partial, target);
    return target;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function main() {
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const require = createRequire(join(projectRoot, 'package.json'));

  if (installedElectron(require) === undefined) {
    console.log(`${PREFIX} Electron's binary is not installed, so there is nothing to build better-sqlite3 for; skipping.`);
    return 0;
  }
  const electronVersion = require('electron/package.json').version;
  const target = electronBindingPath(projectRoot, electronVersion);
  if (existsSync(target)) return 0;

  const built = buildInTemp(projectRoot, electronVersion, require);
  if (built === undefined) {
    console.error(
      `${PREFIX} could not get better-sqlite3 for Electron ${electronVersion}. Power Map cannot open its database without it. ` +
        'Check the network (prebuilt binaries come from GitHub, headers from electronjs.org) or a C++ toolchain, then run `npm start` again.',
    );
    return 1;
  }
  console.log(`${PREFIX} better-sqlite3 for Electron ${electronVersion} is at ${built}`);
  return 0;
}

// Run only when executed, not when a test imports electronBindingPath.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main();
}
