import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../shared/demo';
import { applyOps, updatePerson } from '../shared/edit';
import { serializeAccountFile } from '../shared/exchange';
import { DEMO_FILE_DAY } from '../test/support/demo-files';
import { EXIT, runCli } from './main';
import { memoryIo } from './testing/memory-io';

const BLOCKER = 'demo-p-it-director';

describe('power-map merge', () => {
  it('lists each record that differs with the proposed choice, in English and 简体中文, and writes nothing', async () => {
    const mine = buildDemoAccount('en', DEMO_FILE_DAY);
    const theirs = applyOps(mine, updatePerson(mine, BLOCKER, { attitude: 'supporter' }).forward);
    const files = { 'mine.powermap': serializeAccountFile(mine, '2026-11-22T09:00:00.000Z'), 'theirs.powermap': serializeAccountFile(theirs, '2026-11-23T09:00:00.000Z') };
    const run = memoryIo(files);
    expect(await runCli(['merge', 'mine.powermap', 'theirs.powermap'], run.fake)).toBe(EXIT.ok);
    const name = mine.people.find((p) => p.id === BLOCKER)!.name;
    expect(run.out()).toContain(`Merging into ${mine.account.name}: 1 record differs`);
    // Files without history share no base: mine is kept unless chosen otherwise.
    expect(run.out()).toContain(`[keep mine] Person ${name}: differs (attitude); who changed it is unknown`);
    const zh = memoryIo(files);
    expect(await runCli(['merge', 'mine.powermap', 'theirs.powermap', '--lang', 'zh-CN'], zh.fake)).toBe(EXIT.ok);
    expect(zh.out()).toContain(`[保留我方] 人员 ${name}: 不同 (attitude)`);
    const json = memoryIo(files);
    await runCli(['merge', 'mine.powermap', 'theirs.powermap', '--json'], json.fake);
    expect(JSON.parse(json.out()).items).toEqual([expect.objectContaining({ id: BLOCKER, change: 'changed', defaultChoice: 'mine' })]);
  });

  it('refuses two different accounts', async () => {
    const a = buildDemoAccount('en', DEMO_FILE_DAY);
    const b = { ...a, account: { ...a.account, id: 'another', name: 'Another' } };
    const run = memoryIo({ 'a.powermap': serializeAccountFile(a, '2026-11-22T09:00:00.000Z'), 'b.powermap': serializeAccountFile({ ...b, competitors: [], team: [], people: [], links: [] }, '2026-11-22T09:00:00.000Z') });
    expect(await runCli(['merge', 'a.powermap', 'b.powermap'], run.fake)).toBe(EXIT.badFile);
    expect(run.err()).toContain('different accounts');
  });
});
