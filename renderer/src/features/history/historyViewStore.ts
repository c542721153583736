import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { analyze, type Analysis } from '../../../../shared/analysis';
import { accountAsOf } from '../../../../shared/history/asOf';
import type { ChangeRecord } from '../../../../shared/history/changes';
import { compareAccounts, type AccountDiff } from '../../../../shared/history/compare';
import { compareMap, type CompareMap } from '../../../../shared/history/compareMap';
import { localToday } from '../../../../shared/edit';
import type { AccountData, IsoDate } from '../../../../shared/model';
import { clockStore, editorStore, reportError, settingsStore } from '../../app/services';
import { call } from '../../ipc/client';

/** The user's own day for a recorded time (a KAM's Tuesday evening is not UTC's Wednesday). */
export const localDayOf = (at: string): IsoDate => localToday(new Date(at));

/** One side of a compare: today's map, the map at the end of a day, or a named snapshot. */
export type HistoryPoint = { kind: 'today' } | { kind: 'day'; day: IsoDate } | { kind: 'snapshot'; id: string; name: string; day: IsoDate };

export type HistoryView = { kind: 'asOf'; day: IsoDate } | { kind: 'compare'; from: HistoryPoint; to: HistoryPoint };

/** Why a view has no map: the account did not exist yet, or had been deleted, on that day. */
export type HistoryViewProblem = 'before-account' | 'deleted' | 'unavailable';

export type HistoryViewResult =
  | { status: 'loading' }
  | { status: 'problem'; problem: HistoryViewProblem; day: IsoDate | null }
  | { status: 'asOf'; data: AccountData; analysis: Analysis }
  | { status: 'compare'; before: AccountData; after: AccountData; diff: AccountDiff; map: CompareMap };

export interface HistoryViewState {
  /** Null: the account as it is today, editable. Otherwise a read-only view of the past. */
  view: HistoryView | null;
  result: HistoryViewResult;
  /** The account's change records, as last read (the days the slider and the pickers offer). */
  records: ChangeRecord[];
  recordsOf: string | null;
  loadRecords(accountId: string): Promise<ChangeRecord[]>;
  showAsOf(day: IsoDate): Promise<void>;
  compare(from: HistoryPoint, to: HistoryPoint): Promise<void>;
  /** Back to today (and to editing). */
  leave(): void;
}

const options = (day: IsoDate) => ({ today: day, ...settingsStore.getState().analysis });
const todayOf = (): IsoDate => clockStore.getState().today ?? localToday();

/** The day a point stands for (today: the clock's day). */
export function pointDay(point: HistoryPoint): IsoDate {
  return point.kind === 'today' ? todayOf() : point.day;
}

type Side = { ok: true; data: AccountData } | { ok: false; problem: HistoryViewProblem; day: IsoDate | null };

export const historyViewStore = createStore<HistoryViewState>()((set, get) => {
  /** Each view asks again; an answer for a view the user already left is dropped. */
  let token = 0;

  async function side(accountId: string, point: HistoryPoint): Promise<Side> {
    const today = editorStore.getState().data;
    if (point.kind === 'today') return today ? { ok: true, data: today } : { ok: false, problem: 'unavailable', day: null };
    const records = await get().loadRecords(accountId);
    const asOf = accountAsOf(records, accountId, point.day, localDayOf);
    return asOf.ok ? { ok: true, data: asOf.data } : { ok: false, problem: asOf.reason, day: point.day };
  }

  return {
    view: null,
    result: { status: 'loading' },
    records: [],
    recordsOf: null,

    async loadRecords(accountId) {
      const result = await call('history.list', { accountId });
      if (!result.ok) {
        reportError(result.error);
        return get().recordsOf === accountId ? get().records : [];
      }
      set({ records: result.value, recordsOf: accountId });
      return result.value;
    },

    async showAsOf(day) {
      const accountId = editorStore.getState().accountId;
      if (!accountId) return;
      const mine = ++token;
      set({ view: { kind: 'asOf', day }, result: { status: 'loading' } });
      const found = await side(accountId, { kind: 'day', day });
      if (mine !== token) return;
      set({ result: found.ok ? { status: 'asOf', data: found.data, analysis: analyze(found.data, options(day)) } : { status: 'problem', problem: found.problem, day: found.day } });
    },

    async compare(from, to) {
      const accountId = editorStore.getState().accountId;
      if (!accountId) return;
      const mine = ++token;
      set({ view: { kind: 'compare', from, to }, result: { status: 'loading' } });
      const [before, after] = await Promise.all([side(accountId, from), side(accountId, to)]);
      if (mine !== token) return;
      if (!before.ok) return set({ result: { status: 'problem', problem: before.problem, day: before.day } });
      if (!after.ok) return set({ result: { status: 'problem', problem: after.problem, day: after.day } });
      // Both analysed on the later day, so a finding that differs is a change on the map, not the calendar.
      const diff = compareAccounts(before.data, after.data, options(pointDay(to)));
      set({ result: { status: 'compare', before: before.data, after: after.data, diff, map: compareMap(before.data, after.data, diff) } });
    },

    leave() {
      token++;
      set({ view: null, result: { status: 'loading' } });
    },
  };
});

// Another account (or none) is always seen as it is today.
editorStore.subscribe((state, previous) => {
  if (state.accountId !== previous.accountId) {
    historyViewStore.getState().leave();
    historyViewStore.setState({ records: [], recordsOf: null });
  }
});

export const useHistoryView = <T>(select: (state: HistoryViewState) => T) => useStore(historyViewStore, select);

export const historyViewActive = (): boolean => historyViewStore.getState().view !== null;
