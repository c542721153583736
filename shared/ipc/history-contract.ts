import { z } from 'zod';
import type { ChangeRecord } from '../history/changes';
import type { AsOfView, CompareView, SnapshotSummary, TrendRow } from '../history/views';
import { isCalendarDate } from '../model';
import { SNAPSHOT_KINDS } from '../history/views';

const id = z.string().min(1).max(64);
const day = z.string().refine(isCalendarDate, 'expected a date as YYYY-MM-DD that exists in the calendar');
const compareEnd = z.union([z.strictObject({ day }), z.strictObject({ snapshotId: id }), z.literal('now')]);

/** The history section of the IPC contract (issue 12): an account's change records, and who the user is. */
export const historyArgSchemas = {
  /** Every change record of the account, in clock order; the renderer puts them in words. */
  'history.list': z.strictObject({ accountId: id }),
  /** The name changes are recorded under. */
  'history.userName': z.strictObject({}),
  /** Sets it (once, for this database); empty goes back to the operating-system user. */
  'history.setUserName': z.strictObject({ name: z.string().max(100).nullable() }),
  /** The account as it stood at the end of `day` (the user's day), with what to analyse it with; or why there is no map. */
  'history.asOf': z.strictObject({ accountId: id, day }),
  /** Two versions of the account (a day, a named snapshot, or now) and what changed between them, findings included. */
  'history.compare': z.strictObject({ accountId: id, from: compareEnd, to: compareEnd }),
  /**
   * Weighted coverage and red flags at the end of each of the last `months` months (the current one as of
   * today), for one account or, without accountId, for every account (the portfolio's trend lines).
   */
  'history.trend': z.strictObject({ accountId: id.optional(), months: z.number().int().min(1).max(36).default(12) }),
  /** The account's snapshots, newest first. */
  'snapshots.list': z.strictObject({ accountId: id }),
  /**
   * Takes a snapshot of the account as it is now. `kind` defaults to 'user'; the page passes
   * 'workshop-end' when a workshop ends (a deck export takes its own in the main process).
   */
  'snapshots.take': z.strictObject({
    accountId: id,
    name: z.string().trim().min(1).max(100),
    kind: z.enum(SNAPSHOT_KINDS).exclude(['compaction']).default('user'),
  }),
  'snapshots.delete': z.strictObject({ snapshotId: id }),
} as const;

export interface HistoryResultTypes {
  'history.list': ChangeRecord[];
  'history.userName': { name: string };
  'history.setUserName': { name: string };
  'history.asOf': AsOfView;
  'history.compare': CompareView;
  'history.trend': TrendRow[];
  'snapshots.list': SnapshotSummary[];
  'snapshots.take': SnapshotSummary;
  'snapshots.delete': { deleted: boolean };
}
