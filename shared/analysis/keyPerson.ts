import type { Person } from '../model';

/** Influence rating from which a person is a key person, and from which an opponent is a powerful one. */
export const KEY_INFLUENCE = 4;

/**
 * DOMAIN's key person: a decision maker, a coach, or anyone of influence 4 or more. The visit cadence
 * rule, the portfolio's most overdue contact and the agenda all ask this one question.
 */
export function isKeyPerson(person: Pick<Person, 'roles' | 'influence'>): boolean {
  return person.roles.includes('decisionMaker') || person.roles.includes('coach') || person.influence >= KEY_INFLUENCE;
}
