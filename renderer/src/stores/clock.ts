import { createStore } from 'zustand/vanilla';
import type { IsoDate } from '../../../shared/model';
import type { IpcClient } from './client';

/**
 * "Today" as the main process tells it: one clock for both sides, so the analysis, a new covers link's
 * date and "Verified today" count from the same day as the main process's exports and portfolio (and
 * a test that pins the day pins it everywhere). Null until the first answer.
 */
export interface ClockState {
  today: IsoDate | null;
  /** Asks the main process again (the app may stay open past midnight); resolves to the day it holds. */
  refresh(): Promise<IsoDate | null>;
}

export function createClockStore(client: IpcClient) {
  return createStore<ClockState>()((set, get) => ({
    today: null,
    async refresh() {
      const result = await client.call('app.today', {});
      if (result.ok && result.value !== get().today) set({ today: result.value });
      return get().today;
    },
  }));
}

export type ClockStore = ReturnType<typeof createClockStore>;
