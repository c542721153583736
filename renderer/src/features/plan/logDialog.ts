import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { editorStore } from '../../app/services';

/** Which customer people the Log contact dialog opens with; null while it is closed. */
export interface LogDialogState {
  personIds: string[] | null;
  show(personIds: readonly string[]): void;
  close(): void;
}

export const logDialogStore = createStore<LogDialogState>()((set) => ({
  personIds: null,
  show: (personIds) => set({ personIds: [...personIds] }),
  close: () => set({ personIds: null }),
}));

export const useLogDialog = <T>(select: (state: LogDialogState) => T) => useStore(logDialogStore, select);

/** L on the map (no text field focused): the Log contact dialog for the people selected. */
export function logContactKey(event: KeyboardEvent): boolean {
  if (event.key.toLowerCase() !== 'l' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return false;
  const { data, selection } = editorStore.getState();
  if (data === null) return false;
  const people = new Set(data.people.map((p) => p.id));
  logDialogStore.getState().show(selection.filter((id) => people.has(id)));
  return true;
}
