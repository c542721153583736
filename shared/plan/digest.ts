import type { AccountData, IsoDate } from '../model';
import { isPlanned, loggedLastContacts, type LastContacts } from './lastContact';
import type { AccountPlan, LoggedContact, PlanAction } from './types';

/**
 * What the agenda reads of an account's plan for one day, instead of the whole log: the latest contact
 * made per person and per pair from the log, the contacts planned within the agenda's days and the next
 * one of each pair at any day ahead, the open actions due within the agenda's days, and how many contacts
 * each member of our team took part in (the usual member). The store computes it with a few indexed
 * queries over the whole database (node/db/repos/plan-digest.ts); this is the same digest from plain data,
 * so both give the agenda the same answers.
 */
export interface PlanDigest {
  today: IsoDate;
  until: IsoDate;
  /** The log's latest contact made with each person, and between each team member and person (log only). */
  logged: LastContacts;
  /** Contacts dated after today up to `until`, in date order (then as written). */
  planned: LoggedContact[];
  /**
   * Per team member id, then per person id: the earliest contact planned between those two after today,
   * at any day ahead (who plans to see a person, and when, beyond the agenda's days too).
   */
  plannedByPair: Map<string, Map<string, IsoDate>>;
  /** Open actions due on or before `until`, in the plan's order (the store's: by due date, then as written). */
  actions: PlanAction[];
  /** Per team member id: how many logged contacts (made or planned) they took part in. */
  contactsByMember: Map<string, number>;
}

/** The digest of an account's plan held in memory (a `.powermap` file's, a test's). */
export function planDigest(data: AccountData, plan: AccountPlan, today: IsoDate, until: IsoDate): PlanDigest {
  const accountId = data.account.id;
  const planned: LoggedContact[] = [];
  const plannedByPair = new Map<string, Map<string, IsoDate>>();
  const contactsByMember = new Map<string, number>();
  for (const contact of plan.contacts) {
    for (const teamId of contact.teamIds) contactsByMember.set(teamId, (contactsByMember.get(teamId) ?? 0) + 1);
    if (contact.accountId !== accountId || !isPlanned(contact.date, today)) continue;
    if (contact.date <= until) planned.push(contact);
    for (const teamId of contact.teamIds) for (const personId of contact.personIds) keepEarliestPair(plannedByPair, teamId, personId, contact.date);
  }
  const actions = plan.actions.filter((action) => action.accountId === accountId && action.status === 'open' && action.due <= until);
  return { today, until, logged: loggedLastContacts(accountId, plan.contacts, today), planned, plannedByPair, actions, contactsByMember };
}

function keepEarliestPair(byPair: Map<string, Map<string, IsoDate>>, teamId: string, personId: string, date: IsoDate): void {
  let byPerson = byPair.get(teamId);
  if (byPerson === undefined) byPair.set(teamId, (byPerson = new Map()));
  const known = byPerson.get(personId);
  if (known === undefined || date < known) byPerson.set(personId, date);
}
