import type { Person } from '../model';

/**
 * The one seam for person status (issue 12): people who left or are on leave take no part in the agenda,
 * as DOMAIN says they take no part in the rules. Person has no `status` field yet; once it lands, only
 * this predicate reads it. Anything other than "active" (or no status at all) counts as gone.
 */
export function isActive(person: Person): boolean {
  const status = (person as Person & { status?: unknown }).status;
  return status === undefined || status === null || status === 'active';
}

/** Ids of the account's people who are not active, in the form the analysis takes them (`goneIds`). */
export function inactivePeople(people: readonly Person[]): string[] {
  return people.filter((person) => !isActive(person)).map((person) => person.id);
}
