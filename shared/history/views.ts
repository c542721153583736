import type { AnalysisOptionsInput } from '../analysis';
import type { Edit, EditOp } from '../edit/edit';
import type { AccountData, IsoDate } from '../model';
import type { AccountDiff } from './compare';

/**
 * What the history's IPC hands the page (issue 12): the map as of a day, two versions compared, the
 * named snapshots and the portfolio's trend lines. Pure types, shared by the main process and the page.
 */

/** Who took a snapshot: the user ("Q3 review"), a deck export, the end of a workshop, or a compaction of old history. */
export const SNAPSHOT_KINDS = ['user', 'deck-export', 'workshop-end', 'compaction'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

export interface SnapshotSummary {
  id: string;
  accountId: string;
  name: string;
  kind: SnapshotKind;
  /** When it was taken (ISO time). */
  takenAt: string;
  /** The user's day it was taken on. */
  day: IsoDate;
}

/**
 * Why there is no map as of a day: the account did not exist yet; it had been deleted; its history
 * before that day was compacted into a snapshot (`compactedBefore` names the first day still kept).
 */
export type NoMapReason = 'before-account' | 'deleted' | 'compacted';

export type AsOfView =
  | {
      found: true;
      day: IsoDate;
      data: AccountData;
      /** What to analyse the map with: the day contact ages count to (the as-of day) and the settings' thresholds. */
      analysis: AnalysisOptionsInput;
    }
  | {
      found: false;
      day: IsoDate;
      reason: NoMapReason;
      /** The first day with a map, when there is one (the day the history begins, or the first day kept after a compaction). */
      firstDay: IsoDate | null;
    };

/** One side of a comparison: a day, a snapshot, or the account now. */
export type CompareEnd = { day: IsoDate } | { snapshotId: string } | 'now';

export interface CompareSide {
  /** The day the side stands for (a snapshot's day, today for 'now'); analysed as of that day. */
  day: IsoDate;
  /** The snapshot's name, when the side is a snapshot. */
  snapshotName: string | null;
  data: AccountData;
  analysis: AnalysisOptionsInput;
}

export type CompareView =
  | { found: true; from: CompareSide; to: CompareSide; diff: AccountDiff }
  | { found: false; side: 'from' | 'to'; day: IsoDate; reason: NoMapReason; firstDay: IsoDate | null };

/** The account's state at the end of one month: null values where it had no map (not yet created, deleted). */
export interface TrendPoint {
  /** YYYY-MM */
  month: string;
  /** The day the point is analysed as of: the month's last day, today for the current month. */
  day: IsoDate;
  weightedCoverage: number | null;
  redFlags: number | null;
}

export interface TrendRow {
  accountId: string;
  /** Oldest first; the last is the current month, as of today. */
  points: TrendPoint[];
}

/** An account's undo and redo stacks, oldest first (the last is the next undo, or redo). */
export interface UndoStacks {
  undo: Edit<EditOp>[];
  redo: Edit<EditOp>[];
}

/** What compacting an account's history older than a day did. */
export interface CompactionResult {
  accountId: string;
  /** Records removed. */
  removed: number;
  /** Baseline records that stand for them (the account as it was at the last removed record). */
  baseline: number;
  /** The first day whose map is still exact. */
  firstDay: IsoDate;
  snapshotId: string | null;
}
