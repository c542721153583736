import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../shared/analysis';
import { buildDemoAccount } from '../shared/demo';
import { serializeAccountFile } from '../shared/exchange';
import type { AccountData } from '../shared/model';
import { buildAgenda, type AgendaLine } from '../shared/plan';
import { DEMO_FILE_DAY, DEMO_FILES } from '../test/support/demo-files';
import { EXIT, nodeIo, runCli, type CliIo } from './main';

const dir = mkdtempSync(join(tmpdir(), 'power-map-agenda-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const fake: CliIo = { ...nodeIo, out: (text) => out.push(text), err: (text) => err.push(text), env };
  return { fake, out: () => out.join(''), err: () => err.join('') };
}

/** The demo account as another account of a given tier with a 10-day cadence: its own id and name, every date as in the demo. */
function otherAccount(name: string, tier: AccountData['account']['tier']): { path: string; data: AccountData } {
  const demo = buildDemoAccount('en', DEMO_FILE_DAY);
  const accountId = `acc-${tier}`;
  const mine = <T extends { accountId: string }>(record: T): T => ({ ...record, accountId });
  const data: AccountData = {
    account: { ...demo.account, id: accountId, name, tier, visitCadenceDays: 10 },
    competitors: demo.competitors.map(mine),
    team: demo.team.map(mine),
    people: demo.people.map(mine),
    links: demo.links.map(mine),
  };
  const path = join(dir, `${tier}.powermap`);
  writeFileSync(path, serializeAccountFile(data, `${DEMO_FILE_DAY}T09:00:00.000Z`));
  return { path, data };
}

const run = async (args: string[], env: Record<string, string> = {}) => {
  const cli = io(env);
  const code = await runCli(['agenda', ...args], cli.fake);
  return { code, out: cli.out(), err: cli.err() };
};

describe('power-map agenda', () => {
  it('prints the demo account key people due by its 15-day cadence and its cold relationships', async () => {
    const { code, out } = await run([DEMO_FILES.en, '--today', DEMO_FILE_DAY]);
    expect(code).toBe(EXIT.ok);
    // Wang Jianguo, a decision maker, was last met on 2026-10-12: due 10-27, 26 days overdue on 11-22.
    expect(out).toContain('Agenda from 2026-11-22 to 2026-11-29 — 1 account');
    expect(out).toContain('Eastlake University (core · high risk)');
    expect(out).toContain('Contact Wang Jianguo (decision maker): 26 days overdue, last contact 2026-10-12, every 15 days');
    expect(out).toContain("Chen Guodong's relationship with Sun Liqun has gone cold: last contact 2026-09-19, 64 days ago");
    // Everyone the analysis flags overdue is on the agenda as overdue.
    const overdue = analyze(buildDemoAccount('en', DEMO_FILE_DAY), { today: DEMO_FILE_DAY }).findings.filter((f) => f.code === 'key-person-overdue');
    expect(out.match(/days overdue/g)).toHaveLength(overdue.length);
    expect(out).toContain('2026-11-25 Wed');
  });

  it('ranks a core account before a general one across files, and --json carries account and person ids', async () => {
    const general = otherAccount('Riverside Hospital', 'general');
    const { code, out } = await run([general.path, DEMO_FILES.en, '--today', DEMO_FILE_DAY, '--json']);
    expect(code).toBe(EXIT.ok);
    const printed = JSON.parse(out) as { lines: (AgendaLine & { text: string })[]; accounts: { accountId: string }[]; summary: string };
    const expected = buildAgenda([{ data: general.data }, { data: buildDemoAccount('en', DEMO_FILE_DAY) }], { today: DEMO_FILE_DAY, days: 7 });
    expect(printed.lines.map(({ text: _text, ...line }) => line)).toEqual(JSON.parse(JSON.stringify(expected.lines)));
    expect(printed.accounts.map((a) => a.accountId)).toEqual(['acc-general', 'demo-account']);
    // The general account, on a 10-day cadence, is more overdue than the core one, yet comes after it.
    const firstGeneral = printed.lines.findIndex((l) => l.accountId === 'acc-general');
    expect(firstGeneral).toBeGreaterThan(0);
    const lastCoreDueNow = printed.lines.findLastIndex((l) => l.accountId === 'demo-account' && (l.daysOverdue ?? 1) >= 0);
    expect(lastCoreDueNow).toBeLessThan(firstGeneral);
    const people = new Set(general.data.people.map((p) => p.id));
    expect(printed.lines.every((l) => l.personIds.length > 0 && l.personIds.every((id) => people.has(id)))).toBe(true);
    expect(printed.summary).toMatch(/^\d+ key people due, \d+ relationships turning cold/);
  });

  it('speaks 简体中文 with --lang zh, or when LANG is Chinese, and keeps one member of our team with --member', async () => {
    const zh = await run([DEMO_FILES['zh-CN'], '--today', DEMO_FILE_DAY, '--lang', 'zh']);
    expect(zh.out).toContain('2026-11-22 至 2026-11-29 待办日程 — 1 个客户');
    expect(zh.out).toContain('东湖大学（核心 · 高风险）');
    expect(zh.out).toContain('联系王建国（决策者）：已逾期 26 天');
    const fromEnv = await run([DEMO_FILES['zh-CN'], '--today', DEMO_FILE_DAY], { LANG: 'zh_CN.UTF-8' });
    expect(fromEnv.out).toContain('现在到期');
    const mine = await run([DEMO_FILES.en, '--today', DEMO_FILE_DAY, '--member', 'zhao min', '--days', '0']);
    expect(mine.out).toContain('Agenda for 2026-11-22 for zhao min');
    expect(mine.out).toContain('Contact Zhou Qiang');
    expect(mine.out).not.toContain('Wang Jianguo');
  });

  it('reads the contact log and the actions a file carries: a visit logged takes the key person off, an action due comes on', async () => {
    const demo = buildDemoAccount('en', DEMO_FILE_DAY);
    const wang = demo.people.find((p) => p.name === 'Wang Jianguo')!;
    const member = demo.team[0]!;
    const path = join(dir, 'logged.powermap');
    writeFileSync(
      path,
      serializeAccountFile(demo, `${DEMO_FILE_DAY}T09:00:00.000Z`, undefined, {
        contacts: [{ id: 'c1', accountId: demo.account.id, date: '2026-11-20', teamIds: [member.id], personIds: [wang.id], channel: 'visit', note: '', private: true }],
        actions: [
          {
            id: 'a1',
            accountId: demo.account.id,
            text: 'Send the reference case',
            ownerId: member.id,
            due: '2026-11-21',
            personIds: [wang.id],
            status: 'open',
            origin: { kind: 'typed' },
            createdOn: '2026-11-01',
            doneOn: null,
          },
        ],
      }),
    );
    const before = await run([DEMO_FILES.en, '--today', DEMO_FILE_DAY]);
    expect(before.out).toContain('Contact Wang Jianguo (decision maker): 26 days overdue');
    const after = await run([path, '--today', DEMO_FILE_DAY]);
    expect(after.code).toBe(EXIT.ok);
    expect(after.out).not.toContain('Contact Wang Jianguo (decision maker)');
    expect(after.out).toContain('Send the reference case');
  });

  it('refuses a file it cannot use with exit 1, and the same account given twice', async () => {
    const missing = await run([join(dir, 'missing.powermap')]);
    expect(missing).toMatchObject({ code: EXIT.badFile, out: '' });
    expect(missing.err).toContain('No such file');
    const broken = join(dir, 'broken.powermap');
    writeFileSync(broken, '{"format": "nope"}');
    expect((await run([DEMO_FILES.en, broken])).code).toBe(EXIT.badFile);
    const twice = await run([DEMO_FILES.en, DEMO_FILES['zh-CN']]);
    expect(twice.code).toBe(EXIT.badFile);
    expect(twice.err).toContain('holds the same account as');
  });

  it('answers a wrong command line with exit 2 and the usage', async () => {
    for (const args of [[], [DEMO_FILES.en, '--days', '-1'], [DEMO_FILES.en, '--days', '2.5'], [DEMO_FILES.en, '--days', '400'], [DEMO_FILES.en, '--today', '2026-02-30'], [DEMO_FILES.en, '--lang', 'fr'], [DEMO_FILES.en, '--member', ' '], [DEMO_FILES.en, '--week']]) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(EXIT.usage);
      expect(result.err).toContain('power-map agenda');
    }
  });
});
