import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../shared/analysis';
import { buildDemoAccount } from '../shared/demo';
import { DEMO_FILE_DAY, DEMO_FILES } from '../test/support/demo-files';
import { EXIT, nodeIo, runCli, type CliIo } from './main';

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
    writeFile: nodeIo.writeFile,
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

  it('prints what to do under every finding, in the chosen language', async () => {
    const { fake, out } = io();
    await runCli(demoArgs(), fake);
    const lines = out().split('\n');
    const data = buildDemoAccount('en', DEMO_FILE_DAY);
    const findings = analyze(data, { today: DEMO_FILE_DAY }).findings;
    expect(lines.filter((l) => l.startsWith('      → What to do: '))).toHaveLength(findings.length);
    // The advice sits right under its finding's explanation: the blocker's under the blocker.
    const blocker = lines.findIndex((l) => l.includes('[critical] Blocker'));
    expect(lines[blocker + 2]).toMatch(/^ {6}→ What to do: Learn .+'s objections and who can sway/);
    const zh = io();
    await runCli(['analyze', DEMO_FILES['zh-CN'], '--lang', 'zh-CN', '--today', DEMO_FILE_DAY], zh.fake);
    expect(zh.out().split('\n').filter((l) => l.startsWith('      → 建议：'))).toHaveLength(findings.length);
  });

  it('gives every finding an advice string in --json, in 简体中文 with --lang zh-CN', async () => {
    type Printed = { messages: { key: string; text: string; advice: string }[] };
    const en = io();
    await runCli(demoArgs('--json'), en.fake);
    const enMessages = (JSON.parse(en.out()) as Printed).messages;
    expect(enMessages.length).toBeGreaterThan(5);
    for (const m of enMessages) expect(typeof m.advice === 'string' && m.advice.length > 5, m.key).toBe(true);
    const stale = enMessages.find((m) => m.key === 'unverified-people')!;
    expect(stale.advice).toBe('Confirm the title, layer and attitude of Zhang Huaming, Gao Ya and Meng Fan, then mark each one "Verified today".');
    const zh = io();
    await runCli(['analyze', DEMO_FILES['zh-CN'], '--lang', 'zh-CN', '--json', '--today', DEMO_FILE_DAY], zh.fake);
    const zhMessages = (JSON.parse(zh.out()) as Printed).messages;
    expect(zhMessages.map((m) => m.key)).toEqual(enMessages.map((m) => m.key));
    for (const m of zhMessages) expect(m.advice, m.key).toMatch(/[\u4e00-\u9fff]/);
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
  }, 60_000);

  it('exits non-zero with the reason on a malformed file', () => {
    const result = spawnSync(process.execPath, ['bin/power-map.js', 'analyze', 'package.json'], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('This is not a Power Map file');
  }, 60_000);
});

describe('power-map export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'power-map-cli-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const demo = buildDemoAccount('en', DEMO_FILE_DAY);
  const secrets = demo.people.flatMap((p) => [p.privateNotes, p.contact]).filter((text) => text.length > 6).map((text) => text.slice(0, 20));

  async function exportTo(format: string, ...extra: string[]) {
    const out = join(dir, `demo-${format}-${extra.join('')}.${format}`);
    const { fake, err } = io();
    const code = await runCli(['export', DEMO_FILES.en, '--format', format, '--out', out, '--today', DEMO_FILE_DAY, ...extra], fake);
    expect(err()).toBe('');
    expect(code).toBe(EXIT.ok);
    return out;
  }

  it.each([
    ['1', 1],
    ['4', 4],
  ])('writes a PNG at %sx of the map drawing, with its legend and the account name', async (scale, factor) => {
    const png = readFileSync(await exportTo('png', '--scale', scale));
    const svg = readFileSync(await exportTo('svg'), 'utf8');
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: Number(width) * factor, height: Number(height) * factor });
  }, 60_000);

  it('writes an SVG with every name as text, no private value and no script', async () => {
    const svg = readFileSync(await exportTo('svg'), 'utf8');
    for (const person of demo.people) expect(svg).toContain(`>${person.name}<`);
    expect(svg).toContain('>Eastlake University<');
    expect(secrets.filter((secret) => svg.includes(secret))).toEqual([]);
    expect(svg).not.toMatch(/<script|<[^>]*\son\w+=/i);
  });

  it('writes a PDF that opens and holds the account name and the people', async () => {
    const text = execFileSync('pdftotext', [await exportTo('pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Eastlake University');
    expect(text).toContain('Wang Jianguo');
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
  }, 60_000);

  it('writes a deck; private fields only with --include-private', async () => {
    const slides = (path: string) => execFileSync('unzip', ['-p', path, 'ppt/slides/*.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const plain = slides(await exportTo('pptx', '--editable'));
    // Title, map, the findings with every action (as many slides as they need) and the people by layer.
    expect((plain.match(/<p:sld[ >]/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(plain).toContain('Wang Jianguo');
    expect(secrets.filter((secret) => plain.includes(secret))).toEqual([]);
    const open = slides(await exportTo('pptx', '--editable', '--include-private'));
    expect(secrets.filter((secret) => open.includes(secret)).length).toBeGreaterThan(0);
  }, 60_000);

  it('refuses what it cannot do, says why, and writes nothing', async () => {
    const out = join(dir, 'never.png');
    for (const [argv, message] of [
      [['export', DEMO_FILES.en, '--format', 'gif', '--out', out], '--format must be one of png, svg, pdf, pptx'],
      [['export', DEMO_FILES.en, '--format', 'png', '--out', out, '--scale', '3'], '--scale must be 1, 2 or 4'],
      [['export', DEMO_FILES.en, DEMO_FILES['zh-CN'], '--format', 'png', '--out', out], 'Only a PPTX deck can hold several accounts'],
      [['export', DEMO_FILES.en, '--format', 'png'], '--out must name the file to write'],
      [['export', DEMO_FILES.en, '--format', 'svg', '--out', join(dir, 'never.pptx')], 'names a .pptx file, but --format is svg'],
    ] as const) {
      const { fake, err } = io();
      expect(await runCli(argv, fake)).toBe(EXIT.usage);
      expect(err()).toContain(message);
    }
    const { fake, err } = io();
    expect(await runCli(['export', DEMO_FILES.en, '--format', 'svg', '--out', join(dir, 'no-such-folder', 'x.svg')], fake)).toBe(EXIT.badFile);
    expect(err()).toContain('Could not write');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(dir, 'never.pptx'))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
