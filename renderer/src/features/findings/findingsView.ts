import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export type RightTab = 'details' | 'findings' | 'history' | 'plan';

/**
 * How the findings are on show, apart from the analysis itself: which tab of the right column is open,
 * whether the findings are drawn on the map, and which path to power is traced. Overlays follow the tab
 * (on while the findings are open, or in what-if) until the user switches them explicitly.
 */
export interface FindingsViewState {
  tab: RightTab;
  /** The user's own choice for overlays; null follows the tab. */
  overlaysChoice: boolean | null;
  /** Decision maker whose path to power is traced on the map. */
  tracedPathTo: string | null;
  setTab(tab: RightTab): void;
  setOverlays(on: boolean): void;
  tracePath(decisionMakerId: string | null): void;
  /** A new account starts with no traced path. */
  resetForAccount(): void;
}

export function createFindingsViewStore() {
  return createStore<FindingsViewState>()((set) => ({
    tab: 'details',
    overlaysChoice: null,
    tracedPathTo: null,
    setTab: (tab) => set({ tab }),
    setOverlays: (on) => set({ overlaysChoice: on }),
    tracePath: (decisionMakerId) => set({ tracedPathTo: decisionMakerId }),
    resetForAccount: () => set({ tracedPathTo: null }),
  }));
}

/** Whether the findings are drawn on the map now. */
export function overlaysShown(view: Pick<FindingsViewState, 'tab' | 'overlaysChoice'>, whatIf: boolean): boolean {
  return view.overlaysChoice ?? (view.tab === 'findings' || whatIf);
}

export const findingsViewStore = createFindingsViewStore();
export const useFindingsView = <T>(select: (state: FindingsViewState) => T) => useStore(findingsViewStore, select);
