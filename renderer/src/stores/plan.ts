import { createStore } from 'zustand/vanilla';
import type { AppError, IsoDate } from '../../../shared/model';
import { addDays, applyPlanOps, invertPlanOps, usualMember, type AccountPlan, type Channel, type LoggedContact, type PlanAction, type PlanOp } from '../../../shared/plan';
import type { Finding } from '../../../shared/analysis';
import type { IpcClient } from './client';
import type { EditorStore, UndoStep } from './editor';

/**
 * The open account's contact log and actions. With the editor (the app), the plan is the editor's: a plan
 * edit is an undo step on the editor's one stack (Ctrl+Z takes back a contact logged or an action
 * completed, also after a restart), sent with the account's other edits through edit.apply. Without it
 * (a screen of its own), edits go to the main process as plan ops; a refusal puts the plan back and is
 * reported. Either way the last edit made here can be undone (the toast's Undo).
 */
export interface LogContactInput {
  date: IsoDate;
  teamIds: string[];
  personIds: string[];
  channel: Channel;
  note: string;
}

export interface PlanState {
  accountId: string | null;
  plan: AccountPlan;
  /** The inverse of the last plan edit, for undo. */
  lastUndo: PlanOp[] | null;
  load(accountId: string | null): Promise<void>;
  apply(ops: PlanOp[]): Promise<boolean>;
  logContact(input: LogContactInput): Promise<boolean>;
  deleteContact(id: string): Promise<boolean>;
  addAction(action: Omit<PlanAction, 'id' | 'accountId' | 'status' | 'doneOn'>): Promise<boolean>;
  setActionStatus(id: string, status: PlanAction['status'], today: IsoDate): Promise<boolean>;
  undoLast(): Promise<boolean>;
}

const EMPTY: AccountPlan = { contacts: [], actions: [] };

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function createPlanStore(client: IpcClient, reportError: (error: AppError) => void, editor?: EditorStore) {
  /** The editor's undo step of the last plan edit made here: the toast's Undo takes back that step only. */
  let lastStep: UndoStep | null = null;
  const store = createStore<PlanState>()((set, get) => ({
    accountId: null,
    plan: EMPTY,
    lastUndo: null,
    async load(accountId) {
      set({ accountId, plan: EMPTY, lastUndo: null });
      // The editor loads the plan with the account it opens.
      if (accountId === null || editor) return;
      const result = await client.call('plan.get', { accountId });
      if (get().accountId !== accountId) return;
      if (result.ok) set({ plan: result.value });
      else reportError(result.error);
    },
    async apply(ops) {
      const before = get().plan;
      const inverse = invertPlanOps(before, ops);
      if (editor) {
        const step: UndoStep = { forward: ops, inverse };
        lastStep = step;
        set({ lastUndo: inverse });
        return editor.getState().apply(step);
      }
      set({ plan: applyPlanOps(before, ops), lastUndo: inverse });
      const result = await client.call('plan.apply', { ops });
      if (!result.ok) {
        set({ plan: before, lastUndo: null });
        reportError(result.error);
        return false;
      }
      return true;
    },
    logContact(input) {
      const accountId = get().accountId;
      if (accountId === null) return Promise.resolve(false);
      const value: LoggedContact = { id: newId(), accountId, ...input, note: input.note.trim(), private: true };
      return get().apply([{ op: 'logContact', value }]);
    },
    deleteContact(id) {
      return get().apply([{ op: 'deleteContact', id }]);
    },
    addAction(action) {
      const accountId = get().accountId;
      if (accountId === null) return Promise.resolve(false);
      return get().apply([{ op: 'addAction', value: { ...action, id: newId(), accountId, status: 'open', doneOn: null } }]);
    },
    setActionStatus(id, status, today) {
      return get().apply([{ op: 'updateAction', id, patch: { status, doneOn: status === 'open' ? null : today } }]);
    },
    async undoLast() {
      const undo = get().lastUndo;
      if (undo === null || undo.length === 0) return false;
      set({ lastUndo: null });
      if (editor) {
        // Only while that edit is still the last one done: otherwise Undo would take back another.
        const state = editor.getState();
        return lastStep !== null && state.undoStack.at(-1) === lastStep ? state.undo() : false;
      }
      return get().apply(undo).finally(() => set({ lastUndo: null }));
    },
  }));
  // The plan is the editor's: the account open there, with its pending edits.
  editor?.subscribe((state, previous) => {
    if (state.accountId !== previous.accountId) {
      lastStep = null;
      store.setState({ accountId: state.accountId, plan: state.plan, lastUndo: null });
    } else if (state.plan !== previous.plan) store.setState({ plan: state.plan });
  });
  return store;
}

export type PlanStore = ReturnType<typeof createPlanStore>;

/** An action from a finding's advice: its words, the people it concerns, the usual owner, due in a week. */
export function actionFromFinding(
  finding: Finding,
  advice: string,
  data: Parameters<typeof usualMember>[0],
  contacts: readonly LoggedContact[],
  today: IsoDate,
): Omit<PlanAction, 'id' | 'accountId' | 'status' | 'doneOn'> | null {
  const ownerId = usualMember(data, contacts);
  if (ownerId === null) return null;
  const people = new Set(data.people.map((p) => p.id));
  const personIds = finding.personIds.filter((id) => people.has(id));
  return {
    text: advice.slice(0, 500),
    ownerId,
    due: addDays(today, 7),
    personIds,
    origin: { kind: 'finding', code: finding.code, personIds },
    createdOn: today,
  };
}
