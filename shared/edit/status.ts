import type { AccountData, IsoDate, PersonStatus } from '../model';
import type { Edit } from './edit';
import { patchEdit } from './patch';

/** Where a person went, when they left: a competitor of the account, another employer named in text, or unknown. */
export type LeftTo = { competitorId: string } | { employer: string } | null;

export type StatusChange =
  | { status: 'active' }
  | { status: 'onLeave'; since: IsoDate | null }
  | { status: 'left'; since: IsoDate | null; to: LeftTo };

/**
 * Marks a person active, on leave or left, as one patch of the four status fields, so undo takes the
 * whole change back. Fields that do not apply to the new status are cleared: a person back from leave
 * keeps no date, a person on leave no new employer. A competitor not in the account is refused by the
 * store, not here: this only shapes the patch.
 */
export function setPersonStatus(data: AccountData, personId: string, change: StatusChange): Edit {
  const current = data.people.find((person) => person.id === personId);
  const since = change.status === 'active' ? null : change.since;
  const to = change.status === 'left' ? change.to : null;
  return patchEdit('person', current, {
    status: change.status as PersonStatus,
    statusSince: since,
    leftTo: to !== null && 'employer' in to ? to.employer.trim() : '',
    leftToCompetitorId: to !== null && 'competitorId' in to ? to.competitorId : null,
  });
}

/** True for a person who left or is on leave: kept on the map, out of the rules. */
export const isDeparted = (person: { status: PersonStatus }): boolean => person.status !== 'active';

/** The account as the map draws it with leavers hidden: without them and without their links. */
export function withoutDeparted(data: AccountData): AccountData {
  const departed = new Set(data.people.filter(isDeparted).map((person) => person.id));
  if (departed.size === 0) return data;
  return {
    ...data,
    people: data.people.filter((person) => !departed.has(person.id)),
    links: data.links.filter((link) => !departed.has(link.from) && !departed.has(link.to)),
  };
}
