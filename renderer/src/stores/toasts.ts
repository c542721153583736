import { createStore } from 'zustand/vanilla';

export type ToastTone = 'info' | 'success' | 'error';

export interface ToastAction {
  label: string;
  /** test id of the action button, e.g. `toast-undo` */
  testId: string;
  run(): void;
}

export interface Toast {
  id: number;
  tone: ToastTone;
  /** a short heading, e.g. "Not saved" */
  title?: string;
  message: string;
  /** one line per problem, shown on request */
  details?: string[];
  action?: ToastAction;
}

export interface ToastsState {
  toasts: Toast[];
  show(toast: Omit<Toast, 'id'>): number;
  dismiss(id: number): void;
}

/** At most this many toasts at once; the oldest gives way. */
const LIMIT = 4;

export function createToastsStore() {
  let nextId = 1;
  return createStore<ToastsState>()((set) => ({
    toasts: [],
    show(toast) {
      const id = nextId++;
      set((state) => ({ toasts: [...state.toasts, { ...toast, id }].slice(-LIMIT) }));
      return id;
    },
    dismiss(id) {
      set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
    },
  }));
}

export type ToastsStore = ReturnType<typeof createToastsStore>;
