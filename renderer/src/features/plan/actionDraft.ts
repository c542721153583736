import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * "New action for this person" (the map's person menu): the Plan tab's form opens with the person chosen
 * and its text field focused. `asked` changes on every request, so asking twice for the same person still
 * focuses the form; the form takes the person once, so opening the tab later starts blank.
 */
export interface ActionDraftState {
  personId: string | null;
  asked: number;
  request(personId: string): void;
  take(): string | null;
}

export const actionDraftStore = createStore<ActionDraftState>()((set, get) => ({
  personId: null,
  asked: 0,
  request: (personId) => set((state) => ({ personId, asked: state.asked + 1 })),
  take() {
    const { personId } = get();
    if (personId !== null) set({ personId: null });
    return personId;
  },
}));

export const useActionDraft = <T>(select: (state: ActionDraftState) => T) => useStore(actionDraftStore, select);
