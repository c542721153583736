import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../shared/demo';
import { createStore } from '../../node/db';
import { changeBehindTheHistory, countRows } from '../../node/db/test-support';
import { checkDatabase } from '../../node/db/health';
import { LATEST_SCHEMA_VERSION } from '../../node/db/migrations';
import { DEMO_FILE_DAY, DEMO_FILES } from '../../test/support/demo-files';
import { nodeIo, runCli, type CliIo } from '../main';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'power-map-cli-db-'));
  db = join(dir, 'power-map.sqlite3');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...nodeIo, out: (t) => out.push(t), err: (t) => err.push(t), readText: (p) => readFile(p, 'utf8') };
  const code = await runCli(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

const demo = buildDemoAccount('en', DEMO_FILE_DAY);
const boss = demo.people.find((p) => p.name === 'Wang Jianguo')!;

describe('power-map db', () => {
  it('imports accounts into a new database, then checks it healthy (--json as documented)', async () => {
    expect((await cli('db', 'import', DEMO_FILES.en, DEMO_FILES['zh-CN'], '--db', db)).code).toBe(0);
    const checked = await cli('db', 'check', '--db', db, '--json');
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.out)).toMatchObject({ ok: true, schemaVersion: LATEST_SCHEMA_VERSION, accounts: 2, people: demo.people.length * 2, problems: [] });
  });

  it('says a damaged database is damaged, exits 1, and leaves it as it was', async () => {
    await cli('db', 'import', DEMO_FILES.en, '--db', db);
    truncateSync(db, Math.floor(statSync(db).size / 2));
    const before = readFileSync(db);
    const checked = await cli('db', 'check', '--db', db);
    expect(checked.code).toBe(1);
    expect(checked.out).toContain('is damaged; it was not written to');
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('backs up, restores (keeping the current file aside) and salvages', async () => {
    await cli('db', 'import', DEMO_FILES.en, '--db', db);
    const backup = join(dir, 'copy.sqlite3');
    expect((await cli('db', 'backup', '--db', db, '--out', backup)).code).toBe(0);
    await cli('db', 'import', DEMO_FILES['zh-CN'], '--db', db);

    const restored = await cli('db', 'restore', backup, '--db', db);
    expect(restored.code).toBe(0);
    const aside = /kept as (.+)$/m.exec(restored.out)![1]!;
    expect(checkDatabase(db).accounts).toBe(1);
    expect(checkDatabase(aside, { probeLock: false }).accounts).toBe(2);

    const salvaged = join(dir, 'salvaged.sqlite3');
    const recovered = await cli('db', 'recover', '--db', db, '--out', salvaged);
    expect(recovered.code).toBe(0);
    expect(recovered.out).toMatch(/people\s+\d+ saved/);
    expect(checkDatabase(salvaged)).toMatchObject({ ok: true, accounts: 1 });
  });

  it("exports a person's data as JSON, then erases them", async () => {
    await cli('db', 'import', DEMO_FILES.en, '--db', db);
    const json = join(dir, 'wang.json');
    expect((await cli('db', 'export-person', '--db', db, '--person', boss.id, '--out', json)).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).person).toEqual(boss);

    const erased = await cli('db', 'erase-person', '--db', db, '--person', boss.id);
    expect(erased.code).toBe(0);
    expect(readFileSync(db).includes(Buffer.from('Wang Jianguo'))).toBe(false);
    expect((await cli('db', 'erase-person', '--db', db, '--person', boss.id)).err).toContain(`No person with id ${boss.id}`);
  });

  it('opens an encrypted database with its recovery key file, and asks for the key without it', async () => {
    const keyFile = join(dir, 'power-map-recovery-key.txt');
    writeFileSync(keyFile, `  ${'c3'.repeat(32).toUpperCase()}\r\n`);
    expect((await cli('db', 'import', DEMO_FILES.en, '--db', db, '--key-file', keyFile)).code).toBe(0);
    expect(readFileSync(db).includes(Buffer.from('Wang Jianguo'))).toBe(false);

    const refused = await cli('db', 'check', '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('is encrypted; give its recovery key with --key-file KEY');
    expect((await cli('db', 'export-person', '--db', db, '--person', boss.id, '--out', join(dir, 'p.json'))).err).toContain('--key-file');

    const opened = await cli('db', 'check', '--db', db, '--key-file', keyFile, '--json');
    expect(opened.code).toBe(0);
    expect(JSON.parse(opened.out)).toMatchObject({ ok: true, encrypted: true, accounts: 1, people: demo.people.length });

    const backup = join(dir, 'copy.sqlite3');
    expect((await cli('db', 'backup', '--db', db, '--out', backup, '--key-file', keyFile)).out).toContain('encrypted with the same key');
    expect(readFileSync(backup).includes(Buffer.from('Wang Jianguo'))).toBe(false);
    expect((await cli('db', 'check', '--db', backup, '--key-file', keyFile)).code).toBe(0);

    const wrong = join(dir, 'wrong.key');
    writeFileSync(wrong, 'ab'.repeat(32));
    const wrongKey = await cli('db', 'check', '--db', db, '--key-file', wrong);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.out).toContain('the key given does not open this file');
  });

  it('refuses a malformed key file clearly, and wrong commands with the usage', async () => {
    const bad = join(dir, 'bad.key');
    writeFileSync(bad, 'not a key');
    const keyed = await cli('db', 'check', '--db', db, '--key-file', bad);
    expect(keyed.code).toBe(1);
    expect(keyed.err).toContain('is not a Power Map recovery key: it must hold exactly 64 hexadecimal characters');
    expect((await cli('db', 'check', '--db', db, '--key-file', join(dir, 'missing.key'))).err).toContain('Could not read the key file');
    expect((await cli('db', 'frobnicate', '--db', db)).code).toBe(2);
    const missing = await cli('db', 'check', '--db', join(dir, 'nope.sqlite3'));
    expect(missing.code).toBe(1);
    expect(existsSync(join(dir, 'nope.sqlite3'))).toBe(false);
  });
});

describe('power-map db compact-history', () => {
  it('folds the history before a day into baseline records and a snapshot; a second run finds nothing; a wrong day is a usage error', async () => {
    await cli('db', 'import', DEMO_FILES.en, '--db', db);
    const day = '2099-01-01';
    const compacted = await cli('db', 'compact-history', '--db', db, '--before', day);
    expect(compacted.code).toBe(0);
    expect(compacted.out).toMatch(/recorded changes? before 2099-01-01 folded into \d+ baseline records and a snapshot; the map is exact from \d{4}-\d{2}-\d{2} on\./);
    const store = createStore(db);
    const [account] = store.listAccounts();
    expect(new Set(store.history(account!.id).map((c) => c.origin))).toEqual(new Set(['baseline']));
    expect(store.snapshots(account!.id).map((s) => [s.name, s.kind])).toEqual([[`History before ${day}`, 'compaction']]);
    expect(store.historyContradictions(account!.id)).toEqual([]);
    store.close();
    expect((await cli('db', 'compact-history', '--db', db, '--before', day)).out).toContain('Nothing recorded before 2099-01-01 to compact');
    expect((await cli('db', 'compact-history', '--db', db, '--before', '2026-02-30')).code).toBe(2);
  });

  it('refuses a history that contradicts the database, naming the record, and changes nothing', async () => {
    await cli('db', 'import', DEMO_FILES.en, '--db', db);
    changeBehindTheHistory(db, boss.id, 'Changed behind the history');
    const records = countRows(db, 'changes');
    const refused = await cli('db', 'compact-history', '--db', db, '--before', '2099-01-01');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`people ${boss.id}: fields differ`);
    expect(countRows(db, 'changes')).toBe(records);
    expect(countRows(db, 'snapshots')).toBe(0);
  });
});
