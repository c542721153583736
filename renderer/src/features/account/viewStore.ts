import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { LinkEnds } from '../../../../shared/edit';

/**
 * What the account screen shows around the map and is not account data: link mode, the legend, and
 * the link chooser's pending ends. Kept apart from the editor store, which holds only the account.
 */
export interface AccountViewState {
  linkMode: boolean;
  /** the first end picked in link mode */
  linkSource: string | null;
  legendVisible: boolean;
  /** "Show covers lines": every covers link on the map, not only the focused person's (kept across accounts, like the legend) */
  coversLines: boolean;
  /** "Hide leavers": people who left or are on leave are not drawn (kept across accounts, like the legend) */
  hideDeparted: boolean;
  /** the two ends the link chooser asks about; null when it is closed */
  chooser: LinkEnds | null;
  setLinkMode(on: boolean): void;
  setLinkSource(id: string | null): void;
  toggleLegend(): void;
  toggleCoversLines(): void;
  toggleHideDeparted(): void;
  openChooser(ends: LinkEnds): void;
  closeChooser(): void;
  reset(): void;
}

export function createAccountViewStore() {
  return createStore<AccountViewState>()((set) => ({
    linkMode: false,
    linkSource: null,
    legendVisible: false,
    coversLines: false,
    hideDeparted: false,
    chooser: null,
    setLinkMode: (on) => set({ linkMode: on, linkSource: null }),
    setLinkSource: (id) => set({ linkSource: id }),
    toggleLegend: () => set((state) => ({ legendVisible: !state.legendVisible })),
    toggleCoversLines: () => set((state) => ({ coversLines: !state.coversLines })),
    toggleHideDeparted: () => set((state) => ({ hideDeparted: !state.hideDeparted })),
    openChooser: (ends) => set({ chooser: ends }),
    closeChooser: () => set({ chooser: null }),
    reset: () => set({ linkMode: false, linkSource: null, chooser: null }),
  }));
}

export const accountViewStore = createAccountViewStore();
export const useAccountView = <T>(select: (state: AccountViewState) => T) => useStore(accountViewStore, select);
