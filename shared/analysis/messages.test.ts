import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { adviseFinding, describeMetricChange, explainFinding, findingTitle } from './messages';
import { TODAY, accountData, covers, kitchenSinkAccount, member, person, reportsTo } from './testing';
import { FINDING_CODES } from './types';
import type { AccountData } from '../model';

const nameOf = (data: AccountData, id: string) =>
  data.people.find((p) => p.id === id)?.name ?? data.team.find((t) => t.id === id)?.name;

describe('explanations', () => {
  const rich = kitchenSinkAccount();
  const empty = accountData();
  const findings = [...analyze(rich, { today: TODAY }).findings, ...analyze(empty, { today: TODAY }).findings];

  it('cover every finding code between the two test accounts', () => {
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(FINDING_CODES));
  });

  it.each(['en', 'zh-CN'] as const)('name the people and team members of each finding (%s)', (locale) => {
    for (const f of findings) {
      const data = f.personIds.length + f.teamIds.length > 0 ? rich : empty;
      const text = explainFinding(f, data, locale);
      expect(text, f.key).not.toMatch(/undefined|NaN|\[object|\$\{/);
      expect(text.length, f.key).toBeGreaterThan(10);
      expect(findingTitle(f.code, locale).length).toBeGreaterThan(1);
      for (const id of [...f.personIds, ...f.teamIds].slice(0, 5)) {
        expect(text, `${f.key} names ${id}`).toContain(nameOf(data, id));
      }
    }
  });

  it('read as advice in both languages', () => {
    const data = accountData({
      team: [member('li', { name: 'Li Na' })],
      people: [person('wang', { name: 'Wang Lei' }), person('zhao', { name: '赵敏' })],
      links: [covers('li', 'wang', 3), covers('li', 'zhao', 1)],
    });
    const single = analyze(data, { today: TODAY }).findings.find((f) => f.code === 'contact-single-thread')!;
    expect(explainFinding(single, data, 'en')).toBe(
      'Only Wang Lei holds a working relationship with us; if Wang Lei leaves, we lose our access to the account.',
    );
    expect(explainFinding(single, data, 'zh-CN')).toBe('只有Wang Lei与我们有工作关系；如果Wang Lei离开，我们将失去对该客户的接触渠道。');
  });

  it('fall back to a placeholder for an id the data does not hold', () => {
    const [f] = analyze(rich, { today: TODAY }).findings.filter((x) => x.code === 'blocker');
    expect(explainFinding(f!, empty, 'en')).toContain('(someone no longer on the map)');
  });

  it('describe a metric change with rounded values', () => {
    expect(describeMetricChange({ metric: 'weightedCoverage', before: 70, after: 57.142857 }, 'en')).toBe('Weighted coverage: 70 → 57');
    expect(describeMetricChange({ metric: 'contactThread', before: 'spread', after: 'single' }, 'zh-CN')).toBe('客户侧联系：分散 → 单线');
  });
});

describe('advice', () => {
  const rich = kitchenSinkAccount();
  const findings = analyze(rich, { today: TODAY }).findings;
  it.each(['en', 'zh-CN'] as const)('says what to do about every finding, naming the first person (%s)', (locale) => {
    for (const f of findings) {
      const advice = adviseFinding(f, rich, locale);
      expect(advice, f.key).not.toMatch(/undefined|NaN|\[object|\$\{/);
      expect(advice.length, f.key).toBeGreaterThan(5);
      const first = f.personIds[0];
      if (first !== undefined && !['unknown-attitude', 'layer-uncovered', 'owner-single-thread'].includes(f.code)) expect(advice, f.key).toContain(nameOf(rich, first));
    }
  });

  it('turns a path to power into an introduction to ask for', () => {
    const data = accountData({
      team: [member('li', { name: 'Li Na' })],
      people: [person('coach', { name: 'Wang' }), person('mid', { name: 'Zhao' }), person('dm', { name: 'Boss', roles: ['decisionMaker'] })],
      links: [covers('li', 'coach', 3, TODAY), reportsTo('coach', 'mid'), reportsTo('mid', 'dm')],
    });
    const path = analyze(data, { today: TODAY }).findings.find((f) => f.code === 'path-to-power')!;
    expect(adviseFinding(path, data, 'en')).toBe('Ask Wang to introduce Li Na to Zhao, on the way to Boss.');
    expect(adviseFinding(path, data, 'zh-CN')).toBe('请Wang把Li Na引荐给Zhao，进而接触Boss。');
  });

  it('tells the team member of a single-owner account to bring in a colleague', () => {
    const data = accountData({ team: [member('li', { name: 'Li Na' })], people: [person('a'), person('b')], links: [covers('li', 'a', 2, TODAY), covers('li', 'b', 3, TODAY)] });
    const owner = analyze(data, { today: TODAY }).findings.find((f) => f.code === 'owner-single-thread')!;
    expect(adviseFinding(owner, data, 'en')).toBe("Bring a second colleague into Li Na's relationships.");
    expect(adviseFinding(owner, data, 'zh-CN')).toBe('让另一位同事加入Li Na的客户关系。');
  });
});
