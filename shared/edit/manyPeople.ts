import { placeOne } from '../layout';
import type { AccountData, IsoDate, Layer, Person } from '../model';
import type { Edit } from './edit';
import { combineEdits } from './edit';
import { newId, newPerson } from './defaults';
import { addLink, findLink } from './links';
import type { PersonPatch } from './people';
import { addPerson, updatePerson } from './people';

/**
 * Edits that touch many people at once, each one edit (one undo step): people pasted onto a band, a
 * person duplicated, a field set for everyone selected, a team member covering everyone selected.
 */

export interface NewPersonFields {
  name: string;
  title?: string;
  department?: string;
}

/** Places each new person on a free spot of the band in turn, so none covers another or anyone already there. */
function placeInTurn(data: AccountData, people: readonly Person[]): Person[] {
  let current = data;
  const placed: Person[] = [];
  for (const person of people) {
    const spot = placeOne({ ...current, people: [...current.people, person] }, person.id);
    const located = spot ? { ...person, x: spot.x, y: spot.y } : person;
    placed.push(located);
    current = { ...current, people: [...current.people, located] };
  }
  return placed;
}

/** People added to one band in one step (a pasted list), placed on free spots in the order given. */
export function addPeopleToLayer(
  data: AccountData,
  layer: Layer,
  fields: readonly NewPersonFields[],
  makeId: () => string = newId,
): { edit: Edit; people: Person[] } {
  const drafts = fields.map((field) =>
    newPerson(data.account.id, { name: field.name, title: field.title ?? '', department: field.department ?? '', layer }, makeId()),
  );
  const people = placeInTurn(data, drafts);
  return { people, edit: combineEdits(people.map((person) => addPerson(data, person))) };
}

/**
 * A copy of a person under a new name, next to them in their band: the same title, department, layer,
 * roles, attitude, influence and the rest of what they are, but none of their links (a colleague like
 * them is not in the same relationships) and never verified.
 */
export function duplicatePerson(data: AccountData, personId: string, name: string, id: string = newId()): { edit: Edit; person: Person } | null {
  const original = data.people.find((person) => person.id === personId);
  if (!original) return null;
  const draft: Person = { ...original, id, name, roles: [...original.roles], verifiedOn: null, x: null, y: null };
  const [person] = placeInTurn(data, [draft]);
  return { person: person!, edit: addPerson(data, person!) };
}

/** One patch for every person in `ids` (people only; others are skipped) as one edit. */
export function updatePeople(data: AccountData, ids: readonly string[], patch: PersonPatch | ((person: Person) => PersonPatch)): Edit {
  const wanted = new Set(ids);
  return combineEdits(
    data.people.filter((person) => wanted.has(person.id)).map((person) => updatePerson(data, person.id, typeof patch === 'function' ? patch(person) : patch)),
  );
}

/**
 * One of our team covering each person in `ids` (a new covers link, at the default working strength
 * and dated `today`), as one edit. People they already cover keep their link as it is.
 */
export function coverPeople(data: AccountData, memberId: string, ids: readonly string[], today: IsoDate): Edit {
  const edits: Edit[] = [];
  for (const person of data.people.filter((p) => ids.includes(p.id))) {
    if (findLink(data, 'covers', memberId, person.id)) continue;
    const result = addLink(data, { kind: 'covers', from: memberId, to: person.id }, today);
    if (result.ok) edits.push(result.edit);
  }
  return combineEdits(edits);
}
