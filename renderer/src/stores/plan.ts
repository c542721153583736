import { createStore } from 'zustand/vanilla';
import type { AppError, IsoDate } from '../../../shared/model';
import { addDays, applyPlanOps, invertPlanOps, usualMember, type AccountPlan, type Channel, type LoggedContact, type PlanAction, type PlanOp } from '../../../shared/plan';
import type { Finding } from '../../../shared/analysis';
import type { IpcClient } from './client';
import type { EditorStore } from './editor';

/**
 * The open account's contact log and actions. Edits show at once and go to the main process as plan ops
 * (one transaction each, recorded in the history); a refusal puts the plan back and is reported. The
 * last edit can be undone (its inverse, applied the same way).
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
  const store = createStore<PlanState>()((set, get) => ({
    accountId: null,
    plan: EMPTY,
    lastUndo: null,
    async load(accountId) {
      set({ accountId, plan: EMPTY, lastUndo: null });
      if (accountId === null) return;
      const result = await client.call('plan.get', { accountId });
      if (get().accountId !== accountId) return;
      if (result.ok) set({ plan: result.value });
      else reportError(result.error);
    },
    async apply(ops) {
      const before = get().plan;
      set({ plan: applyPlanOps(before, ops), lastUndo: invertPlanOps(before, ops) });
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
      const done = await get().apply(undo);
      set({ lastUndo: null });
      return done;
    },
  }));
  // The plan follows the account open in the editor.
  editor?.subscribe((state, previous) => {
    if (state.accountId !== previous.accountId) void store.getState().load(state.accountId);
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
