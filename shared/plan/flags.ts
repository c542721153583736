import type { AccountPlan } from './types';

/**
 * How many open actions concern each person (the flag on the map, its count in the hover card). People
 * with none are left out, so an empty map means nobody is flagged; done and dropped actions do not count.
 */
export function openActionsByPerson(plan: Pick<AccountPlan, 'actions'>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const action of plan.actions) {
    if (action.status !== 'open') continue;
    for (const id of new Set(action.personIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The people whose count differs between two countings (the map redraws only them). */
export function peopleWithChangedFlags(before: ReadonlyMap<string, number> | undefined, after: ReadonlyMap<string, number> | undefined): Set<string> {
  const changed = new Set<string>();
  const a = before ?? new Map<string, number>();
  const b = after ?? new Map<string, number>();
  for (const [id, count] of a) if (b.get(id) !== count) changed.add(id);
  for (const [id, count] of b) if (a.get(id) !== count) changed.add(id);
  return changed;
}
