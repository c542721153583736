import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { analyze, type Analysis } from '../../../../shared/analysis';
import type { ChangeRecord } from '../../../../shared/history/changes';
import type { AccountDiff } from '../../../../shared/history/compare';
import { compareMap, type CompareMap } from '../../../../shared/history/compareMap';
import type { CompareEnd, NoMapReason, SnapshotSummary } from '../../../../shared/history/views';
import { localToday } from '../../../../shared/edit';
import type { AccountData, IsoDate } from '../../../../shared/model';
import { clockStore, editorStore, reportError, settingsStore } from '../../app/services';
import { automaticSnapshotName } from '../../../../shared/history/snapshot-names';
import { call } from '../../ipc/client';

/** The user's own day for a recorded time (a KAM's Tuesday evening is not UTC's Wednesday). */
export const localDayOf = (at: string): IsoDate => localToday(new Date(at));

/** One side of a compare: today's map, the map at the end of a day, or a named snapshot. */
export type HistoryPoint = { kind: 'today' } | { kind: 'day'; day: IsoDate } | { kind: 'snapshot'; id: string; name: string; day: IsoDate };

export type HistoryView = { kind: 'asOf'; day: IsoDate } | { kind: 'compare'; from: HistoryPoint; to: HistoryPoint };

/** Why a view has no map: the account did not exist yet, had been deleted, or that part of its history was compacted. */
export type HistoryViewProblem = NoMapReason;

export type HistoryViewResult =
  | { status: 'loading' }
  | { status: 'problem'; problem: HistoryViewProblem; day: IsoDate | null; firstDay: IsoDate | null }
  | { status: 'asOf'; data: AccountData; analysis: Analysis }
  | { status: 'compare'; before: AccountData; after: AccountData; diff: AccountDiff; map: CompareMap };

export interface HistoryViewState {
  /** Null: the account as it is today, editable. Otherwise a read-only view of the past. */
  view: HistoryView | null;
  result: HistoryViewResult;
  /** The account's change records, as last read (the days the slider and the pickers offer). */
  records: ChangeRecord[];
  recordsOf: string | null;
  /** The account's snapshots, newest first. */
  snapshots: SnapshotSummary[];
  loadRecords(accountId: string): Promise<ChangeRecord[]>;
  loadSnapshots(accountId: string): Promise<void>;
  /** Takes a snapshot of the open account as it is now; resolves to it, or null when refused. */
  takeSnapshot(name: string): Promise<SnapshotSummary | null>;
  deleteSnapshot(snapshotId: string): Promise<void>;
  showAsOf(day: IsoDate): Promise<void>;
  compare(from: HistoryPoint, to: HistoryPoint): Promise<void>;
  /** Back to today (and to editing). */
  leave(): void;
}

const todayOf = (): IsoDate => clockStore.getState().today ?? localToday();

/** The day a point stands for (today: the clock's day). */
export function pointDay(point: HistoryPoint): IsoDate {
  return point.kind === 'today' ? todayOf() : point.day;
}

function endOf(point: HistoryPoint): CompareEnd {
  return point.kind === 'today' ? 'now' : point.kind === 'day' ? { day: point.day } : { snapshotId: point.id };
}

export const historyViewStore = createStore<HistoryViewState>()((set, get) => {
  /** Each view asks again; an answer for a view the user already left is dropped. */
  let token = 0;

  /** Today's side is what the database holds: edits still on their way are written first. */
  async function openAccount(): Promise<string | null> {
    const editor = editorStore.getState();
    if (!editor.accountId) return null;
    await editor.flush();
    return editor.accountId;
  }

  return {
    view: null,
    result: { status: 'loading' },
    records: [],
    recordsOf: null,
    snapshots: [],

    async loadRecords(accountId) {
      const result = await call('history.list', { accountId });
      if (!result.ok) {
        reportError(result.error);
        return get().recordsOf === accountId ? get().records : [];
      }
      set({ records: result.value, recordsOf: accountId });
      return result.value;
    },

    async loadSnapshots(accountId) {
      const result = await call('snapshots.list', { accountId });
      if (!result.ok) return reportError(result.error);
      if (editorStore.getState().accountId === accountId) set({ snapshots: result.value });
    },

    async takeSnapshot(name) {
      const accountId = await openAccount();
      if (!accountId) return null;
      const result = await call('snapshots.take', { accountId, name, kind: 'user' });
      if (!result.ok) {
        reportError(result.error);
        return null;
      }
      await get().loadSnapshots(accountId);
      return result.value;
    },

    async deleteSnapshot(snapshotId) {
      const accountId = editorStore.getState().accountId;
      const result = await call('snapshots.delete', { snapshotId });
      if (!result.ok) reportError(result.error);
      if (accountId) await get().loadSnapshots(accountId);
    },

    async showAsOf(day) {
      const mine = ++token;
      set({ view: { kind: 'asOf', day }, result: { status: 'loading' } });
      const accountId = await openAccount();
      if (!accountId) return;
      const result = await call('history.asOf', { accountId, day });
      if (mine !== token) return;
      if (!result.ok) {
        reportError(result.error);
        return set({ result: { status: 'problem', problem: 'before-account', day, firstDay: null } });
      }
      const view = result.value;
      set({
        result: view.found
          ? { status: 'asOf', data: view.data, analysis: analyze(view.data, view.analysis) }
          : { status: 'problem', problem: view.reason, day: view.day, firstDay: view.firstDay },
      });
    },

    async compare(from, to) {
      const mine = ++token;
      set({ view: { kind: 'compare', from, to }, result: { status: 'loading' } });
      const accountId = await openAccount();
      if (!accountId) return;
      const result = await call('history.compare', { accountId, from: endOf(from), to: endOf(to) });
      if (mine !== token) return;
      if (!result.ok) {
        reportError(result.error);
        return set({ result: { status: 'problem', problem: 'before-account', day: null, firstDay: null } });
      }
      const view = result.value;
      if (!view.found) return set({ result: { status: 'problem', problem: view.reason, day: view.day, firstDay: view.firstDay } });
      const { data: before } = view.from;
      const { data: after } = view.to;
      set({ result: { status: 'compare', before, after, diff: view.diff, map: compareMap(before, after, view.diff) } });
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
    historyViewStore.setState({ records: [], recordsOf: null, snapshots: [] });
  }
});

export const useHistoryView = <T>(select: (state: HistoryViewState) => T) => useStore(historyViewStore, select);

export const historyViewActive = (): boolean => historyViewStore.getState().view !== null;

/**
 * A workshop that ends is a moment worth comparing with later (issue 12): the account gets a
 * 'workshop-end' snapshot, named in the app's language, once the edits made in the room are written.
 */
export async function snapshotWorkshopEnd(): Promise<void> {
  const editor = editorStore.getState();
  const accountId = editor.accountId;
  if (!accountId) return;
  await editor.flush();
  const day = todayOf();
  const locale = settingsStore.getState().locale === 'zh-CN' ? 'zh-CN' : 'en';
  const result = await call('snapshots.take', { accountId, name: automaticSnapshotName('workshop-end', day, locale), kind: 'workshop-end' });
  if (!result.ok) return reportError(result.error);
  if (editorStore.getState().accountId === accountId) await historyViewStore.getState().loadSnapshots(accountId);
}
