import type { AccountData, IsoDate } from '../model';
import { pairDate } from '../analysis/graph';
import type { LoggedContact } from './types';

/**
 * Last contacts follow from the log (DOMAIN: no second date to keep in step). The dates people and
 * covers links already carry count as contacts "entered before the log". Only a contact made counts:
 * one dated after `today` is planned, whether logged or typed into an old date field.
 */
export interface LastContacts {
  /** Per person id: the latest contact made with anyone of our team. */
  byPerson: Map<string, IsoDate>;
  /** Per team member id, then per person id: the latest contact made between those two (see `pairContact`). */
  byPair: Map<string, Map<string, IsoDate>>;
  /**
   * The dates covers links carry from before the log, where later than `byPair`'s, per team member then
   * person: kept apart so that the log's pairs are shared as the store read them, not copied for each
   * agenda (pairContact reads this first).
   */
  byLink?: Map<string, Map<string, IsoDate>>;
}

/** The latest contact made between one of our team and one customer person, or null. */
export function pairContact(last: LastContacts, teamId: string, personId: string): IsoDate | null {
  return pairDate(last, teamId, personId);
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Shaped like `YYYY-MM-DD`: the only dates a contact can have been made or planned on. */
export function isDayShaped(text: string): boolean {
  return DATE_SHAPE.test(text);
}

/**
 * A contact on or before today has been made; after today it is planned. Dates reach here through the
 * schemas (calendar dates), so `YYYY-MM-DD` text compares as days do; the shape test keeps anything else
 * out. The string comparison comes first: it is the cheap test and rejects every planned contact.
 */
export function isMade(date: IsoDate | null, today: IsoDate): date is IsoDate {
  return date !== null && date <= today && isDayShaped(date);
}

/** A contact after today is planned (never counted as made); the same shape test as isMade. */
export function isPlanned(date: IsoDate, today: IsoDate): boolean {
  return date > today && isDayShaped(date);
}

function keepLatest(map: Map<string, IsoDate>, key: string, date: IsoDate): void {
  const known = map.get(key);
  if (known === undefined || date > known) map.set(key, date);
}

// Nested maps rather than "team|person" keys: 50,000 contacts would build as many throwaway strings.
export function keepLatestPair(byPair: LastContacts['byPair'], teamId: string, personId: string, date: IsoDate): void {
  let byPerson = byPair.get(teamId);
  if (byPerson === undefined) byPair.set(teamId, (byPerson = new Map()));
  keepLatest(byPerson, personId, date);
}

/** The log's own last contacts (none of the dates entered before it): contacts made, of this account. */
export function loggedLastContacts(accountId: string, contacts: readonly LoggedContact[], today: IsoDate): LastContacts {
  const byPerson = new Map<string, IsoDate>();
  const byPair: LastContacts['byPair'] = new Map();
  for (const contact of contacts) {
    if (contact.accountId !== accountId || !isMade(contact.date, today)) continue;
    for (const personId of contact.personIds) {
      keepLatest(byPerson, personId, contact.date);
      for (const teamId of contact.teamIds) keepLatestPair(byPair, teamId, personId, contact.date);
    }
  }
  return { byPerson, byPair };
}

/**
 * The log's last contacts (`logged`, from loggedLastContacts or the store's queries) with the dates people
 * and covers links carry from before the log; `logged` is left as it was.
 */
export function lastContactsOf(data: AccountData, logged: LastContacts, today: IsoDate): LastContacts {
  const byPerson = new Map(logged.byPerson);
  // The log's pairs stay as they are (200 accounts hold 50,000 of them); a link's older date that adds to
  // them goes beside them.
  const last: LastContacts = { byPerson, byPair: logged.byPair, byLink: new Map() };
  for (const person of data.people) if (isMade(person.lastContact, today)) keepLatest(byPerson, person.id, person.lastContact);
  for (const link of data.links) {
    if (link.kind !== 'covers' || !isMade(link.lastContact, today)) continue;
    keepLatest(byPerson, link.to, link.lastContact);
    const known = pairContact(last, link.from, link.to);
    if (known === null || known < link.lastContact) keepLatestPair(last.byLink!, link.from, link.to, link.lastContact);
  }
  return last;
}

export function lastContacts(data: AccountData, contacts: readonly LoggedContact[], today: IsoDate): LastContacts {
  return lastContactsOf(data, loggedLastContacts(data.account.id, contacts, today), today);
}

/**
 * The account as the log makes it: each person's last contact and each covers link's last contact are
 * the latest contacts made. What the analysis reads (overdue key people, fading links) then follows from
 * the log; deleting a logged contact and recomputing moves the dates back, since nothing was stored.
 */
export function withLoggedContacts(data: AccountData, last: LastContacts): AccountData {
  return {
    ...data,
    people: data.people.map((person) => {
      const date = last.byPerson.get(person.id) ?? null;
      return date === person.lastContact ? person : { ...person, lastContact: date };
    }),
    links: data.links.map((link) => {
      if (link.kind !== 'covers') return link;
      const date = pairContact(last, link.from, link.to);
      return date === link.lastContact ? link : { ...link, lastContact: date };
    }),
  };
}
