import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { portfolioRow } from '../analysis/portfolio';
import { TODAY, account, accountData, covers, kitchenSinkAccount, member, person } from '../analysis/testing';
import type { AccountData, Person, Tier } from '../model';
import { buildAgenda, compareLines, type AgendaAccount, type AgendaLine } from './agenda';
import { action, contact } from './testing';

// Every case is worked by hand from today = 2026-11-22 (a Sunday).
const dm = (id: string, overrides: Partial<Person> = {}) => person(id, { layer: 'decision', roles: ['decisionMaker'], ...overrides });
const one = (accountId: string, tier: Tier, parts: Partial<AccountData>, visitCadenceDays: number | null = null): AccountData =>
  accountData({ account: account({ id: accountId, name: `Account ${accountId}`, tier, visitCadenceDays }), team: [member('li', { name: 'Li Na' }), member('he', { name: 'He Jing' })], ...parts });
const agendaOf = (accounts: AgendaAccount[], days = 7, member: string | null = null) => buildAgenda(accounts, { today: TODAY, days, member });
const keyLines = (lines: readonly AgendaLine[]) => lines.filter((l) => l.kind === 'key-person').map((l) => [l.accountId, l.personIds[0], l.dueOn, l.daysOverdue]);

describe('the agenda: key people due by their account cadence', () => {
  // Each decision maker was last contacted on 2026-11-02, 20 days ago.
  const lastMet = '2026-11-02';
  const accounts = [
    { data: one('core', 'core', { people: [dm('c1', { lastContact: lastMet })] }) },
    { data: one('mid', 'mid', { people: [dm('m1', { lastContact: lastMet })] }) },
    { data: one('gen', 'general', { people: [dm('g1', { lastContact: lastMet })] }) },
    { data: one('own', 'general', { people: [dm('o1', { lastContact: lastMet })] }, 10) },
  ];

  it('core every 15 days, mid 30, general 60, or the account own cadence', () => {
    // core: 11-02 + 15 = 11-17, 5 days overdue; own cadence 10: 11-12, 10 days overdue;
    // mid: 12-02, 10 days ahead; general: 2027-01-01, 40 days ahead.
    expect(keyLines(agendaOf(accounts, 7).lines)).toEqual([
      ['core', 'c1', '2026-11-17', 5],
      ['own', 'o1', '2026-11-12', 10],
    ]);
    expect(keyLines(agendaOf(accounts, 10).lines)).toContainEqual(['mid', 'm1', '2026-12-02', -10]);
    expect(keyLines(agendaOf(accounts, 39).lines)).toHaveLength(3);
    expect(keyLines(agendaOf(accounts, 40).lines)).toContainEqual(['gen', 'g1', '2027-01-01', -40]);
  });

  it('contacted exactly a cadence ago is due today, not overdue (the analysis limit)', () => {
    const data = one('core', 'core', { people: [dm('c1', { lastContact: '2026-11-07' })] });
    const agenda = agendaOf([{ data }], 0);
    expect(keyLines(agenda.lines)).toEqual([['core', 'c1', TODAY, 0]]);
    expect(agenda.counts.keyPeopleDue).toBe(1);
    expect(analyze(data, { today: TODAY }).findings.some((f) => f.code === 'key-person-overdue')).toBe(false);
  });

  it('a key person never contacted is due now (equals in id order); someone who is no key person is never on it', () => {
    const data = one('mid', 'mid', {
      people: [dm('never'), person('coach', { roles: ['coach'], lastContact: '2026-01-01' }), person('heavy', { influence: 4 }), person('plain', { influence: 3 })],
    });
    const lines = agendaOf([{ data }]).lines;
    expect(lines.map((l) => [l.personIds[0], l.kind === 'key-person' && l.why, l.dueOn])).toEqual([
      ['heavy', 'influence', null],
      ['never', 'decisionMaker', null],
      ['coach', 'coach', '2026-01-31'],
    ]);
    expect(lines[1]!.daysOverdue).toBeNull();
  });

  it('people who left or are on leave take no part, nor do their fading relationships', () => {
    const left = { ...dm('left'), status: 'left' } as Person;
    const onLeave = { ...person('away', { influence: 5 }), status: 'onLeave' } as Person;
    const active = { ...dm('here'), status: 'active' } as Person;
    const data = one('mid', 'mid', { people: [left, onLeave, active], links: [covers('li', 'left', 2, '2026-01-01'), covers('li', 'away', 2, '2026-01-01')] });
    expect(agendaOf([{ data }]).lines.map((l) => [l.kind, l.personIds[0]])).toEqual([['key-person', 'here']]);
  });

  it('one contact logged for three people clears all three; deleting it brings them back', () => {
    const people = [dm('a', { lastContact: '2026-10-01' }), dm('b'), dm('c', { lastContact: '2026-09-01' })];
    const data = one('core', 'core', { people, links: [covers('li', 'a', 2, '2026-10-01')] });
    const meeting = contact('2026-11-21', ['li', 'he'], ['a', 'b', 'c'], { accountId: 'core' });
    const before = agendaOf([{ data, plan: { contacts: [], actions: [] } }]);
    expect(keyLines(before.lines).map((l) => l[1])).toEqual(['b', 'c', 'a']);
    expect(before.lines.some((l) => l.kind === 'relationship' && l.personIds[0] === 'a')).toBe(true);
    // 11-21 + 15 = 12-06, beyond the 7 days: nobody due, and Li's link to a is fresh again.
    const after = agendaOf([{ data, plan: { contacts: [meeting], actions: [] } }]);
    expect(after.lines).toEqual([]);
    expect(keyLines(agendaOf([{ data, plan: { contacts: [meeting], actions: [] } }], 14).lines).map((l) => l[2])).toEqual(['2026-12-06', '2026-12-06', '2026-12-06']);
    const deleted = agendaOf([{ data, plan: { contacts: [], actions: [] } }]);
    expect(deleted).toEqual(before);
  });

  it('a contact planned after today is shown as planned, and the person stays due until it is made', () => {
    const data = one('core', 'core', { people: [dm('a', { lastContact: '2026-10-01' })] });
    const planned = contact('2026-11-25', ['li'], ['a'], { accountId: 'core', channel: 'meal' });
    const lines = agendaOf([{ data, plan: { contacts: [planned], actions: [] } }]).lines;
    expect(lines).toMatchObject([
      { kind: 'key-person', personIds: ['a'], dueOn: '2026-10-16', daysOverdue: 37, plannedOn: '2026-11-25', teamIds: ['li'] },
      { kind: 'planned-contact', personIds: ['a'], teamIds: ['li'], dueOn: '2026-11-25', daysOverdue: -3, channel: 'meal', contactId: planned.id },
    ]);
    const later = contact('2026-12-20', ['li'], ['a'], { accountId: 'core' });
    const far = agendaOf([{ data, plan: { contacts: [later], actions: [] } }]).lines;
    expect(far.map((l) => l.kind)).toEqual(['key-person']);
    expect(far[0]).toMatchObject({ plannedOn: '2026-12-20' });
    // Two planned beyond the days, by Li and then He: the earlier is next, and both are concerned.
    const further = contact('2027-01-10', ['he'], ['a'], { accountId: 'core' });
    const both = agendaOf([{ data, plan: { contacts: [further, later], actions: [] } }]).lines;
    expect(both).toMatchObject([{ kind: 'key-person', plannedOn: '2026-12-20', teamIds: ['li', 'he'] }]);
  });
});

describe('the agenda: actions and relationships turning cold', () => {
  it('lists open actions due or overdue within the days, never closed ones', () => {
    const data = one('acc', 'mid', { people: [person('p')] });
    const actions = [
      action('late', '2026-11-20', { personIds: ['p'] }),
      action('today', TODAY, { ownerId: 'he' }),
      action('soon', '2026-11-29'),
      action('later', '2026-11-30'),
      action('closed', '2026-11-01', { status: 'done', doneOn: '2026-11-02' }),
      action('dropped', '2026-11-01', { status: 'dropped', doneOn: '2026-11-02' }),
    ];
    const agenda = agendaOf([{ data, plan: { contacts: [], actions } }]);
    expect(agenda.lines.map((l) => l.kind === 'action' && [l.actionId, l.daysOverdue, l.teamIds])).toEqual([
      ['late', 2, ['li']],
      ['today', 0, ['he']],
      ['soon', -7, ['li']],
    ]);
    expect(agenda.lines[0]).toMatchObject({ accountId: 'acc', personIds: ['p'] });
    expect(agenda.counts).toMatchObject({ actionsOverdue: 1, actionsDueToday: 1, coming: 1 });
  });

  it('a relationship is on the agenda from the day it would turn cold within the days, and once cold', () => {
    // Mid account, cadence 30. To a: last contact 10-01, 52 days ago: stale; cold after 10-01 + 60 = 11-30.
    // To b: 09-01, 82 days ago: cold since 10-31 + 1. A strength-0 link records no relationship: nothing fades.
    const data = one('acc', 'mid', {
      people: [person('a'), person('b'), person('c')],
      links: [covers('li', 'a', 2, '2026-10-01'), covers('he', 'b', 1, '2026-09-01'), covers('li', 'c', 0, '2026-01-01')],
    });
    const rel = (days: number) =>
      agendaOf([{ data }], days).lines.map((l) => l.kind === 'relationship' && [l.personIds[0], l.teamIds[0], l.status, l.lastContact, l.dueOn, l.daysOverdue]);
    expect(rel(7)).toEqual([['b', 'he', 'cold', '2026-09-01', '2026-10-31', 22]]);
    expect(rel(8)).toEqual([
      ['b', 'he', 'cold', '2026-09-01', '2026-10-31', 22],
      ['a', 'li', 'stale', '2026-10-01', '2026-11-30', -8],
    ]);
  });
});

describe('the agenda: order and filter', () => {
  it('ranks due now before the coming days, then by tier, then risk', () => {
    const line = (accountId: string, tier: Tier, risk: 'high' | 'medium' | 'low', dueOn: string | null): AgendaLine => ({
      kind: 'action', accountId, tier, risk, dueOn, daysOverdue: 0, personIds: [], teamIds: [], actionId: accountId, text: '', ownerId: '', origin: { kind: 'typed' },
    });
    const lines = [
      line('gen-high', 'general', 'high', '2026-11-01'),
      line('core-coming', 'core', 'high', '2026-11-23'),
      line('senior-low', 'senior', 'low', TODAY),
      line('core-low', 'core', 'low', '2026-11-20'),
      line('core-high', 'core', 'high', TODAY),
      line('mid-next-day', 'mid', 'high', '2026-11-24'),
    ];
    const names = new Map(lines.map((l) => [l.accountId, l.accountId] as const));
    expect([...lines].sort(compareLines(TODAY, names)).map((l) => l.accountId)).toEqual([
      'core-high', 'core-low', 'senior-low', 'gen-high', 'core-coming', 'mid-next-day',
    ]);
  });

  it('puts a core account before a general one even when the general one is more overdue', () => {
    const accounts = [
      { data: one('gen', 'general', { people: [dm('g', { lastContact: '2026-01-01' })] }) },
      { data: one('core', 'core', { people: [dm('c', { lastContact: '2026-11-01' })] }) },
    ];
    expect(agendaOf(accounts).lines.map((l) => l.accountId)).toEqual(['core', 'gen']);
  });

  it('filters by a member of our team by name, in any account, ignoring case and full-width forms', () => {
    const data = one('acc', 'core', {
      people: [dm('byLi'), dm('byHe'), dm('nobody')],
      links: [covers('li', 'byLi', 2, null), covers('he', 'byHe', 3, null)],
    });
    const plan = { contacts: [], actions: [action('mine', TODAY), action('theirs', TODAY, { ownerId: 'he' })] };
    const lines = agendaOf([{ data, plan }], 7, 'ｌｉ  na').lines;
    expect(lines.map((l) => (l.kind === 'action' ? l.actionId : l.personIds[0]))).toEqual(['mine', 'byLi']);
    expect(agendaOf([{ data, plan }], 7, 'Nobody Here').lines).toEqual([]);
  });
});

describe('the agenda agrees with the analysis', () => {
  it('the key people overdue today are the ones the analysis flags overdue or undated', () => {
    const data = kitchenSinkAccount();
    const flagged = analyze(data, { today: TODAY })
      .findings.filter((f) => f.code === 'key-person-overdue' || f.code === 'no-contact-date')
      .map((f) => f.personIds[0])
      .sort();
    const overdue = agendaOf([{ data }], 0)
      .lines.filter((l) => l.kind === 'key-person' && (l.daysOverdue === null || l.daysOverdue > 0))
      .map((l) => l.personIds[0])
      .sort();
    expect(flagged.length).toBeGreaterThan(0);
    expect(overdue).toEqual(flagged);
  });

  it('refuses a today that is not a date and days that are not a whole count', () => {
    expect(() => buildAgenda([], { today: '2026-02-30', days: 7 })).toThrow(RangeError);
    expect(() => buildAgenda([], { today: TODAY, days: -1 })).toThrow(RangeError);
    expect(buildAgenda([], { today: TODAY, days: 7 })).toMatchObject({ until: '2026-11-29', lines: [] });
  });
});

describe('the agenda ranks risk with the user\'s thresholds', () => {
  it('gives each line the risk the portfolio gives its account under the same thresholds', () => {
    // A decision maker and a coach, both covered by both of us: whether our access is "concentrated" on
    // the decision maker, a critical finding, depends on the threshold the user set.
    const recent = '2026-11-20';
    const data = one('acc', 'core', {
      people: [
        dm('a', { attitude: 'supporter', influence: 5, lastContact: recent }),
        person('b', { layer: 'decision', roles: ['coach'], attitude: 'supporter', influence: 4, lastContact: recent }),
      ],
      links: [covers('li', 'a', 3, recent), covers('he', 'b', 2, recent), covers('he', 'a', 1, recent), covers('li', 'b', 1, recent)],
    });
    const riskOf = (thresholds: { concentrationThreshold: number }) => {
      // 60 days ahead: the key people come due within them, so the account has lines.
      const agenda = buildAgenda([{ data }], { today: TODAY, days: 60, thresholds });
      expect(agenda.lines.length).toBeGreaterThan(0);
      return [...new Set(agenda.lines.map((line) => line.risk))];
    };
    const portfolioRisk = (thresholds: { concentrationThreshold: number }) => portfolioRow(data, analyze(data, { today: TODAY, ...thresholds })).risk;
    const strict = { concentrationThreshold: 0.5 };
    const loose = { concentrationThreshold: 1 };
    expect(portfolioRisk(strict)).not.toBe(portfolioRisk(loose));
    expect(riskOf(strict)).toEqual([portfolioRisk(strict)]);
    expect(riskOf(loose)).toEqual([portfolioRisk(loose)]);
  });
});
