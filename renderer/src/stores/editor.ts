import { createStore } from 'zustand/vanilla';
import type { AccountData, AppError, Op } from '../../../shared/model';
import type { Edit } from '../../../shared/edit';
import { applyOps, combineEdits, deleteElements, isEmptyEdit } from '../../../shared/edit';
import type { IpcClient } from './client';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** An edit sent (or queued) to the main process and not answered yet. */
interface Pending {
  accountId: string;
  ops: Op[];
  /** puts the undo/redo stacks back as they were if the main process refuses the ops */
  onRefused(): void;
}

export interface EditorState {
  accountId: string | null;
  /** What the user sees: the store's data with every pending edit applied. */
  data: AccountData | null;
  /** What the main process has confirmed. */
  confirmed: AccountData | null;
  pending: Pending[];
  loading: boolean;
  selection: string[];
  undoStack: Edit[];
  redoStack: Edit[];
  saveState: SaveState;
  lastError: AppError | null;
  /** Opens an account; `select` picks elements once it is open (a search hit). */
  open(accountId: string, select?: string[]): Promise<boolean>;
  close(): void;
  /** Applies an edit locally at once, records it for undo, and saves it as one edit.apply. */
  apply(edit: Edit, select?: string[]): Promise<boolean>;
  /**
   * Like apply, but when `joins(lastUndoStep)` says so the edit becomes part of that step: filling in
   * a person just added is one undo step with adding them.
   */
  applyJoined(edit: Edit, joins: (last: Edit) => boolean): Promise<boolean>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  select(ids: readonly string[]): void;
  selectAllPeople(): void;
  deleteSelection(): Promise<boolean>;
  /** Resolves once every pending edit has been answered. */
  flush(): Promise<void>;
  /**
   * Records an edit the main process has already written (an import's one transaction) as one undo
   * step, without sending it again. Call it after flush(), with nothing pending.
   */
  adoptApplied(edit: Edit, select?: string[]): void;
}

function existingIds(data: AccountData): Set<string> {
  return new Set([...data.people, ...data.team, ...data.competitors, ...data.links].map((item) => item.id));
}

export function createEditorStore(client: IpcClient, onError: (error: AppError) => void) {
  return createStore<EditorState>()((set, get) => {
    /** Edits go out one at a time, in order, so the database sees them as the user made them. */
    let queue: Promise<unknown> = Promise.resolve();
    let openToken = 0;

    function withoutMissing(selection: string[], data: AccountData): string[] {
      const ids = existingIds(data);
      const kept = selection.filter((id) => ids.has(id));
      return kept.length === selection.length ? selection : kept;
    }

    async function send(entry: Pending): Promise<boolean> {
      const result = await client.call('edit.apply', { ops: entry.ops });
      const state = get();
      if (state.accountId !== entry.accountId || !state.confirmed) return result.ok;
      const pending = state.pending.filter((other) => other !== entry);
      if (result.ok) {
        set({ confirmed: applyOps(state.confirmed, entry.ops), pending, saveState: pending.length > 0 ? 'saving' : 'saved', lastError: null });
        return true;
      }
      // Refused: show the store's data plus whatever else is still on its way.
      const data = pending.reduce((current, other) => applyOps(current, other.ops), state.confirmed);
      set({ data, pending, selection: withoutMissing(state.selection, data), saveState: 'error', lastError: result.error });
      entry.onRefused();
      onError(result.error);
      return false;
    }

    function submit(ops: Op[], onRefused: () => void, select?: readonly string[]): Promise<boolean> {
      const state = get();
      if (!state.data || !state.accountId) return Promise.resolve(false);
      const entry: Pending = { accountId: state.accountId, ops, onRefused };
      const data = applyOps(state.data, ops);
      set({
        data,
        pending: [...state.pending, entry],
        selection: select ? [...select] : withoutMissing(state.selection, data),
        saveState: 'saving',
      });
      const sent = queue.then(() => send(entry));
      queue = sent;
      return sent;
    }

    return {
      accountId: null,
      data: null,
      confirmed: null,
      pending: [],
      loading: false,
      selection: [],
      undoStack: [],
      redoStack: [],
      saveState: 'idle',
      lastError: null,

      async open(accountId, select = []) {
        const token = ++openToken;
        set({ loading: true, accountId, data: null, confirmed: null, pending: [], selection: [], undoStack: [], redoStack: [], saveState: 'idle', lastError: null });
        await queue;
        const result = await client.call('accounts.open', { accountId });
        if (token !== openToken) return false;
        if (!result.ok) {
          set({ loading: false, accountId: null });
          onError(result.error);
          return false;
        }
        const data = result.value;
        set({ loading: false, data, confirmed: data, selection: withoutMissing(select, data) });
        return true;
      },

      close() {
        openToken++;
        set({ accountId: null, data: null, confirmed: null, pending: [], selection: [], undoStack: [], redoStack: [], saveState: 'idle', lastError: null });
      },

      apply(edit, select) {
        if (isEmptyEdit(edit) || !get().data) return Promise.resolve(false);
        set((state) => ({ undoStack: [...state.undoStack, edit], redoStack: [] }));
        return submit(edit.forward, () => set((state) => ({ undoStack: state.undoStack.filter((other) => other !== edit) })), select);
      },

      applyJoined(edit, joins) {
        const last = get().undoStack.at(-1);
        if (!last || !joins(last)) return get().apply(edit);
        if (isEmptyEdit(edit) || !get().data) return Promise.resolve(false);
        const joined = combineEdits([last, edit]);
        set((state) => ({ undoStack: [...state.undoStack.slice(0, -1), joined], redoStack: [] }));
        return submit(edit.forward, () => set((state) => ({ undoStack: state.undoStack.map((other) => (other === joined ? last : other)) })));
      },

      undo() {
        const edit = get().undoStack.at(-1);
        if (!edit || !get().data) return Promise.resolve(false);
        set((state) => ({ undoStack: state.undoStack.slice(0, -1), redoStack: [...state.redoStack, edit] }));
        return submit(edit.inverse, () =>
          set((state) => ({ redoStack: state.redoStack.filter((other) => other !== edit), undoStack: [...state.undoStack, edit] })),
        );
      },

      redo() {
        const edit = get().redoStack.at(-1);
        if (!edit || !get().data) return Promise.resolve(false);
        set((state) => ({ redoStack: state.redoStack.slice(0, -1), undoStack: [...state.undoStack, edit] }));
        return submit(edit.forward, () =>
          set((state) => ({ undoStack: state.undoStack.filter((other) => other !== edit), redoStack: [...state.redoStack, edit] })),
        );
      },

      select(ids) {
        const data = get().data;
        set({ selection: data ? withoutMissing([...new Set(ids)], data) : [] });
      },

      selectAllPeople() {
        set({ selection: get().data?.people.map((person) => person.id) ?? [] });
      },

      deleteSelection() {
        const { data, selection } = get();
        if (!data || selection.length === 0) return Promise.resolve(false);
        return get().apply(deleteElements(data, selection), []);
      },

      async flush() {
        await queue;
      },

      adoptApplied(edit, select) {
        const { data, confirmed } = get();
        if (!data || !confirmed) return;
        const next = applyOps(data, edit.forward);
        set((state) => ({
          data: next,
          confirmed: applyOps(confirmed, edit.forward),
          undoStack: [...state.undoStack, edit],
          redoStack: [],
          selection: withoutMissing(select ? [...select] : state.selection, next),
          saveState: 'saved',
        }));
      },
    };
  });
}

export type EditorStore = ReturnType<typeof createEditorStore>;
