import { useMemo } from 'react';
import type { AccountData } from '../../../../shared/model';
import type { MapOverlays } from '../../../../shared/visual/overlays';
import { buildSearchIndex, isFilterActive, peoplePassing, searchOverlays, searchPeople } from '../../../../shared/search';
import { useFind } from './findStore';

export interface FindResults {
  /** ids of the people found, among those the filters keep */
  hits: string[];
  /** ids of the people the filters keep; null when no filter is set */
  passing: ReadonlySet<string> | null;
  searching: boolean;
  overlays: MapOverlays;
}

const NONE: FindResults = { hits: [], passing: null, searching: false, overlays: { classes: {}, bands: {} } };

/**
 * The search and filters applied to the account. The index is rebuilt only when the people change, and
 * then only for the people changed (names are converted to pinyin once), so a keystroke costs one pass
 * of substring tests.
 */
export function useFindResults(data: AccountData | null): FindResults {
  const query = useFind((state) => state.query);
  const filter = useFind((state) => state.filter);
  const people = data?.people;
  // Built on the first letter typed, not on opening the account: converting names to pinyin costs.
  const searching = query.trim() !== '';
  const index = useMemo(() => (people && searching ? buildSearchIndex(people) : []), [people, searching]);
  const passing = useMemo(() => (data && isFilterActive(filter) ? peoplePassing(data, filter) : null), [data, filter]);
  return useMemo(() => {
    if (!data) return NONE;
    if (!searching && !passing) return NONE;
    const found = searchPeople(index, query);
    const hits = passing ? found.filter((id) => passing.has(id)) : found;
    return { hits, passing, searching, overlays: searchOverlays(data, hits, passing, filter.teamMemberIds) };
  }, [data, index, query, searching, passing, filter.teamMemberIds]);
}
