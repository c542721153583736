import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../shared/demo';
import { applyOps, newPerson, setPersonStatus, updatePerson } from '../shared/edit';
import { serializeAccountFile } from '../shared/exchange';
import type { AccountData } from '../shared/model';
import { DEMO_FILE_DAY } from '../test/support/demo-files';
import { EXIT, runCli } from './main';
import { memoryIo } from './testing/memory-io';

const COACH = 'demo-p-appdev-chief';
const BLOCKER = 'demo-p-it-director';

/** The demo, then the same account a month on: the coach left for CloudNet, the blocker came round, a newcomer, a link gone. */
function versions(locale: 'en' | 'zh-CN') {
  const before = buildDemoAccount(locale, DEMO_FILE_DAY);
  let after: AccountData = applyOps(before, setPersonStatus(before, COACH, { status: 'left', since: '2026-12-01', to: { competitorId: 'demo-c-cloudnet' } }).forward);
  after = applyOps(after, updatePerson(after, BLOCKER, { attitude: 'supporter' }).forward);
  after = applyOps(after, [{ op: 'put', entity: 'person', value: newPerson(before.account.id, { name: 'Zhou Min', layer: 'user' }, 'p-new') }]);
  const gone = before.links.find((l) => l.kind === 'reportsTo')!;
  after = applyOps(after, [{ op: 'delete', entity: 'link', id: gone.id }]);
  return { before, after, gone };
}


const filesOf = (before: AccountData, after: AccountData) => ({
  'old.powermap': serializeAccountFile(before, '2026-11-22T09:00:00.000Z'),
  'new.powermap': serializeAccountFile(after, '2026-12-22T09:00:00.000Z'),
});

describe('power-map diff', () => {
  it('prints who joined, left and was removed, each change in words, and the findings before -> after', async () => {
    const { before, after } = versions('en');
    const run = memoryIo(filesOf(before, after));
    expect(await runCli(['diff', 'old.powermap', 'new.powermap', '--today', DEMO_FILE_DAY], run.fake)).toBe(EXIT.ok);
    const text = run.out();
    const name = (id: string) => before.people.find((p) => p.id === id)!.name;
    expect(text).toContain('People joined (1)\n  Zhou Min');
    expect(text).toContain(`People left or on leave (1)\n  ${name(COACH)} (joined CloudNet Education)`);
    expect(text).toContain('People removed (0)');
    expect(text).toContain(`${name(COACH)} left, joined CloudNet Education`);
    expect(text).toContain(`${name(BLOCKER)}: attitude Skeptic -> Supporter`);
    expect(text).toMatch(/Reports to removed: .+ → .+/);
    expect(text).toMatch(/Weighted coverage: \d+ → \d+/);
    expect(text).toContain(`New: Left for a competitor — ${name(COACH)} left on 2026-12-01 and joined CloudNet Education`);
    expect(text).toContain(`Resolved: Blocker — ${name(BLOCKER)} is a decision maker`);
  });

  it('gives it all as JSON, and speaks 简体中文 with --lang zh', async () => {
    const { before, after, gone } = versions('zh-CN');
    const json = memoryIo(filesOf(before, after));
    expect(await runCli(['diff', 'old.powermap', 'new.powermap', '--json', '--today', DEMO_FILE_DAY], json.fake)).toBe(EXIT.ok);
    const parsed = JSON.parse(json.out());
    expect(parsed.joined).toEqual([{ id: 'p-new', name: 'Zhou Min' }]);
    expect(parsed.left).toEqual([expect.objectContaining({ id: COACH, status: 'left', since: '2026-12-01' })]);
    expect(parsed.links.removed.map((l: { id: string }) => l.id)).toEqual([gone.id]);
    expect(parsed.findings.added.map((f: { key: string }) => f.key)).toContain(`left-to-competitor:${COACH}`);
    const zh = memoryIo(filesOf(before, after));
    await runCli(['diff', 'old.powermap', 'new.powermap', '--lang', 'zh', '--today', DEMO_FILE_DAY], zh.fake);
    expect(zh.out()).toContain('新加入的人 (1)');
    expect(zh.out()).toContain('已离职，加入了');
    expect(zh.out()).toContain('加权覆盖度');
  });

  it('refuses two different accounts, a missing file and a wrong command line with the usual exit codes', async () => {
    const { before } = versions('en');
    const moved = <T extends { accountId: string }>(items: T[]) => items.map((item) => ({ ...item, accountId: 'another' }));
    const other = {
      account: { ...before.account, id: 'another', name: 'Another' },
      competitors: moved(before.competitors),
      team: moved(before.team),
      people: moved(before.people),
      links: moved(before.links),
    };
    const different = memoryIo(filesOf(before, other));
    expect(await runCli(['diff', 'old.powermap', 'new.powermap'], different.fake)).toBe(EXIT.badFile);
    expect(different.err()).toContain('different accounts');
    const missing = memoryIo({});
    expect(await runCli(['diff', 'old.powermap', 'new.powermap'], missing.fake)).toBe(EXIT.badFile);
    expect(missing.err()).toContain('No such file: old.powermap');
    const one = memoryIo({});
    expect(await runCli(['diff', 'old.powermap'], one.fake)).toBe(EXIT.usage);
    expect(await runCli(['diff', 'a', 'b', '--lang', 'fr'], one.fake)).toBe(EXIT.usage);
  });
});
