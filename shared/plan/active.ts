import type { Person } from '../model';

/**
 * People who left or are on leave (issue 12's person status) take no part in the agenda, as DOMAIN says
 * they take no part in the rules.
 */
export function isActive(person: Person): boolean {
  return person.status === 'active';
}

/** Ids of the account's people who are not active, in the form the analysis takes them (`goneIds`). */
export function inactivePeople(people: readonly Person[]): string[] {
  return people.filter((person) => !isActive(person)).map((person) => person.id);
}
