import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { analyze } from '../shared/analysis';
import { buildDemoAccount } from '../shared/demo';
import { DEMO_FILE_DAY, DEMO_FILES } from '../test/support/demo-files';
import { EXIT, runCli, type CliIo } from './main';

function io(files: Record<string, string> = {}, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const fake: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env,
    readText: async (path) => {
      if (path in files) return files[path]!;
      if (path.endsWith('.powermap') && !path.startsWith('/missing')) return readFile(path, 'utf8');
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
  };
  return { fake, out: () => out.join(''), err: () => err.join('') };
}

const demoArgs = (...extra: string[]) => ['analyze', DEMO_FILES.en, '--today', DEMO_FILE_DAY, ...extra];

describe('power-map analyze', () => {
  it('prints the summary and every finding of the demo account in words', async () => {
    const { fake, out } = io();
    expect(await runCli(demoArgs(), fake)).toBe(EXIT.ok);
    const text = out();
    expect(text).toContain('Eastlake University — Power map analysis (as of 2026-11-22)');
    expect(text).toMatch(/Weighted coverage: \d+/);
    expect(text).toContain('Every route from our team to Wang Jianguo runs through Sun Liqun');
    const findings = analyze(buildDemoAccount('en', DEMO_FILE_DAY), { today: DEMO_FILE_DAY }).findings;
    expect(text.match(/^ {2}\[(critical|warning|note)\]/gm)).toHaveLength(findings.length);
  });

  it('speaks 简体中文 with --lang zh-CN, or when LANG is Chinese', async () => {
    const chosen = io();
    await runCli(['analyze', DEMO_FILES['zh-CN'], '--lang', 'zh-CN', '--today', DEMO_FILE_DAY], chosen.fake);
    expect(chosen.out()).toContain('东湖大学 — 权力地图分析');
    const fromEnv = io({}, { LANG: 'zh_CN.UTF-8' });
    await runCli(['analyze', DEMO_FILES['zh-CN'], '--today', DEMO_FILE_DAY], fromEnv.fake);
    expect(fromEnv.out()).toContain('加权覆盖度');
  });

  it('prints the same analysis as the app computes with --json', async () => {
    const { fake, out } = io();
    expect(await runCli(demoArgs('--json'), fake)).toBe(EXIT.ok);
    const printed = JSON.parse(out()) as { account: { name: string }; analysis: unknown; messages: { key: string; text: string }[] };
    const expected = analyze(buildDemoAccount('en', DEMO_FILE_DAY), { today: DEMO_FILE_DAY });
    expect(printed.account.name).toBe('Eastlake University');
    expect(printed.analysis).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(printed.messages.map((m) => m.key)).toEqual(expected.findings.map((f) => f.key));
  });

  it('applies the thresholds given', async () => {
    const strict = io();
    await runCli(demoArgs('--json', '--concentration', '0.2'), strict.fake);
    expect((JSON.parse(strict.out()) as { analysis: { options: { concentrationThreshold: number } } }).analysis.options.concentrationThreshold).toBe(0.2);
  });

  it('refuses a malformed file with what is wrong and where, exit 1', async () => {
    const { fake, err, out } = io({ 'bad.powermap': '{"format": "power-map", "version": 1,\n  "account": }' });
    expect(await runCli(['analyze', 'bad.powermap'], fake)).toBe(EXIT.badFile);
    expect(err()).toMatch(/^bad\.powermap: The file is not valid JSON: .* at line 2, column \d+/);
    expect(out()).toBe('');
  });

  it('says so when the file does not exist or comes from a newer version, exit 1', async () => {
    const missing = io();
    expect(await runCli(['analyze', '/missing/account.powermap'], missing.fake)).toBe(EXIT.badFile);
    expect(missing.err()).toBe('No such file: /missing/account.powermap');
    const newer = io({ 'new.powermap': '{"format":"power-map","version":7}' });
    expect(await runCli(['analyze', 'new.powermap'], newer.fake)).toBe(EXIT.badFile);
    expect(newer.err()).toContain('written by a newer Power Map (format 7');
  });

  it.each([
    [['analyze'], 'takes one file'],
    [['analyze', 'a.powermap', '--lang', 'fr'], '--lang must be en or zh-CN'],
    [['analyze', 'a.powermap', '--today', '22/11/2026'], '--today must be a date'],
    [['analyze', 'a.powermap', '--concentration', '60'], '--concentration must be a number above 0 and at most 1'],
    [['analyze', 'a.powermap', '--colour'], 'Unknown option --colour'],
    [['frobnicate'], 'Unknown command "frobnicate"'],
  ])('rejects %j with a usage message, exit 2', async (argv, message) => {
    const { fake, err } = io();
    expect(await runCli(argv, fake)).toBe(EXIT.usage);
    expect(err()).toContain(message);
  });
});

describe('the power-map command as installed', () => {
  it('runs from bin/ with node, printing the analysis and exiting 0', () => {
    const result = spawnSync(process.execPath, ['bin/power-map.js', ...demoArgs()], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Eastlake University — Power map analysis');
  });

  it('exits non-zero with the reason on a malformed file', () => {
    const result = spawnSync(process.execPath, ['bin/power-map.js', 'analyze', 'package.json'], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('This is not a Power Map file');
  });
});
