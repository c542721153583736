import { createStore } from 'zustand/vanilla';

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
}

export interface ConfirmState {
  request: ConfirmRequest | null;
  /** Opens the confirm dialog; resolves true when the user confirms. */
  ask(request: ConfirmRequest): Promise<boolean>;
  answer(confirmed: boolean): void;
}

export function createConfirmStore() {
  let resolve: ((confirmed: boolean) => void) | null = null;
  return createStore<ConfirmState>()((set) => ({
    request: null,
    ask(request) {
      resolve?.(false);
      set({ request });
      return new Promise<boolean>((done) => {
        resolve = done;
      });
    },
    answer(confirmed) {
      resolve?.(confirmed);
      resolve = null;
      set({ request: null });
    },
  }));
}

export type ConfirmStore = ReturnType<typeof createConfirmStore>;
