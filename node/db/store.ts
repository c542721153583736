import type { AccountData, AccountSummary, IsoDate, Op } from '../../shared/model';
import type { ImportOutcome, SearchHit, Settings } from '../../shared/ipc';
import type { ChangeRecord } from '../../shared/history/changes';
import type { SnapshotKind, SnapshotSummary, TrendRow, UndoStacks } from '../../shared/history/views';
import type { AccountOnDay, CompactionResult } from './history-store';
import type { PlanOp } from '../../shared/plan/ops';
import type { AccountPlan } from '../../shared/plan/types';
import type { PlanDigest } from '../../shared/plan/digest';
import type { PlanReminderSettings } from '../../shared/ipc/plan-contract';

/**
 * What the main process may ask of the database. Every method that writes runs in one transaction:
 * all of it lands or none of it. Arguments are already validated by the IPC layer, but the store
 * still refuses what would corrupt it (unknown ids, links to people of another account) by throwing
 * a StoreError with a code.
 */
export interface Store {
  readonly path: string;
  /** Schema version after migration. */
  readonly schemaVersion: number;
  listAccounts(): AccountSummary[];
  /** null when no account has that id */
  openAccount(accountId: string): AccountData | null;
  /** Every account with all its records, read in one transaction (the portfolio). */
  allAccounts(): AccountData[];
  /** Applies one user edit. Returns the new updatedAt of the account(s) touched. */
  applyOps(ops: readonly Op[]): { updatedAt: string };
  /**
   * Applies an edit too large to hold the main process up for (a contact import of thousands of
   * people): the same one transaction and history records as applyOps, written on a worker thread
   * (see writer.ts) while the event loop keeps turning. Resolves once committed, when reads here see it.
   */
  applyLargeEdit(ops: readonly Op[]): Promise<{ updatedAt: string }>;
  /**
   * A large edit is likely soon (the user is looking at an import's preview): the writer thread is
   * started and its connection opened now, so the commit does not wait for them. Nothing is written;
   * resolves once it is ready (or could not be: the edit then says why), never rejects.
   */
  prepareLargeEdit(): Promise<void>;
  /**
   * Applies one user edit: the account's records and its contact log and actions (plan ops) alike, each
   * recorded in the change log. Returns the new updatedAt of the account(s) touched.
   */
  applyOps(ops: readonly (Op | PlanOp)[]): { updatedAt: string };
  /** One account's contact log and actions (empty when the account has none, or is not there). */
  planOf(accountId: string): AccountPlan;
  /** Every account with its records and its plan, read in one transaction (the agenda). */
  allAccountsWithPlans(): { data: AccountData; plan: AccountPlan }[];
  /**
   * Every account with what the agenda of `today` to `until` reads of its plan (shared/plan/digest.ts),
   * computed by a few indexed queries over the whole database, in one transaction: the agenda and the
   * portfolio without reading the whole contact log. The accounts are read once until the database
   * changes (node/db/accounts-snapshot.ts) and are shared: frozen, never to be edited.
   */
  agendaAccounts(today: IsoDate, until: IsoDate): { data: AccountData; digest: PlanDigest }[];
  /** Deletes the account and all it holds; returns what was deleted (for undo). null if not found. */
  deleteAccount(accountId: string): AccountData | null;
  /** Puts back exactly what deleteAccount returned, same ids. Throws 'conflict' if an id exists. */
  restoreAccount(data: AccountData): AccountSummary;
  /**
   * Imports a checked exchange file's data; if any id already exists, imports a copy with new ids.
   * `history` (the file's, already checked against its data) is kept with an import of the file's own
   * ids, and left out of a copy.
   */
  importAccount(data: AccountData, history?: readonly ChangeRecord[], plan?: AccountPlan): ImportOutcome;
  /** Case-insensitive search of account and person names (any script); accounts first, then people. */
  search(text: string, limit: number): SearchHit[];
  getSettings(): Settings;
  setSettings(patch: Partial<Settings>): Settings;
  /** The contact-import column mapping remembered for a header signature, or null. */
  importMapping(signature: string): string[] | null;
  rememberImportMapping(signature: string, mapping: readonly string[]): void;
  /** Every change record of the account (issue 12), deleted or not, in clock order. */
  history(accountId: string): ChangeRecord[];
  /** The name the history records changes under: the one set in the app, else the operating-system user. */
  userName(): string;
  /** Sets that name once for this database; empty goes back to the operating-system user. Returns the name now used. */
  setUserName(name: string | null): string;
  /**
   * The account as it stood at the end of `day` (the user's day), from its nearest checkpoint and the
   * records after it; or why there is no map. null when the database knows nothing of the account.
   */
  accountOnDay(accountId: string, day: string): AccountOnDay | null;
  /** Takes a snapshot of the account as it is now. Throws 'not-found' for an unknown account. */
  takeSnapshot(accountId: string, name: string, kind: SnapshotKind): SnapshotSummary;
  /** The account's snapshots, newest first. */
  snapshots(accountId: string): SnapshotSummary[];
  snapshot(snapshotId: string): { summary: SnapshotSummary; data: AccountData } | null;
  deleteSnapshot(snapshotId: string): boolean;
  /**
   * Weighted coverage and red flags at the end of each of the last `months` months, the last one as of
   * `today`, for one account or every account (the portfolio's trend lines). Closed months are cached.
   */
  trend(accountId: string | undefined, months: number, today: string): TrendRow[];
  /**
   * Folds the history older than `beforeDay` into baseline records and a snapshot, for one account or
   * every account; all or nothing. Refused ('conflict', key history.contradicts) when an account's
   * history does not replay to the account as stored.
   */
  compactHistory(beforeDay: string, accountId?: string): CompactionResult[];
  /** The account's undo and redo stacks as last saved; empty when none, or when the account changed since by another way. */
  undoStacks(accountId: string): UndoStacks;
  /** Keeps them with the history (call once the edit, undo or redo they follow has been written). */
  saveUndoStacks(accountId: string, stacks: UndoStacks): void;
  /** Where the account's history, replayed, disagrees with the account as stored; empty when it agrees. */
  historyContradictions(accountId: string): string[];
  /** The daily reminder's switch and the day it last showed. */
  reminders(): PlanReminderSettings;
  setReminders(patch: Partial<PlanReminderSettings>): PlanReminderSettings;
  /** True when the database holds no account at all (first start: seed the demo). */
  isEmpty(): boolean;
  close(): void;
}

export type StoreErrorCode =
  | 'not-found'
  | 'conflict'
  | 'newer-database'
  | 'invalid-payload'
  /** another program holds the database's lock (the message names it when the system lets us see) */
  | 'locked'
  /** the database is open read-only: this user may not write the file */
  | 'read-only'
  /** SQLite found the file damaged while working */
  | 'damaged'
  /** the database is encrypted and not open: the key kept on this computer does not open it */
  | 'needs-key'
  /** a backup chosen for restore is not a healthy Power Map database */
  | 'backup-unusable';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** A message key the page shows in the app's language instead of `message` (e.g. `history.contradicts`). */
    readonly key?: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
