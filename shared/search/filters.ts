import type { AccountData, Attitude, Layer, Person, Role } from '../model';
import { foldForMatch } from './normalize';

/**
 * Filters over an account's people. Each list is a choice in one dimension (empty: anyone); a person
 * passes when they pass every dimension that has a choice. Departments compare folded, so "IT" and
 * "ｉｔ" are one department; a team member keeps the people they cover (strength 1 or more).
 */
export interface PeopleFilter {
  layers: readonly Layer[];
  roles: readonly Role[];
  attitudes: readonly Attitude[];
  departments: readonly string[];
  teamMemberIds: readonly string[];
}

export const NO_PEOPLE_FILTER: PeopleFilter = { layers: [], roles: [], attitudes: [], departments: [], teamMemberIds: [] };

export function isFilterActive(filter: PeopleFilter): boolean {
  return filter.layers.length + filter.roles.length + filter.attitudes.length + filter.departments.length + filter.teamMemberIds.length > 0;
}

/** The key a department is grouped and filtered by. */
export function departmentKey(department: string): string {
  return foldForMatch(department).trim().replace(/\s+/g, ' ');
}

/** The account's departments, once each (as first written), in the order given by `compare`. */
export function departmentsOf(people: readonly Pick<Person, 'department'>[], compare: (a: string, b: string) => number): string[] {
  const seen = new Map<string, string>();
  for (const person of people) {
    const key = departmentKey(person.department);
    if (key !== '' && !seen.has(key)) seen.set(key, person.department.trim());
  }
  return [...seen.values()].sort(compare);
}

/** Ids of the people each team member covers (strength 1 or more). */
function coveredBy(data: AccountData, memberIds: readonly string[]): Set<string> {
  const members = new Set(memberIds);
  const out = new Set<string>();
  for (const link of data.links) {
    if (link.kind === 'covers' && members.has(link.from) && (link.strength ?? 0) >= 1) out.add(link.to);
  }
  return out;
}

/** Ids of the people the filter keeps; every person when no filter is set. */
export function peoplePassing(data: AccountData, filter: PeopleFilter): Set<string> {
  if (!isFilterActive(filter)) return new Set(data.people.map((p) => p.id));
  const departments = new Set(filter.departments.map(departmentKey));
  const covered = filter.teamMemberIds.length > 0 ? coveredBy(data, filter.teamMemberIds) : null;
  const kept = new Set<string>();
  for (const person of data.people) {
    if (filter.layers.length > 0 && !filter.layers.includes(person.layer)) continue;
    if (filter.roles.length > 0 && !person.roles.some((role) => filter.roles.includes(role))) continue;
    if (filter.attitudes.length > 0 && !filter.attitudes.includes(person.attitude)) continue;
    if (departments.size > 0 && !departments.has(departmentKey(person.department))) continue;
    if (covered && !covered.has(person.id)) continue;
    kept.add(person.id);
  }
  return kept;
}
