import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { daysBefore } from './dates';
import { agendaView, checkPlan, lastContacts, withLoggedContacts, type LoggedContact } from '../plan';
import { DEMO_ACCOUNT_ID, buildDemoAccount, buildDemoPlan, demoPersonId, demoTeamId, type DemoLocale } from './index';

const TODAY = '2026-11-22';
const LOCALES: DemoLocale[] = ['en', 'zh-CN'];
const CJK = /[\u4e00-\u9fff]/;

/** The account as the analysis sees it once the log is read (DOMAIN: the dates follow from the log). */
const asLogged = (locale: DemoLocale, contacts: readonly LoggedContact[], today = TODAY) => {
  const data = buildDemoAccount(locale, today);
  return withLoggedContacts(data, lastContacts(data, contacts, today));
};
const codesFor = (data: ReturnType<typeof buildDemoAccount>, personId: string) =>
  analyze(data, { today: TODAY }).findings.filter((f) => f.personIds.includes(personId)).map((f) => f.code);

describe.each(LOCALES)('the demo account\'s contact log and actions (%s)', (locale) => {
  const data = buildDemoAccount(locale, TODAY);
  const plan = buildDemoPlan(locale, TODAY);

  it('is a plan the store takes: every contact and action names people and team of the account, dated after it began', () => {
    expect(checkPlan(data, plan)).toEqual([]);
    expect(plan.contacts.every((c) => c.accountId === DEMO_ACCOUNT_ID && c.note.length > 0)).toBe(true);
    expect([...plan.contacts.map((c) => c.note), ...plan.actions.map((a) => a.text)].every((text) => CJK.test(text) === (locale === 'zh-CN'))).toBe(true);
  });

  it('spans the last three months, with one visit planned after today', () => {
    const made = plan.contacts.filter((c) => c.date <= TODAY).map((c) => c.date);
    expect(made.length).toBeGreaterThanOrEqual(12);
    expect(made[0]! >= daysBefore(TODAY, 92) && made[0]! <= daysBefore(TODAY, 80)).toBe(true);
    expect(plan.contacts.filter((c) => c.date > TODAY)).toHaveLength(1);
    expect(new Set(plan.contacts.map((c) => c.channel)).size).toBeGreaterThanOrEqual(4);
    expect(plan.contacts.some((c) => c.personIds.length > 1)).toBe(true);
  });

  it('has a handful of actions: some open, one done, one overdue, and advice from the findings among them', () => {
    expect(plan.actions.length).toBeGreaterThanOrEqual(4);
    expect(plan.actions.filter((a) => a.status === 'open').length).toBeGreaterThanOrEqual(3);
    expect(plan.actions.filter((a) => a.status === 'done')).toHaveLength(1);
    expect(plan.actions.filter((a) => a.status === 'open' && a.due < TODAY)).toHaveLength(1);
    expect(plan.actions.some((a) => a.origin.kind === 'finding')).toBe(true);
  });

  it('agrees with the covers dates, so the intended findings hold unchanged', () => {
    expect(asLogged(locale, plan.contacts)).toEqual(data);
    expect(analyze(asLogged(locale, plan.contacts), { today: TODAY }).findings).toEqual(analyze(data, { today: TODAY }).findings);
  });

  it('gives the agenda something true on first start: the overdue action, key people due, a cold relationship, the planned visit', () => {
    const view = agendaView([{ data, plan }], { today: TODAY, days: 7, locale });
    const kinds = new Set(view.lines.map((line) => line.kind));
    expect([...kinds].sort()).toEqual(['action', 'key-person', 'planned-contact', 'relationship']);
    expect(view.counts.actionsOverdue).toBe(1);
    expect(view.lines.filter((l) => l.kind === 'key-person').flatMap((l) => l.personIds)).toEqual(expect.arrayContaining([demoPersonId('president'), demoPersonId('vp-it')]));
  });

  it('a visit logged today with the president clears his overdue finding and Chen Guodong\'s cold link to him', () => {
    const president = demoPersonId('president');
    expect(codesFor(asLogged(locale, plan.contacts), president)).toEqual(expect.arrayContaining(['key-person-overdue', 'cold-link']));
    const visit: LoggedContact = { id: 'v', accountId: DEMO_ACCOUNT_ID, date: TODAY, teamIds: [demoTeamId('chenguodong')], personIds: [president], channel: 'visit', note: '', private: true };
    const after = codesFor(asLogged(locale, [...plan.contacts, visit]), president);
    expect(after).not.toContain('key-person-overdue');
    expect(after).not.toContain('cold-link');
  });
});

it('counts back from the day it is given (the app\'s one clock)', () => {
  const later = buildDemoPlan('en', '2027-03-01');
  expect(later.contacts.at(-1)!.date).toBe('2027-03-04');
  expect(later.actions.find((a) => a.status === 'done')!.doneOn).toBe(daysBefore('2027-03-01', 20));
});
