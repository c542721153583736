import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { TODAY, accountData, covers, member, person } from '../analysis/testing';
import { buildDemoAccount, buildDemoPlan } from '../demo';
import { addDays } from './days';
import { lastContacts, pairContact, withLoggedContacts } from './lastContact';
import { contact } from './testing';

// Today is 2026-11-22. Wang's own date says 2026-10-01 and Li's covers link to Wang says 2026-10-15: both
// are contacts "entered before the log"; He holds no link to Wang.
const data = accountData({
  team: [member('li'), member('he')],
  people: [person('wang', { lastContact: '2026-10-01' }), person('zhao'), person('sun'), person('qian', { lastContact: '2026-12-01' })],
  links: [covers('li', 'wang', 2, '2026-10-15'), covers('he', 'zhao', 1, null)],
});

describe('last contacts from the log', () => {
  it('counts the dates entered before the log: the latest of the person and their covers links', () => {
    const last = lastContacts(data, [], TODAY);
    expect(last.byPerson.get('wang')).toBe('2026-10-15');
    expect(pairContact(last, 'li', 'wang')).toBe('2026-10-15');
    expect(last.byPerson.has('zhao')).toBe(false);
  });

  it('a contact logged for three people by two of us moves each person and each pair', () => {
    const meeting = contact('2026-11-20', ['li', 'he'], ['wang', 'zhao', 'sun']);
    const last = lastContacts(data, [meeting], TODAY);
    for (const id of ['wang', 'zhao', 'sun']) {
      expect(last.byPerson.get(id)).toBe('2026-11-20');
      expect(pairContact(last, 'li', id)).toBe('2026-11-20');
      expect(pairContact(last, 'he', id)).toBe('2026-11-20');
    }
    const after = withLoggedContacts(data, last);
    expect(after.people.find((p) => p.id === 'wang')?.lastContact).toBe('2026-11-20');
    expect(after.links.map((l) => l.lastContact)).toEqual(['2026-11-20', '2026-11-20']);
  });

  it('an older logged contact does not move a later date back', () => {
    const last = lastContacts(data, [contact('2026-09-01', ['li'], ['wang'])], TODAY);
    expect(last.byPerson.get('wang')).toBe('2026-10-15');
  });

  it('a contact dated after today is planned, never counted as made; nor is a future date typed before the log', () => {
    const last = lastContacts(data, [contact('2026-11-23', ['li'], ['wang', 'sun'])], TODAY);
    expect(last.byPerson.get('wang')).toBe('2026-10-15');
    expect(last.byPerson.has('sun')).toBe(false);
    expect(last.byPerson.has('qian')).toBe(false);
    expect(lastContacts(data, [contact(TODAY, ['li'], ['sun'])], TODAY).byPerson.get('sun')).toBe(TODAY);
  });

  it('deleting a logged contact moves the dates back: they are derived, nothing else changed', () => {
    const visit = contact('2026-11-20', ['he'], ['wang']);
    const call = contact('2026-11-05', ['li'], ['wang']);
    const withBoth = withLoggedContacts(data, lastContacts(data, [visit, call], TODAY));
    expect(withBoth.people[0]!.lastContact).toBe('2026-11-20');
    expect(withBoth.links[0]!.lastContact).toBe('2026-11-05');
    const visitDeleted = withLoggedContacts(data, lastContacts(data, [call], TODAY));
    expect(visitDeleted.people[0]!.lastContact).toBe('2026-11-05');
    const bothDeleted = withLoggedContacts(data, lastContacts(data, [], TODAY));
    expect(bothDeleted.people[0]!.lastContact).toBe('2026-10-15');
    expect(bothDeleted.links[0]!.lastContact).toBe('2026-10-15');
  });

  it("ignores a contact of another account", () => {
    const last = lastContacts(data, [contact('2026-11-20', ['li'], ['sun'], { accountId: 'other' })], TODAY);
    expect(last.byPerson.has('sun')).toBe(false);
  });

  it('given to the analysis, the log\'s dates stand for those on people and covers links (the agenda copies neither)', () => {
    // The demo account and its three months of log, seen on days that make links stale and key people overdue.
    const demo = buildDemoAccount('en', TODAY);
    const plan = buildDemoPlan('en', TODAY);
    for (const today of [addDays(TODAY, -40), TODAY, addDays(TODAY, 45), addDays(TODAY, 120)]) {
      const last = lastContacts(demo, plan.contacts, today);
      const dated = analyze(withLoggedContacts(demo, last), { today });
      expect(analyze(demo, { today }, last), today).toEqual(dated);
      expect(dated.fadingLinks.length + dated.findings.filter((f) => f.code === 'key-person-overdue').length, today).toBeGreaterThan(0);
    }
    // The dates given are the ones read, not the account's own: with none given, nobody was ever contacted.
    const none = analyze(demo, { today: TODAY }, { byPerson: new Map(), byPair: new Map() });
    expect(none.findings.filter((f) => f.code === 'no-contact-date').length).toBeGreaterThan(analyze(demo, { today: TODAY }).findings.filter((f) => f.code === 'no-contact-date').length);
  });
});
