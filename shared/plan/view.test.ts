import { describe, expect, it } from 'vitest';
import { TODAY, account, accountData, member, person } from '../analysis/testing';
import { action } from './testing';
import { agendaPage, agendaSectionOf, agendaView } from './view';

// Five decision makers never contacted (due now), and two open actions due tomorrow, three the day after.
const data = accountData({
  account: account({ id: 'acc', name: 'Eastlake', tier: 'core' }),
  team: [member('li', { name: 'Li Na' })],
  people: ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => person(id, { name: `Person ${id}`, layer: 'decision', roles: ['decisionMaker'] })),
});
const plan = { contacts: [], actions: [action('a1', '2026-11-23'), action('a2', '2026-11-23'), action('b1', '2026-11-24'), action('b2', '2026-11-24'), action('b3', '2026-11-24')] };
const accounts = [{ data, plan }];
const options = { today: TODAY, days: 7, locale: 'en' as const };

describe('the agenda as the screen asks for it', () => {
  it('counts every section, in screen order, and sends each section only its first lines', () => {
    const page = agendaPage(accounts, { ...options, firstLines: { now: 2, ahead: 2 } });
    expect(page.sections).toEqual([
      { key: 'now', total: 5 },
      { key: '2026-11-23', total: 2 },
      { key: '2026-11-24', total: 3 },
    ]);
    expect(page.lines.map((line) => agendaSectionOf(line, TODAY))).toEqual(['now', 'now', '2026-11-23', '2026-11-23', '2026-11-24', '2026-11-24']);
    const fewerAhead = agendaPage(accounts, { ...options, firstLines: { now: 3, ahead: 1 } });
    expect(fewerAhead.lines.map((line) => agendaSectionOf(line, TODAY))).toEqual(['now', 'now', 'now', '2026-11-23', '2026-11-24']);
    expect(fewerAhead.sections).toEqual(page.sections);
    expect('accounts' in page).toBe(false);
  });

  it('sends the lines, the counts and the summary the whole agenda has: the most urgent first of each section', () => {
    const whole = agendaView(accounts, options);
    const page = agendaPage(accounts, { ...options, firstLines: { now: 2, ahead: 2 } });
    expect(page.lines).toEqual([whole.lines[0], whole.lines[1], whole.lines[5], whole.lines[6], whole.lines[7], whole.lines[8]]);
    expect(page.counts).toEqual(whole.counts);
    expect(page.summary).toBe(whole.summary);
    expect(page.members).toEqual(['Li Na']);
  });

  it('sends every line of a section asked for whole ("Show all"), and every line of all when no limit is asked', () => {
    const page = agendaPage(accounts, { ...options, firstLines: { now: 2, ahead: 2 }, whole: ['now'] });
    expect(page.lines.filter((line) => agendaSectionOf(line, TODAY) === 'now')).toHaveLength(5);
    expect(page.lines).toHaveLength(9);
    expect(agendaPage(accounts, options).lines).toEqual(agendaView(accounts, options).lines);
  });
});
