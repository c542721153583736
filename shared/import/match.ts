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
    const email = person.email.trim() === '' ? null : emailKey(person.email);
    if (email !== null && !index.byEmail.has(email)) index.byEmail.set(email, person);
    const name = nameKey(person.name);
    if (!index.byName.has(name)) index.byName.set(name, person);
  }
  return index;
}

export type MatchedBy = 'id' | 'email' | 'name';

/**
 * Whom a row is: by the id from our export, then by its e-mail and name keys (emailKey/nameKey of the
 * row's e-mail and name, computed once per row by the caller; undefined when the row has none).
 */
export function findPerson(index: PeopleIndex, id: string | undefined, email: string | undefined, name: string | undefined): { person: Person; by: MatchedBy } | null {
  const byId = id === undefined ? undefined : index.byId.get(id.trim());
  if (byId) return { person: byId, by: 'id' };
  const byEmail = email === undefined ? undefined : index.byEmail.get(email);
  if (byEmail) return { person: byEmail, by: 'email' };
  const byName = name === undefined ? undefined : index.byName.get(name);
  return byName ? { person: byName, by: 'name' } : null;
}

/** What resolveReference reads: a Map, or a KeyIndex. */
interface Lookup<T> {
  get(key: string): T | undefined;
}

/** A reports-to cell (a name or an e-mail) to what it names in `index` (people, or the rows of a file). */
export function resolveReference<T>(index: { byEmail: Lookup<T>; byName: Lookup<T> }, reference: string): T | undefined {
  const key = reference.trim();
  if (key.includes('@')) return index.byEmail.get(emailKey(key)) ?? index.byName.get(nameKey(key));
  return index.byName.get(nameKey(key)) ?? index.byEmail.get(emailKey(key));
}
