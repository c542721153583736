import { describe, expect, it } from 'vitest';
import type { AccountData, Person } from '../model';
import { analyze } from './analyze';
import { adviseFinding, explainFinding } from './messages';
import { TODAY, accountData, competitor, covers, influences, member, person, reportsTo } from './testing';
import { compareAnalyses } from './whatIf';

// Li holds Wang (decision maker, decision layer, influence 5) at 3 and Chen (coach, implementation layer,
// influence 3) at 2; Zhao (user layer, influence 2) is not held; Chen sways Zhao; Zhao reports to Wang.
// Everyone active: influence 10, points 5 x 3/3 + 3 x 2/3 + 0 = 7 -> weighted coverage 70; the
//   implementation layer is covered (Chen: strength 2, supporter), the coach is covered.
// Chen gone (left or on leave): influence 7, points 5 -> 500/7 = 71.43; nobody is left in the
//   implementation layer (missing) and there is no coach: the same as what-if removing Chen.
const active = accountData({
  competitors: [competitor('cloud', 'CloudNet')],
  team: [member('li', { name: 'Li Na' })],
  people: [
    person('wang', { name: 'Wang Lei', layer: 'decision', roles: ['decisionMaker'], attitude: 'supporter', influence: 5, lastContact: TODAY }),
    person('chen', { name: 'Chen Yu', layer: 'implementation', roles: ['coach'], attitude: 'supporter', influence: 3, lastContact: TODAY }),
    person('zhao', { name: 'Zhao Min', layer: 'user', influence: 2 }),
  ],
  links: [covers('li', 'wang', 3, TODAY), covers('li', 'chen', 2, TODAY), influences('chen', 'zhao', 2), reportsTo('zhao', 'wang')],
});

const withChen = (fields: Partial<Person>): AccountData => ({
  ...active,
  people: active.people.map((p) => (p.id === 'chen' ? { ...p, ...fields } : p)),
});

const leftToCloud = withChen({ status: 'left', statusSince: '2026-11-01', leftToCompetitorId: 'cloud' });
const layerStatus = (data: AccountData, layer: string) =>
  analyze(data, { today: TODAY }).layerCoverage.find((l) => l.layer === layer)?.status;

describe('people who left or are on leave take no part in the rules', () => {
  it('counts everyone while they are active', () => {
    const analysis = analyze(active, { today: TODAY });
    expect(analysis.weightedCoverage.score).toBeCloseTo(70, 10);
    expect(layerStatus(active, 'implementation')).toBe('covered');
    expect(analysis.findings.some((f) => f.code === 'no-coach')).toBe(false);
  });

  it.each([
    ['left for another employer', { status: 'left', statusSince: '2026-11-01', leftTo: 'Bright Tech' }],
    ['on leave', { status: 'onLeave', statusSince: '2026-10-15' }],
  ] as const)('analyses a person %s exactly as what-if with them removed', (_name, fields) => {
    const data = withChen(fields);
    const analysis = analyze(data, { today: TODAY });
    const whatIf = analyze(active, { today: TODAY, goneIds: ['chen'] });
    expect(analysis.weightedCoverage.score).toBeCloseTo(500 / 7, 10);
    expect(layerStatus(data, 'implementation')).toBe('missing');
    expect(analysis.findings.map((f) => f.key)).toEqual(whatIf.findings.map((f) => f.key));
    expect(analysis.findings.some((f) => f.code === 'no-coach')).toBe(true);
    expect(analysis.findings.some((f) => f.personIds.includes('chen'))).toBe(false);
  });
});

describe('a person who left for a competitor', () => {
  const analysis = analyze(leftToCloud, { today: TODAY });
  const door = analysis.findings.find((f) => f.code === 'left-to-competitor');

  it('opens a door for that competitor: one finding naming the leaver, then who was close to them', () => {
    // Chen swayed Zhao (influences chen -> zhao); Wang is not close to Chen.
    expect(door).toMatchObject({ key: 'left-to-competitor:chen', personIds: ['chen', 'zhao'], params: { competitorId: 'cloud', since: '2026-11-01' } });
    // Chen was our coach: what they knew makes it critical.
    expect(door?.severity).toBe('critical');
  });

  it('is otherwise out of the rules, like any leaver', () => {
    expect(analysis.weightedCoverage.score).toBeCloseTo(500 / 7, 10);
    const others = analysis.findings.filter((f) => f.code !== 'left-to-competitor').map((f) => f.key);
    expect(others).toEqual(analyze(active, { today: TODAY, goneIds: ['chen'] }).findings.map((f) => f.key));
  });

  it('shows in the comparison with the account before Chen left', () => {
    const diff = compareAnalyses(analyze(active, { today: TODAY }), analysis);
    expect(diff.added.map((f) => f.key)).toEqual(expect.arrayContaining(['left-to-competitor:chen', 'no-coach']));
  });

  it('is a warning, not critical, for someone who was neither a decision maker nor our coach', () => {
    const data = withChen({ roles: ['influencer'], status: 'left', leftToCompetitorId: 'cloud' });
    expect(analyze(data, { today: TODAY }).findings.find((f) => f.code === 'left-to-competitor')?.severity).toBe('warning');
  });

  it('is explained and advised in English and Simplified Chinese, naming the competitor and the people', () => {
    expect(explainFinding(door!, leftToCloud, 'en')).toBe(
      'Chen Yu left on 2026-11-01 and joined CloudNet: CloudNet now has someone who knows this account, our offer and our plans from the inside. Zhao Min was close to Chen Yu and may hear from CloudNet.',
    );
    expect(adviseFinding(door!, leftToCloud, 'en')).toBe(
      "Assume CloudNet knows what Chen Yu knew: strengthen our relationships with Zhao Min and find out who takes over Chen Yu's role.",
    );
    expect(explainFinding(door!, leftToCloud, 'zh-CN')).toBe(
      'Chen Yu已于 2026-11-01 离职，加入了CloudNet：CloudNet从此有了一个了解该客户、我方方案和计划的内部知情人。Zhao Min与Chen Yu关系密切，可能会受到CloudNet的影响。',
    );
    expect(adviseFinding(door!, leftToCloud, 'zh-CN')).toBe(
      '假定CloudNet已掌握Chen Yu所知的一切：加强与Zhao Min的关系，并弄清由谁接替Chen Yu的职责。',
    );
  });

  it('raises nothing when the leaver went elsewhere, is only on leave, or is removed by what-if', () => {
    const codes = (data: AccountData, goneIds: string[] = []) => analyze(data, { today: TODAY, goneIds }).findings.map((f) => f.code);
    expect(codes(withChen({ status: 'left', leftTo: 'Bright Tech' }))).not.toContain('left-to-competitor');
    expect(codes(withChen({ status: 'onLeave' }))).not.toContain('left-to-competitor');
    expect(codes(leftToCloud, ['chen'])).not.toContain('left-to-competitor');
  });
});
