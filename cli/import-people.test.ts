import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAccountFile } from '../shared/exchange';
import type { AccountData } from '../shared/model';
import { gbkCsvWithTitle, xlsxTitleMergedSecondSheet } from '../node/import/testing/fixtures';
import { DEMO_FILES } from '../test/support/demo-files';
import { EXIT, nodeIo, runCli, type CliIo } from './main';

const dir = mkdtempSync(join(tmpdir(), 'power-map-import-people-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const fake: CliIo = { ...nodeIo, out: (text) => out.push(text), err: (text) => err.push(text), env: {} };
  return { fake, out: () => out.join(''), err: () => err.join('') };
}

async function account(path: string): Promise<AccountData> {
  const parsed = parseAccountFile(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const file = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('power-map import-people', () => {
  it('imports a GBK CSV with a title row into an account and writes the result', async () => {
    const source = file('联系人.csv', gbkCsvWithTitle());
    const out = join(dir, 'result.powermap');
    const run = io();
    expect(await runCli(['import-people', source, '--into', DEMO_FILES['zh-CN'], '--out', out, '--today', '2026-12-06'], run.fake)).toBe(EXIT.ok);
    expect(run.out()).toContain('3 rows: 3 added, 0 updated, 0 skipped');
    expect(run.out()).toContain('GB18030, header row 2');
    const before = await account(DEMO_FILES['zh-CN']);
    const after = await account(out);
    expect(after.people).toHaveLength(before.people.length + 3);
    const li = after.people.find((person) => person.name === '李娜');
    const zhang = after.people.find((person) => person.name === '张伟');
    expect(li).toMatchObject({ title: '采购经理', layer: 'implementation', phone: '13900001111', source: '联系人.csv, imported 2026-12-06' });
    expect(zhang?.layer).toBe('image');
    expect(after.links.some((link) => link.kind === 'reportsTo' && link.from === li?.id && link.to === zhang?.id)).toBe(true);
  });

  it('prints the encoding, sheet, header row, mapping, counts and every problem with --json', async () => {
    const source = file('contacts.xlsx', await xlsxTitleMergedSecondSheet());
    const run = io();
    const args = ['import-people', source, '--into', DEMO_FILES.en, '--out', join(dir, 'x.powermap'), '--json', '--map', '最近联系=ignore'];
    expect(await runCli(args, run.fake)).toBe(EXIT.ok);
    const report = JSON.parse(run.out()) as Record<string, unknown>;
    expect(report).toMatchObject({ encoding: null, sheet: '联系人', headerRow: 2, headerRowCount: 2, counts: { rows: 3, added: 3 } });
    expect((report.mapping as { field: string }[]).map((entry) => entry.field)).toEqual(['name', 'title', 'phone', 'email', 'influence', 'ignore']);
    expect(report.problems).toEqual([]);
  });

  it('lists problems with their row and column and still imports', async () => {
    const source = file('bad.csv', new TextEncoder().encode('Name,Influence,Reports To\nAnn,7,Nobody\n'));
    const run = io();
    expect(await runCli(['import-people', source, '--into', DEMO_FILES.en, '--out', join(dir, 'bad.powermap')], run.fake)).toBe(EXIT.ok);
    expect(run.out()).toContain('row 2, Influence: "7" is not an influence from 1 to 5 (value ignored)');
    expect(run.out()).toContain('row 2, Reports To: "Nobody" matches nobody in the file or the account (no reports-to link)');
  });

  it('refuses a file that is not a table and writes nothing (exit 1)', async () => {
    const source = file('scan.pdf', new TextEncoder().encode('%PDF-1.4\n'));
    const out = join(dir, 'never.powermap');
    const run = io();
    expect(await runCli(['import-people', source, '--into', DEMO_FILES.en, '--out', out], run.fake)).toBe(EXIT.badFile);
    expect(run.err()).toContain('is a PDF document, not a table');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['import-people', 'a.csv', '--out', 'b.powermap'], '--into'],
    [['import-people', 'a.csv', '--into', 'a.powermap', '--out', 'b.powermap', '--encoding', 'latin1'], '--encoding must be one of auto, utf-8'],
    [['import-people', 'a.csv', '--into', 'a.powermap', '--out', 'b.powermap', '--on-duplicate', 'merge'], '--on-duplicate must be one of'],
  ])('refuses a wrong command line (exit 2): %j', async (args, message) => {
    const run = io();
    expect(await runCli(args, run.fake)).toBe(EXIT.usage);
    expect(run.err()).toContain(message);
  });

  it('refuses a --map naming a header the table lacks (exit 2)', async () => {
    const source = file('m.csv', new TextEncoder().encode('Name\nAnn\n'));
    const run = io();
    expect(await runCli(['import-people', source, '--into', DEMO_FILES.en, '--out', join(dir, 'm.powermap'), '--map', 'Boss=reportsTo'], run.fake)).toBe(EXIT.usage);
    expect(run.err()).toContain('--map names "Boss"');
  });
});

describe('power-map export --format csv|xlsx', () => {
  it.each(['csv', 'xlsx'] as const)('writes the people table that import-people reads back without duplicates (%s)', async (format) => {
    const table = join(dir, `people.${format}`);
    const run = io();
    expect(await runCli(['export', DEMO_FILES.en, '--format', format, '--out', table, '--include-private'], run.fake)).toBe(EXIT.ok);
    const back = io();
    const out = join(dir, `back-${format}.powermap`);
    expect(await runCli(['import-people', table, '--into', DEMO_FILES.en, '--out', out, '--json'], back.fake)).toBe(EXIT.ok);
    const report = JSON.parse(back.out()) as { counts: { added: number; updated: number }; problems: unknown[] };
    const before = await account(DEMO_FILES.en);
    expect(report.counts).toMatchObject({ added: 0, updated: before.people.length });
    expect(report.problems).toEqual([]);
    expect((await account(out)).people).toEqual(before.people);
  });

  it('refuses an --out name of another kind', async () => {
    const run = io();
    expect(await runCli(['export', DEMO_FILES.en, '--format', 'csv', '--out', join(dir, 'p.xlsx')], run.fake)).toBe(EXIT.usage);
  });
});
