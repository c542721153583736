import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { PeopleFilter } from '../../../../shared/search';
import { NO_PEOPLE_FILTER } from '../../../../shared/search';

/**
 * What the account screen is looking for: the text typed in the find box, the people filters, and
 * whether the map or the People table is on show. View state only (never account data); it starts
 * empty for each account opened.
 */
export type AccountViewMode = 'map' | 'people';

type FilterList = keyof PeopleFilter;

export interface FindState {
  query: string;
  filter: PeopleFilter;
  filterOpen: boolean;
  view: AccountViewMode;
  /** bumped by Ctrl/Cmd+F so the box takes focus even when it already shows */
  focusRequest: number;
  setQuery(query: string): void;
  /** Adds the value to one dimension of the filter, or takes it out when present. */
  toggleFilter<K extends FilterList>(dimension: K, value: PeopleFilter[K][number]): void;
  clearFilter(): void;
  setFilterOpen(open: boolean): void;
  setView(view: AccountViewMode): void;
  requestFocus(): void;
  /** Escape: the search goes first, then an open filter panel; false when there was nothing to clear. */
  clearSearch(): boolean;
  reset(): void;
}

export function createFindStore() {
  return createStore<FindState>()((set, get) => ({
    query: '',
    filter: NO_PEOPLE_FILTER,
    filterOpen: false,
    view: 'map',
    focusRequest: 0,
    setQuery: (query) => set({ query }),
    toggleFilter: (dimension, value) =>
      set((state) => {
        const list = state.filter[dimension] as readonly unknown[];
        const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
        return { filter: { ...state.filter, [dimension]: next } };
      }),
    clearFilter: () => set({ filter: NO_PEOPLE_FILTER }),
    setFilterOpen: (filterOpen) => set({ filterOpen }),
    setView: (view) => set({ view }),
    requestFocus: () => set((state) => ({ focusRequest: state.focusRequest + 1 })),
    clearSearch() {
      if (get().query !== '') {
        set({ query: '' });
        return true;
      }
      if (get().filterOpen) {
        set({ filterOpen: false });
        return true;
      }
      return false;
    },
    reset: () => set({ query: '', filter: NO_PEOPLE_FILTER, filterOpen: false, view: 'map' }),
  }));
}

export const findStore = createFindStore();
export const useFind = <T,>(select: (state: FindState) => T) => useStore(findStore, select);
