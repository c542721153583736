import { createStore } from 'zustand/vanilla';
import type { PortfolioRow } from '../../../../shared/analysis';
import type { AppError } from '../../../../shared/model';
import type { IpcClient } from '../../stores/client';
import type { PortfolioFilter, PortfolioSort } from './portfolioTable';
import { DEFAULT_SORT, NO_FILTER } from './portfolioTable';

/**
 * The portfolio screen's state: every account's headline analysis as the main process computed it
 * (portfolio.list, with the thresholds in settings), and how the user sorts and filters it. Loaded each
 * time the screen opens, so it reflects the latest edits.
 */
export interface PortfolioState {
  rows: PortfolioRow[];
  loaded: boolean;
  error: AppError | null;
  sort: PortfolioSort;
  filter: PortfolioFilter;
  load(): Promise<void>;
  setSort(sort: PortfolioSort): void;
  setFilter(patch: Partial<PortfolioFilter>): void;
  clearFilter(): void;
}

export function createPortfolioStore(client: IpcClient, onError: (error: AppError) => void) {
  let token = 0;
  return createStore<PortfolioState>()((set) => ({
    rows: [],
    loaded: false,
    error: null,
    sort: DEFAULT_SORT,
    filter: NO_FILTER,
    async load() {
      const mine = ++token;
      const result = await client.call('portfolio.list', {});
      if (mine !== token) return;
      if (result.ok) set({ rows: result.value, loaded: true, error: null });
      else {
        set({ loaded: true, error: result.error });
        onError(result.error);
      }
    },
    setSort: (sort) => set({ sort }),
    setFilter: (patch) => set((state) => ({ filter: { ...state.filter, ...patch } })),
    clearFilter: () => set({ filter: NO_FILTER }),
  }));
}

export type PortfolioStore = ReturnType<typeof createPortfolioStore>;
