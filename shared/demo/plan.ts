import type { AccountPlan, LoggedContact, PlanAction } from '../plan/types';
import type { DemoLocale } from './build';
import { contentEn } from './content.en';
import { contentZhCN } from './content.zh-CN';
import { daysBefore } from './dates';
import { DEMO_ACCOUNT_ID, demoPersonId, demoTeamId } from './ids';
import { DEMO_ACTIONS, DEMO_ACTION_KEYS, DEMO_CONTACTS, DEMO_CONTACT_KEYS } from './planStructure';

export const demoContactId = (key: string): string => `demo-contact-${key}`;
export const demoActionId = (key: string): string => `demo-action-${key}`;

/**
 * The demo account's contact log over its last three months and its actions (planStructure.ts), dated back
 * from `today` (the app's one clock), so the agenda, the map's fading links and a deck's Plan slide have
 * something true to show on first start. Pure; ids are fixed and shared by both languages.
 */
export function buildDemoPlan(locale: DemoLocale, today: string): AccountPlan {
  const words = (locale === 'zh-CN' ? contentZhCN : contentEn).plan;
  const contacts = DEMO_CONTACT_KEYS.map((key): LoggedContact => {
    const shape = DEMO_CONTACTS[key];
    return {
      id: demoContactId(key),
      accountId: DEMO_ACCOUNT_ID,
      date: daysBefore(today, shape.daysAgo),
      teamIds: shape.team.map(demoTeamId),
      personIds: shape.people.map(demoPersonId),
      channel: shape.channel,
      note: words.notes[key],
      private: true,
    };
  });
  const actions = DEMO_ACTION_KEYS.map((key): PlanAction => {
    const shape = DEMO_ACTIONS[key];
    return {
      id: demoActionId(key),
      accountId: DEMO_ACCOUNT_ID,
      text: words.actions[key],
      ownerId: demoTeamId(shape.owner),
      due: daysBefore(today, shape.dueDaysAgo),
      personIds: shape.people.map(demoPersonId),
      status: shape.status,
      origin: shape.finding ? { kind: 'finding', code: shape.finding.code, personIds: shape.finding.people.map(demoPersonId) } : { kind: 'typed' },
      createdOn: daysBefore(today, shape.createdDaysAgo),
      doneOn: shape.doneDaysAgo === undefined ? null : daysBefore(today, shape.doneDaysAgo),
    };
  });
  // The log in date order, as the store gives it back.
  return { contacts: [...contacts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), actions };
}
