import { describe, expect, it } from 'vitest';
import { analysisSteps, analyze } from './analyze';
import { accountRisk, compareRisk, portfolioRow, riskLevel, type RiskLevel } from './portfolio';
import { TODAY, account, accountData, competitor, covers, kitchenSinkAccount, link, member, person } from './testing';
import type { AccountData } from '../model';
import type { AnalysisOptionsInput } from './options';
import { prng, syntheticAccount } from '../../test/support/synthetic-account';

const rowOf = (data: AccountData) => portfolioRow(data, analyze(data, { today: TODAY }));

/** Two decision makers and a coach, each held by a different member of our team at strength 3, all supporters. */
function wellCovered(name = 'Well covered'): AccountData {
  const dm = (id: string) => person(id, { layer: 'decision', roles: ['decisionMaker'], attitude: 'supporter', influence: 3, lastContact: TODAY });
  return accountData({
    account: account({ name }),
    team: [member('a'), member('b'), member('c')],
    people: [
      dm('d1'),
      dm('d2'),
      person('img', { layer: 'image', attitude: 'supporter', lastContact: TODAY }),
      person('co', { layer: 'implementation', roles: ['coach'], attitude: 'champion', influence: 3, lastContact: '2026-11-20' }),
      person('u', { layer: 'user', attitude: 'neutral' }),
    ],
    links: [covers('a', 'd1', 3, TODAY), covers('b', 'd2', 3, TODAY), covers('c', 'co', 3, '2026-11-20'), covers('a', 'img', 2, TODAY), covers('b', 'u', 2, TODAY)],
  });
}

describe('portfolio row', () => {
  it('carries the headline of the analysis: coverage, threads, counts', () => {
    const data = wellCovered();
    const analysis = analyze(data, { today: TODAY });
    const row = portfolioRow(data, analysis);
    expect(row).toMatchObject({
      name: 'Well covered',
      peopleCount: 5,
      weightedCoverage: analysis.weightedCoverage.score,
      layerCoverageRatio: 1,
      contactThread: 'spread',
      ownerThread: 'spread',
      bottlenecks: 0,
      critical: 0,
    });
  });

  it('names the key person most overdue by the cadence, not the one seen last', () => {
    // Cadence 15 days (core tier), today 2026-11-22. d1 and img were seen today; d2 on 2026-10-23 through
    // a covers link (30 days ago: 15 overdue); the coach on 2026-11-20 (2 days ago, within the cadence).
    // The user was seen on 2026-09-01 but is no key person: d2 is the one to call.
    const base = wellCovered();
    const data = {
      ...base,
      account: { ...base.account, tier: 'core' as const, visitCadenceDays: null },
      people: base.people.map((p) => (p.id === 'd2' ? { ...p, lastContact: '2026-10-01' } : p.id === 'u' ? { ...p, lastContact: '2026-09-01' } : p)),
      links: base.links.map((l) => (l.to === 'd2' ? { ...l, lastContact: '2026-10-23' } : l)),
    };
    expect(rowOf(data).keyContact).toEqual({ personId: 'd2', name: 'd2', lastContact: '2026-10-23', daysSince: 30, daysOverdue: 15 });
  });

  it('puts a key person never contacted before any dated one, and within the cadence counts as not overdue', () => {
    const data = wellCovered();
    const withNewDm = { ...data, people: [...data.people, person('new', { layer: 'decision', roles: ['decisionMaker'], influence: 2 })] };
    expect(rowOf(withNewDm).keyContact).toMatchObject({ personId: 'new', lastContact: null, daysSince: null, daysOverdue: null });
    // Everyone in time: the oldest key contact is still named, 2 days since, 13 inside a 15-day cadence.
    const inTime = { ...data, account: { ...data.account, tier: 'core' as const, visitCadenceDays: null } };
    expect(rowOf(inTime).keyContact).toMatchObject({ personId: 'co', daysSince: 2, daysOverdue: -13 });
  });

  it('has no key contact without key people, and counts the overdue ones', () => {
    expect(rowOf(accountData({ people: [person('x', { influence: 2 })] })).keyContact).toBeNull();
    const data = wellCovered();
    const stale = {
      ...data,
      people: data.people.map((p) => ({ ...p, lastContact: p.id === 'u' ? TODAY : '2026-09-01' })),
      links: data.links.map((l) => ({ ...l, lastContact: l.to === 'u' ? TODAY : '2026-09-01' })),
    };
    expect(rowOf(stale).overdueKeyPeople).toBe(3);
  });

  it('rates an account high risk when one member of our team holds all access, and says why', () => {
    const data = wellCovered();
    const oneOwner = { ...data, links: data.links.map((l) => (l.kind === 'covers' ? { ...l, from: 'a' } : l)) };
    const row = rowOf(oneOwner);
    expect(row.ownerThread).toBe('single');
    expect(row.risk).toBe('high');
    expect(row.riskReasons).toContain('owner-thread');
  });

  it('rates an empty account high risk (nobody covered), and one with only warnings medium', () => {
    expect(rowOf(accountData()).risk).toBe('high');
    const row = rowOf(wellCovered());
    expect(row.critical).toBe(0);
    expect(row.risk).toBe(row.warnings > 0 ? 'medium' : 'low');
  });

  it('sorts the riskiest account first', () => {
    const safe = rowOf(wellCovered('Safe'));
    const empty = rowOf(accountData({ account: account({ name: 'Empty' }) }));
    const blocked = rowOf({
      ...wellCovered('Blocked'),
      people: wellCovered().people.map((p) => (p.id === 'd1' ? { ...p, attitude: 'opponent' as const } : p)),
    });
    const sorted = [safe, blocked, empty].sort(compareRisk).map((r) => r.name);
    expect(sorted[sorted.length - 1]).toBe('Safe');
    expect(blocked.critical).toBeGreaterThan(0);
    expect(sorted.indexOf('Blocked')).toBeLessThan(sorted.indexOf('Safe'));
  });

  it('rates each account at the same risk level from as few rules as it takes as from its whole analysis', () => {
    // Edits that each move one rule: a blocker, a favoured competitor, an overdue or undated key person, no
    // coach, a thin thread, a weak covers link, a cold one, an unknown attitude, a person who left for a
    // competitor, a person gone (what-if).
    const edits: ((data: AccountData) => AccountData)[] = [
      (d) => ({ ...d, people: d.people.map((p) => (p.id === 'd1' ? { ...p, attitude: 'opponent' as const } : p)) }),
      (d) => ({ ...d, competitors: [competitor('rival')], people: d.people.map((p) => (p.id === 'd2' ? { ...p, favouredCompetitorId: 'rival' } : p)) }),
      (d) => ({ ...d, people: d.people.map((p) => (p.id === 'co' ? { ...p, lastContact: '2026-08-01' } : p)), links: d.links.map((l) => (l.to === 'co' ? { ...l, lastContact: '2026-08-01' } : l)) }),
      (d) => ({ ...d, people: d.people.map((p) => (p.id === 'd2' ? { ...p, lastContact: null } : p)), links: d.links.map((l) => (l.to === 'd2' ? { ...l, lastContact: null } : l)) }),
      (d) => ({ ...d, people: d.people.filter((p) => p.id !== 'co'), links: d.links.filter((l) => l.to !== 'co') }),
      (d) => ({ ...d, links: d.links.map((l) => (l.kind === 'covers' ? { ...l, from: 'a' } : l)) }),
      (d) => ({ ...d, links: d.links.map((l) => (l.to === 'd2' ? { ...l, strength: 1 } : l)) }),
      (d) => ({ ...d, links: d.links.map((l) => (l.to === 'u' ? { ...l, lastContact: '2026-06-01' } : l)) }),
      (d) => ({ ...d, people: d.people.map((p) => (p.id === 'img' ? { ...p, attitude: 'unknown' as const } : p)) }),
      (d) => ({ ...d, links: [...d.links, link('influences', 'u', 'd1', { strength: 3 }), link('reportsTo', 'u', 'img')] }),
      (d) => ({ ...d, account: { ...d.account, tier: 'general' as const } }),
      (d) => ({ ...d, competitors: [competitor('rival')], people: [...d.people, person('left', { status: 'left', leftToCompetitorId: 'rival' })] }),
      (d) => ({ ...d, competitors: [competitor('rival')], people: d.people.map((p) => (p.id === 'co' ? { ...p, status: 'left' as const, leftToCompetitorId: 'rival' } : p)) }),
    ];
    const random = prng(7);
    const cases: { data: AccountData; options: AnalysisOptionsInput }[] = [];
    for (let i = 0; i < 400; i++) {
      const data = edits.filter(() => random() < 0.2).reduce((d, edit) => edit(d), wellCovered());
      const goneIds = random() < 0.2 ? [random() < 0.5 ? 'u' : 'b'] : [];
      cases.push({ data, options: { today: TODAY, goneIds, concentrationThreshold: random() < 0.3 ? 0.4 : undefined } });
    }
    for (let seed = 1; seed <= 20; seed++) cases.push({ data: syntheticAccount(30, seed, `s${seed}`), options: { today: TODAY } });
    cases.push({ data: kitchenSinkAccount(), options: { today: TODAY } }, { data: accountData(), options: { today: TODAY } });

    const levels: Record<RiskLevel, number> = { high: 0, medium: 0, low: 0 };
    for (const { data, options } of cases) {
      const whole = accountRisk(analyze(data, options)).risk;
      expect(riskLevel(analysisSteps(data, options).steps), JSON.stringify(options)).toBe(whole);
      levels[whole] += 1;
    }
    // Every level is met, so that each way out of riskLevel is taken.
    expect(levels.high).toBeGreaterThan(20);
    expect(levels.medium).toBeGreaterThan(20);
    expect(levels.low).toBeGreaterThan(20);
  });
});
