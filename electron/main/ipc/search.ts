import { ok } from '../../../shared/model';
import type { Store } from '../../../node/db/store';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';

/** Enough hits to fill the search list; the renderer asks for more when it wants them. */
export const DEFAULT_SEARCH_LIMIT = 50;

export function searchHandlers(store: Store, _ports: DesktopPorts): SectionHandlers<'search'> {
  return {
    'search.query': async ({ text, limit }) => {
      const query = text.trim();
      return ok(query === '' ? [] : store.search(query, limit ?? DEFAULT_SEARCH_LIMIT));
    },
  };
}
