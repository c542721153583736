import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { WorkshopMode } from './steps';

/** Whether the workshop is on, and where the presenter is in it: a mode and a step within it. */
export interface WorkshopState {
  active: boolean;
  mode: WorkshopMode;
  index: number;
  /** The room sees the panel read-only until the presenter chooses Edit; each workshop starts read-only. */
  editing: boolean;
  setEditing(on: boolean): void;
  start(): void;
  stop(): void;
  /** Choosing a mode starts at its first step (choosing the current one goes back to its start). */
  setMode(mode: WorkshopMode): void;
  /** Moves by `delta` steps within a mode of `count` steps, stopping at either end. */
  step(delta: number, count: number): void;
}

export function createWorkshopStore() {
  return createStore<WorkshopState>()((set) => ({
    active: false,
    mode: 'overview',
    index: 0,
    editing: false,
    setEditing: (on) => set({ editing: on }),
    start: () => set({ active: true, mode: 'overview', index: 0, editing: false }),
    stop: () => set({ active: false, mode: 'overview', index: 0, editing: false }),
    setMode: (mode) => set({ mode, index: 0 }),
    step: (delta, count) => set((state) => ({ index: Math.min(Math.max(0, state.index + delta), Math.max(0, count - 1)) })),
  }));
}

export const workshopStore = createWorkshopStore();
export const useWorkshop = <T>(select: (state: WorkshopState) => T) => useStore(workshopStore, select);

/** Private fields (private notes, personal drivers, contact details) are hidden while a workshop is on. */
export const usePrivateHidden = (): boolean => useWorkshop((state) => state.active);

/** True while a workshop is on and the presenter has not chosen Edit: the panel and the map take no edits. */
export const useEditsLocked = (): boolean => useWorkshop((state) => state.active && !state.editing);

export function editsLocked(): boolean {
  const state = workshopStore.getState();
  return state.active && !state.editing;
}
