import type { AccountData } from '../model';
import type { MapOverlays, OverlayClass } from '../visual/overlays';

/**
 * Search and filters drawn on the map: the people found carry `search-hit`; the people a filter leaves
 * out, the links that touch them and, when filtering by team member, the other members carry
 * `filtered-out`. Plain data; the map merges it with the analysis' marks and applies the difference.
 */
export function searchOverlays(
  data: AccountData,
  hits: readonly string[],
  passing: ReadonlySet<string> | null,
  teamMemberIds: readonly string[] = [],
): MapOverlays {
  const classes: Record<string, OverlayClass[]> = {};
  for (const id of hits) classes[id] = ['search-hit'];
  if (passing) {
    const out = new Set<string>();
    for (const person of data.people) if (!passing.has(person.id)) out.add(person.id);
    if (teamMemberIds.length > 0) for (const member of data.team) if (!teamMemberIds.includes(member.id)) out.add(member.id);
    for (const link of data.links) if (out.has(link.from) || out.has(link.to)) out.add(link.id);
    for (const id of out) (classes[id] ??= []).push('filtered-out');
  }
  return { classes, bands: {} };
}
