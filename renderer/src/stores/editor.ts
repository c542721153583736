import { createStore } from 'zustand/vanilla';
import type { AccountData, AppError } from '../../../shared/model';
import type { Edit, EditOp } from '../../../shared/edit';
import { applyOps, combineEdits, deleteElements, isEmptyEdit } from '../../../shared/edit';
import { applyPlanOps, isPlanOp, type AccountPlan } from '../../../shared/plan';
import { UNDO_LIMIT } from '../../../shared/ipc/history-contract';
import type { IpcClient } from './client';

/** How long the undo and redo stacks wait after the last confirmed write before they are saved with the history. */
export const UNDO_SAVE_DELAY_MS = 300;

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** One undo step: ops on the account's records, on its plan (a contact logged, an action completed), or both. */
export type UndoStep = Edit<EditOp>;

/** An edit sent (or queued) to the main process and not answered yet. */
interface Pending {
  accountId: string;
  ops: EditOp[];
  /** puts the undo/redo stacks back as they were if the main process refuses the ops */
  onRefused(): void;
}

export interface EditorState {
  accountId: string | null;
  /** What the user sees: the store's data with every pending edit applied. */
  data: AccountData | null;
  /** What the main process has confirmed. */
  confirmed: AccountData | null;
  /**
   * The account's contact log and actions as the user sees them (pending plan ops applied), and as the
   * main process confirmed them: plan ops travel with the other edits, on the same undo stack.
   */
  plan: AccountPlan;
  confirmedPlan: AccountPlan;
  pending: Pending[];
  loading: boolean;
  selection: string[];
  undoStack: UndoStep[];
  redoStack: UndoStep[];
  saveState: SaveState;
  lastError: AppError | null;
  /** Opens an account; `select` picks elements once it is open (a search hit). */
  open(accountId: string, select?: string[]): Promise<boolean>;
  close(): void;
  /** Applies an edit locally at once, records it for undo, and saves it as one edit.apply. */
  apply(edit: UndoStep, select?: string[]): Promise<boolean>;
  /**
   * Like apply, but when `joins(lastUndoStep)` says so the edit becomes part of that step: filling in
   * a person just added is one undo step with adding them.
   */
  applyJoined(edit: Edit, joins: (last: UndoStep) => boolean): Promise<boolean>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  select(ids: readonly string[]): void;
  selectAllPeople(): void;
  deleteSelection(): Promise<boolean>;
  /** Resolves once every pending edit has been answered (and the undo stacks due to be saved are). */
  flush(): Promise<void>;
  /**
   * Records an edit the main process has already written (an import's one transaction) as one undo
   * step, without sending it again. Call it after flush(), with nothing pending.
   */
  adoptApplied(edit: Edit, select?: string[]): void;
}

const NO_PLAN: AccountPlan = { contacts: [], actions: [] };

/** The plan after the plan ops among `ops` (the same object when there are none). */
function planAfter(plan: AccountPlan, ops: readonly EditOp[]): AccountPlan {
  const planOps = ops.filter(isPlanOp);
  return planOps.length === 0 ? plan : applyPlanOps(plan, planOps);
}

function existingIds(data: AccountData): Set<string> {
  return new Set([...data.people, ...data.team, ...data.competitors, ...data.links].map((item) => item.id));
}

export function createEditorStore(client: IpcClient, onError: (error: AppError) => void) {
  return createStore<EditorState>()((set, get) => {
    /** Edits go out one at a time, in order, so the database sees them as the user made them. */
    let queue: Promise<unknown> = Promise.resolve();
    let openToken = 0;
    /** The stacks wait to be saved (undo.save) for this account; null when nothing is due. */
    let stacksDue: { accountId: string; timer: ReturnType<typeof setTimeout> } | null = null;

    /**
     * Saves the undo and redo stacks with the history (issue 12: undo survives a restart), when every
     * edit in them has been written: with an edit still on its way nothing is saved (its answer asks again).
     * In the edit queue, so the save reaches the main process between the writes it follows and the next.
     */
    function saveStacks(): void {
      if (stacksDue === null) return;
      clearTimeout(stacksDue.timer);
      const due = stacksDue.accountId;
      stacksDue = null;
      const { accountId, pending, undoStack, redoStack } = get();
      if (accountId !== due || pending.length > 0) return;
      const plain = (edit: UndoStep): UndoStep => ({ forward: edit.forward, inverse: edit.inverse });
      const stacks = { accountId, undo: undoStack.slice(-UNDO_LIMIT).map(plain), redo: redoStack.slice(-UNDO_LIMIT).map(plain) };
      // Not saved: after a restart undo starts empty, as before; nothing the user needs to act on.
      queue = queue.then(() => client.call('undo.save', stacks));
    }

    /** Called after a write is confirmed (or refused and taken off the stacks): saves once the user pauses. */
    function stacksChanged(): void {
      const accountId = get().accountId;
      if (accountId === null) return;
      if (stacksDue !== null) clearTimeout(stacksDue.timer);
      stacksDue = { accountId, timer: setTimeout(saveStacks, UNDO_SAVE_DELAY_MS) };
    }

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
        set({
          confirmed: applyOps(state.confirmed, entry.ops),
          confirmedPlan: planAfter(state.confirmedPlan, entry.ops),
          pending,
          saveState: pending.length > 0 ? 'saving' : 'saved',
          lastError: null,
        });
        if (pending.length === 0) stacksChanged();
        return true;
      }
      // Refused: show the store's data plus whatever else is still on its way.
      const data = pending.reduce((current, other) => applyOps(current, other.ops), state.confirmed);
      const plan = pending.reduce((current, other) => planAfter(current, other.ops), state.confirmedPlan);
      set({ data, plan, pending, selection: withoutMissing(state.selection, data), saveState: 'error', lastError: result.error });
      entry.onRefused();
      if (pending.length === 0) stacksChanged();
      onError(result.error);
      return false;
    }

    function submit(ops: EditOp[], onRefused: () => void, select?: readonly string[]): Promise<boolean> {
      const state = get();
      if (!state.data || !state.accountId) return Promise.resolve(false);
      const entry: Pending = { accountId: state.accountId, ops, onRefused };
      const data = applyOps(state.data, ops);
      set({
        data,
        plan: planAfter(state.plan, ops),
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
      plan: NO_PLAN,
      confirmedPlan: NO_PLAN,
      pending: [],
      loading: false,
      selection: [],
      undoStack: [],
      redoStack: [],
      saveState: 'idle',
      lastError: null,

      async open(accountId, select = []) {
        saveStacks();
        const token = ++openToken;
        set({ loading: true, accountId, data: null, confirmed: null, plan: NO_PLAN, confirmedPlan: NO_PLAN, pending: [], selection: [], undoStack: [], redoStack: [], saveState: 'idle', lastError: null });
        await queue;
        const result = await client.call('accounts.open', { accountId });
        if (token !== openToken) return false;
        if (!result.ok) {
          set({ loading: false, accountId: null });
          onError(result.error);
          return false;
        }
        const data = result.value;
        // The account's plan (a refusal leaves it empty and says why), and the stacks kept with the history:
        // empty when none, or when the account changed since by another way.
        const [planned, stacks] = await Promise.all([client.call('plan.get', { accountId }), client.call('undo.load', { accountId })]);
        if (token !== openToken) return false;
        if (!planned.ok) onError(planned.error);
        const plan = planned.ok ? planned.value : NO_PLAN;
        const kept = stacks.ok ? { undoStack: stacks.value.undo, redoStack: stacks.value.redo } : {};
        set({ loading: false, data, confirmed: data, plan, confirmedPlan: plan, selection: withoutMissing(select, data), ...kept });
        return true;
      },

      close() {
        saveStacks();
        openToken++;
        set({ accountId: null, data: null, confirmed: null, plan: NO_PLAN, confirmedPlan: NO_PLAN, pending: [], selection: [], undoStack: [], redoStack: [], saveState: 'idle', lastError: null });
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
        saveStacks();
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
        stacksChanged();
      },
    };
  });
}

export type EditorStore = ReturnType<typeof createEditorStore>;
