import { z } from 'zod';
import type { ChangeRecord } from '../history/changes';
import type { AsOfView, CompactionResult, CompareView, SnapshotSummary, TrendRow } from '../history/views';
import { isCalendarDate } from '../model';
import { editOpSchema } from './plan-contract';
import type { UndoStacks } from '../history/views';
import type { MergePlan } from '../history/merge';
import type { Edit } from '../edit/edit';
import { SNAPSHOT_KINDS } from '../history/views';

const id = z.string().min(1).max(64);
const day = z.string().refine(isCalendarDate, 'expected a date as YYYY-MM-DD that exists in the calendar');
/** The most undo (and redo) steps kept per account. */
export const UNDO_LIMIT = 200;
// An undo step may hold plan ops (a contact logged, an action completed) as well as the records' own.
const ops = z.array(editOpSchema).max(250_000);
const editSchema = z.strictObject({ forward: ops, inverse: ops });
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
  /**
   * Folds the account's records older than `before` into a snapshot, so years of history stay small;
   * the map as of a day before it is no longer shown. Null when there was nothing older to fold.
   * Refused (key history.contradicts) when the history does not give the account as stored.
   */
  'history.compact': z.strictObject({ accountId: id, before: day }),
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
  /**
   * The account's undo and redo stacks as last saved (oldest first), so they survive a restart; empty when
   * none were saved or the account changed since by another way (an import, the command line).
   */
  'undo.load': z.strictObject({ accountId: id }),
  /** Saves them; call after each edit, undo or redo has been written (edit.apply answered). */
  'undo.save': z.strictObject({ accountId: id, undo: z.array(editSchema).max(UNDO_LIMIT), redo: z.array(editSchema).max(UNDO_LIMIT) }),
  /**
   * Reads a colleague's `.powermap` of an account that is here (same ids: the dialog, or a path the
   * system handed the app) and lists the differences record by record, with a default choice each.
   * With `pendingId`, the file exchange.import kept when it found the account here. Refused (key
   * merge.differentAccount) for a file of another account. Nothing is written.
   */
  'merge.preview': z.strictObject({ accountId: id, path: z.string().min(1).max(4_096).optional(), pendingId: id.optional() }),
  /**
   * Applies a preview with the user's choices (item key -> mine | theirs; unlisted items take their
   * default) as one edit, in one transaction. Returns the edit for the page's undo stack (adoptApplied).
   * Refused (key merge.choicesDoNotFit) when the choices leave a record pointing at one taken away.
   */
  'merge.apply': z.strictObject({
    previewId: id,
    choices: z.record(z.string().max(200), z.enum(['mine', 'theirs'])).default({}),
  }),
} as const;

export interface HistoryResultTypes {
  'history.list': ChangeRecord[];
  'history.userName': { name: string };
  'history.setUserName': { name: string };
  'history.asOf': AsOfView;
  'history.compare': CompareView;
  'history.trend': TrendRow[];
  'history.compact': CompactionResult | null;
  'snapshots.list': SnapshotSummary[];
  'snapshots.take': SnapshotSummary;
  'snapshots.delete': { deleted: boolean };
  'undo.load': UndoStacks;
  'undo.save': { saved: true };
  'merge.preview': { previewId: string; fileName: string; plan: MergePlan };
  'merge.apply': { edit: Edit; updatedAt: string | null };
}
