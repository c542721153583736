import type { AccountData, Layer } from '../../../../shared/model';
import { LAYERS } from '../../../../shared/model';

/** How many people sit in each layer (every layer present, zero included). */
export function countByLayer(data: AccountData): Record<Layer, number> {
  const counts = Object.fromEntries(LAYERS.map((layer) => [layer, 0])) as Record<Layer, number>;
  for (const person of data.people) counts[person.layer] += 1;
  return counts;
}

export interface SelectionCounts {
  people: number;
  team: number;
  competitors: number;
  links: number;
}

/** What a selection holds, by kind; ids the account does not hold are not counted. */
export function countSelection(data: AccountData, ids: readonly string[]): SelectionCounts {
  const wanted = new Set(ids);
  const count = (items: readonly { id: string }[]) => items.reduce((n, item) => n + (wanted.has(item.id) ? 1 : 0), 0);
  return {
    people: count(data.people),
    team: count(data.team),
    competitors: count(data.competitors),
    links: count(data.links),
  };
}

export type SelectedKind = 'account' | 'person' | 'team' | 'competitor' | 'link' | 'multi';

/** Which inspector the panel shows for a selection. */
export function selectedKind(data: AccountData, ids: readonly string[]): SelectedKind {
  if (ids.length > 1) return 'multi';
  const id = ids[0];
  if (id === undefined) return 'account';
  if (data.people.some((person) => person.id === id)) return 'person';
  if (data.team.some((member) => member.id === id)) return 'team';
  if (data.competitors.some((competitor) => competitor.id === id)) return 'competitor';
  if (data.links.some((link) => link.id === id)) return 'link';
  return 'account';
}
