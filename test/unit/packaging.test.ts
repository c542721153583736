import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * The packaging configuration and the hosted CI workflow cannot run here (both need Electron's
 * binary, which cannot be downloaded), so what they promise is checked as data. js-yaml is the YAML
 * reader electron-builder itself uses to read build/electron-builder.yml.
 */
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const yaml = (path: string) => load(readFileSync(path, 'utf8')) as Record<string, unknown>;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}

describe('build/electron-builder.yml', () => {
  const config = yaml('build/electron-builder.yml');

  it('flips the fuses that close the ways of running other code inside the packaged app', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an ASAR archive (the integrity fuse and onlyLoadAppFromAsar need one)', () => {
    expect(config.asar ?? true).toBe(true);
  });
});

describe('.github/workflows/electron.yml', () => {
  const workflow = yaml('.github/workflows/electron.yml');
  const jobs = workflow.jobs as Record<string, { 'runs-on': string; strategy: { matrix: { os: string[] } }; env?: Record<string, string>; steps: Step[] }>;
  const job = jobs.electron!;
  const runs = job.steps.map((step) => step.run ?? '');

  it('runs on Linux, macOS and Windows', () => {
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(job.strategy.matrix.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
  });

  it('installs Electron with its binary and requires the launch test to run, not skip', () => {
    expect(runs).toContain('npm ci');
    expect(JSON.stringify(workflow)).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(job.env?.POWER_MAP_REQUIRE_ELECTRON).toBe('1');
    expect(readFileSync('test/e2e/electron.spec.ts', 'utf8')).toContain("process.env.POWER_MAP_REQUIRE_ELECTRON === '1'");
  });

  it('builds, runs the real-Electron test on every system (under a virtual display on Linux), then packages', () => {
    const order = (pattern: RegExp) => runs.findIndex((run) => pattern.test(run));
    const launch = job.steps.filter((step) => step.run?.includes('playwright test test/e2e/electron.spec.ts'));
    expect(launch.map((step) => step.if).sort()).toEqual(["runner.os != 'Linux'", "runner.os == 'Linux'"]);
    expect(launch.find((step) => step.if === "runner.os == 'Linux'")?.run).toMatch(/^xvfb-run /);
    expect(order(/ensure-electron-native/)).toBeGreaterThan(order(/^npm ci$/));
    expect(order(/electron-vite build/)).toBeLessThan(order(/electron\.spec\.ts/));
    expect(order(/^npm run dist/)).toBeGreaterThan(order(/electron\.spec\.ts/));
  });

  it('uses a Node version the project supports and scripts that exist', () => {
    const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };
    expect(String((setup as { with?: { 'node-version'?: unknown } }).with?.['node-version'])).toBe(pkg.engines.node.replace('>=', ''));
    expect(pkg.scripts.dist).toContain('electron-builder --config build/electron-builder.yml');
  });

  it('reads the repository only', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
});
