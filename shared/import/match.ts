import type { Person } from '../model';
import { normalizeKey } from './normalize';

/**
 * Finding a person by what a sheet knows of them: the id from our own export, then the e-mail, then
 * the name, ignoring case, spaces and full-width forms (DOMAIN: duplicates are matched by email first,
 * then by name).
 */

export const emailKey = (email: string) => normalizeKey(email);
export const nameKey = (name: string) => normalizeKey(name);

export interface PeopleIndex {
  byId: Map<string, Person>;
  byEmail: Map<string, Person>;
  byName: Map<string, Person>;
}

export function indexPeople(people: readonly Person[]): PeopleIndex {
  const index: PeopleIndex = { byId: new Map(), byEmail: new Map(), byName: new Map() };
  for (const person of people) {
    index.byId.set(person.id, person);
    if (person.email.trim() !== '' && !index.byEmail.has(emailKey(person.email))) index.byEmail.set(emailKey(person.email), person);
    if (!index.byName.has(nameKey(person.name))) index.byName.set(nameKey(person.name), person);
  }
  return index;
}

export type MatchedBy = 'id' | 'email' | 'name';

export function findPerson(
  index: PeopleIndex,
  fields: { id?: string; email?: string; name?: string },
): { person: Person; by: MatchedBy } | null {
  const byId = fields.id === undefined ? undefined : index.byId.get(fields.id.trim());
  if (byId) return { person: byId, by: 'id' };
  const byEmail = fields.email === undefined ? undefined : index.byEmail.get(emailKey(fields.email));
  if (byEmail) return { person: byEmail, by: 'email' };
  const byName = fields.name === undefined ? undefined : index.byName.get(nameKey(fields.name));
  return byName ? { person: byName, by: 'name' } : null;
}

/** A reports-to cell (a name or an e-mail) to the person it names, among `people`. */
export function resolveReference(index: PeopleIndex, reference: string): Person | undefined {
  const key = reference.trim();
  if (key.includes('@')) return index.byEmail.get(emailKey(key)) ?? index.byName.get(nameKey(key));
  return index.byName.get(nameKey(key)) ?? index.byEmail.get(emailKey(key));
}
