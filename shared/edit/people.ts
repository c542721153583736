import type { AccountData, Layer, Op, Person, TeamMember } from '../model';
import type { Edit } from './edit';
import { patchEdit } from './patch';

export type PersonPatch = Partial<Omit<Person, 'id' | 'accountId'>>;

export function addPerson(_data: AccountData, person: Person): Edit {
  return {
    forward: [{ op: 'put', entity: 'person', value: person }],
    inverse: [{ op: 'delete', entity: 'person', id: person.id }],
  };
}

/** The facts a KAM confirms about a person (DOMAIN's "verified on"): changing one is confirming it. */
export const VERIFIED_FACTS = ['title', 'layer', 'attitude'] as const satisfies readonly (keyof Person)[];

/**
 * A patch of one person. With `today` (the app's one clock, passed in), a patch that really changes the
 * person's title, layer or attitude also stamps `verifiedOn` with today, in the same edit, so undo takes
 * both back; notes, positions and other fields leave it alone.
 */
export function updatePerson(data: AccountData, personId: string, patch: PersonPatch, today?: string): Edit {
  const current = data.people.find((person) => person.id === personId);
  const changesFacts =
    today !== undefined &&
    current !== undefined &&
    patch.verifiedOn === undefined &&
    VERIFIED_FACTS.some((field) => patch[field] !== undefined && patch[field] !== current[field]);
  return patchEdit('person', current, changesFacts ? { ...patch, verifiedOn: today } : patch);
}

export interface NodeMove {
  id: string;
  x: number;
  y: number;
  /** set when a person was dropped in another band */
  layer?: Layer;
}

/**
 * One drag of several nodes (people and team members) as one edit: new positions, and a new layer for
 * people dropped in another band. Team members have no layer; unknown ids are skipped.
 */
export function movePeople(data: AccountData, moves: readonly NodeMove[]): Edit {
  const people = new Map(data.people.map((person) => [person.id, person]));
  const team = new Map(data.team.map((member) => [member.id, member]));
  const forward: Op[] = [];
  const inverse: Op[] = [];
  for (const move of moves) {
    const person = people.get(move.id);
    const member: TeamMember | undefined = team.get(move.id);
    const edit = person
      ? patchEdit('person', person, move.layer ? { x: move.x, y: move.y, layer: move.layer } : { x: move.x, y: move.y })
      : patchEdit('team', member, { x: move.x, y: move.y });
    forward.push(...edit.forward);
    inverse.push(...edit.inverse);
  }
  return { forward, inverse };
}
