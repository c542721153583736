import type { AnalysisOptionsInput } from '../../../shared/analysis';
import { localToday } from '../../../shared/edit/defaults';
import { compareAccounts } from '../../../shared/history/compare';
import type { CompareEnd, CompareSide, CompareView } from '../../../shared/history/views';
import { fail, ok, type Result } from '../../../shared/model';
import type { Store } from '../../../node/db/store';
import { accountNotFound } from './errors';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';

type Side = { found: true; side: CompareSide } | { found: false; day: string; reason: 'before-account' | 'deleted' | 'compacted'; firstDay: string | null };

/** One end of a comparison: a day (the account as of it), a snapshot, or the account now. */
function resolveEnd(store: Store, accountId: string, end: CompareEnd, today: string, analysis: Omit<AnalysisOptionsInput, 'today'>): Result<Side> {
  if (end === 'now') {
    const data = store.openAccount(accountId);
    if (data === null) return accountNotFound(accountId);
    return ok({ found: true, side: { day: today, snapshotName: null, data, analysis: { ...analysis, today } } });
  }
  if ('snapshotId' in end) {
    const snapshot = store.snapshot(end.snapshotId);
    if (snapshot === null || snapshot.summary.accountId !== accountId) return fail('not-found', `No snapshot with id "${end.snapshotId}" of this account.`);
    const { day, name } = snapshot.summary;
    return ok({ found: true, side: { day, snapshotName: name, data: snapshot.data, analysis: { ...analysis, today: day } } });
  }
  const past = store.accountOnDay(accountId, end.day);
  if (past === null) return accountNotFound(accountId);
  if (!past.found) return ok({ found: false, day: end.day, reason: past.reason, firstDay: past.firstDay });
  return ok({ found: true, side: { day: end.day, snapshotName: null, data: past.data, analysis: { ...analysis, today: end.day } } });
}

export function historyHandlers(store: Store, ports?: Pick<DesktopPorts, 'today'>): SectionHandlers<'history' | 'snapshots' | 'undo'> {
  const today = () => ports?.today?.() ?? localToday();
  return {
    'history.list': async ({ accountId }) => ok(store.history(accountId)),
    'history.userName': async () => ok({ name: store.userName() }),
    'history.setUserName': async ({ name }) => ok({ name: store.setUserName(name) }),
    'history.asOf': async ({ accountId, day }) => {
      const past = store.accountOnDay(accountId, day);
      if (past === null) return accountNotFound(accountId);
      if (!past.found) return ok({ found: false, day, reason: past.reason, firstDay: past.firstDay });
      return ok({ found: true, day, data: past.data, analysis: { ...store.getSettings().analysis, today: day } });
    },
    'history.compare': async ({ accountId, from, to }) => {
      const analysis = store.getSettings().analysis;
      const now = today();
      const sides: Side[] = [];
      for (const end of [from, to] as CompareEnd[]) {
        const side = resolveEnd(store, accountId, end, now, analysis);
        if (!side.ok) return side;
        sides.push(side.value);
      }
      const [before, after] = sides as [Side, Side];
      if (!before.found) return ok<CompareView>({ found: false, side: 'from', day: before.day, reason: before.reason, firstDay: before.firstDay });
      if (!after.found) return ok<CompareView>({ found: false, side: 'to', day: after.day, reason: after.reason, firstDay: after.firstDay });
      const diff = compareAccounts(before.side.data, after.side.data, before.side.analysis, after.side.analysis);
      return ok<CompareView>({ found: true, from: before.side, to: after.side, diff });
    },
    'history.trend': async ({ accountId, months }) => ok(store.trend(accountId, months ?? 12, today())),
    'history.compact': async ({ accountId, before }) => {
      if (before > today()) return { ok: false, error: { code: 'invalid-payload', message: `${before} is after today: only the past can be compacted.`, key: 'historyCompact.future' } };
      return ok(store.compactHistory(before, accountId)[0] ?? null);
    },
    'snapshots.list': async ({ accountId }) => ok(store.snapshots(accountId)),
    'snapshots.take': async ({ accountId, name, kind }) => ok(store.takeSnapshot(accountId, name, kind ?? 'user')),
    'snapshots.delete': async ({ snapshotId }) => ok({ deleted: store.deleteSnapshot(snapshotId) }),
    'undo.load': async ({ accountId }) => ok(store.undoStacks(accountId)),
    'undo.save': async ({ accountId, undo, redo }) => {
      store.saveUndoStacks(accountId, { undo, redo });
      return ok({ saved: true as const });
    },
  };
}
