import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export interface WorkshopState {
  active: boolean;
  toggle(): void;
}

export const workshopStore = createStore<WorkshopState>()((set) => ({
  active: false,
  toggle: () => set((state) => ({ active: !state.active })),
}));

export const useWorkshop = <T>(select: (state: WorkshopState) => T) => useStore(workshopStore, select);
