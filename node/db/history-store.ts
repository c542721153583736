import { randomUUID } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { buildGraph, redFlags, weightedCoverage, type AnalysisOptionsInput } from '../../shared/analysis';
import { localToday } from '../../shared/edit/defaults';
import { startReplay, type ChangeOrigin, type ChangeRecord, type Fields, type ReplayedRecord } from '../../shared/history/changes';
import { historyContradictions } from '../../shared/history/consistency';
import type { CompactionResult, NoMapReason, SnapshotKind, SnapshotSummary, TrendPoint, TrendRow, UndoStacks } from '../../shared/history/views';
import type { AccountData, EntityKind, IsoDate } from '../../shared/model';
import type { Db } from './connection';
import { StoreError } from './store';

/**
 * What the history keeps beside its change records (issue 12; tables in migration 007): named snapshots,
 * the checkpoints that make the map as of a day fast, compactions of old history, and the month-end
 * trend cache. Runs on the store's connection; the store calls the writing parts inside its transactions.
 */

/** The account as of a day, or why there is none. */
export type AccountOnDay =
  | { found: true; data: AccountData }
  | { found: false; reason: NoMapReason; firstDay: IsoDate | null };

export interface HistoryStore {
  /** The account as it stood at the end of `day` (the user's day): the nearest checkpoint, then the records after it. */
  accountOnDay(accountId: string, day: IsoDate): AccountOnDay;
  /**
   * Counts the records a writing transaction made; for an account that got enough since its last
   * checkpoint, hands the checkpoint to `checkpointElsewhere` (the writer thread, after the commit)
   * when given, or takes it here, inside the writing transaction.
   */
  afterWrite(recorded: ReadonlyMap<string, number>): void;
  /**
   * Replays the account's records after its latest checkpoint and keeps a checkpoint every
   * `checkpointEvery` of them, moved on to the last record of its moment when the next shares its time
   * (one transaction: a large import gets one checkpoint at its end).
   */
  ensureCheckpoints(accountId: string): void;
  /**
   * ensureCheckpoints for a second connection (the writer thread) while the app's keeps writing: the
   * replay and compression run in a read transaction, holding no lock a writer waits on; then a short
   * write transaction keeps the checkpoints, unless the history they came from changed meanwhile (an
   * erasure, a compaction, an adopted history): then nothing is kept, the as-of stays right without
   * them. Returns how many checkpoints were kept.
   */
  takeCheckpointsBeside(accountId: string): number;
  /** Drops what was derived from an account's history (checkpoints, trend cache): the history changed in the past. */
  dropDerived(accountId: string): void;
  /** Where the whole history, replayed, disagrees with the account as stored (empty: it agrees). */
  contradictions(accountId: string, stored: AccountData | null): string[];
  takeSnapshot(data: AccountData, name: string, kind: SnapshotKind, at: Date): SnapshotSummary;
  snapshots(accountId: string): SnapshotSummary[];
  snapshot(snapshotId: string): { summary: SnapshotSummary; data: AccountData } | null;
  deleteSnapshot(snapshotId: string): boolean;
  /** Takes an erased person (and the links that name them) out of every snapshot of the account. */
  eraseFromSnapshots(accountId: string, personIds: readonly string[]): void;
  /** Month-end weighted coverage and red flags; `current` gives the accounts as they are now (the last point). */
  trend(current: readonly AccountData[], months: number, today: IsoDate, thresholds: Omit<AnalysisOptionsInput, 'today'>): TrendRow[];
  /** Folds an account's records from before `beforeDay` into baseline records and a snapshot; see compactAccount. */
  compact(accountId: string, stored: AccountData | null, beforeDay: IsoDate, at: Date, actor: string, snapshotName: string): CompactionResult | null;
  /** The first day with an exact map after a compaction, if the account's history was compacted. */
  compactedFrom(accountId: string): IsoDate | null;
  /** The undo and redo stacks last saved, empty when none or when the account's history moved on since (they would not fit). */
  loadUndo(accountId: string): UndoStacks;
  saveUndo(accountId: string, stacks: UndoStacks, at: Date): void;
  /** Forgets an account's stacks (the account deleted, a person erased: the stacks hold their data). */
  dropUndo(accountId: string): void;
}

export type { CompactionResult } from '../../shared/history/views';

/**
 * Records between two checkpoints: the most an as-of replays after reading one (a checkpoint due amid
 * one transaction's records waits for the last of them; a day holds all of them or none).
 */
export const DEFAULT_CHECKPOINT_EVERY = 500;

/** The user's day a time falls on (the computer's time zone), as the History tab groups changes. */
export const localDayOf = (at: string): IsoDate => localToday(new Date(at));

/** The first instant after the user's `day` (local midnight of the next day), as an ISO time. */
export function endOfDay(day: IsoDate): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1).toISOString();
}

/** The first instant of the user's `day`, as an ISO time. */
export function startOfDay(day: IsoDate): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

interface ReplayRow {
  seq: number;
  hlc: string;
  origin: ChangeOrigin;
  at: string;
  entity: EntityKind;
  entityId: string;
  kind: ChangeRecord['kind'];
  after: string | null;
}

interface CheckpointRow {
  hlc: string;
  seq: number;
  max_at: string;
  data: Buffer | null;
}

interface SnapshotRow {
  id: string;
  account_id: string;
  name: string;
  kind: SnapshotKind;
  taken_at: string;
  day: string;
}

const toSummary = (row: SnapshotRow): SnapshotSummary => ({
  id: row.id,
  accountId: row.account_id,
  name: row.name,
  kind: row.kind,
  takenAt: row.taken_at,
  day: row.day,
});

const REPLAY_COLUMNS = 'seq, hlc, origin, at, entity, entity_id AS entityId, kind, after';

/** A row as the replay reads it: only the columns that change the state are decoded. */
function replayed(accountId: string, row: ReplayRow): ReplayedRecord {
  return { accountId, origin: row.origin, at: row.at, entity: row.entity, entityId: row.entityId, kind: row.kind, after: row.after === null ? null : (JSON.parse(row.after) as Fields) };
}

/** A checkpoint's state, as JSON compressed (a 300-person account: about 250 KB of JSON, a tenth of that kept). */
const encodeState = (data: AccountData | null): Buffer | null => (data === null ? null : deflateRawSync(JSON.stringify(data)));
const decodeState = (bytes: Buffer | null): AccountData | null => (bytes === null ? null : (JSON.parse(inflateRawSync(bytes).toString('utf8')) as AccountData));

/** The last day of the month `offset` months before the month of `today` (offset 0: today itself). */
function monthEnd(today: IsoDate, offset: number): { month: string; day: IsoDate } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1 - offset, 1));
  const month = first.toISOString().slice(0, 7);
  if (offset === 0) return { month, day: today };
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  return { month, day: last.toISOString().slice(0, 10) };
}

export interface HistoryStoreOptions {
  readOnly: boolean;
  checkpointEvery?: number;
  /** Takes an account's checkpoints off the writing transaction (see afterWrite); absent: taken in it. */
  checkpointElsewhere?: (accountId: string) => void;
}

/** Checkpoints replayed and compressed, not yet kept: where they start from and what they follow. */
interface PlannedCheckpoints {
  /** The latest checkpoint they continue from (null: the first). */
  after: { hlc: string; seq: number } | null;
  rows: { hlc: string; seq: number; maxAt: string; data: Buffer | null }[];
  /** Records up to the last planned one, and erasures, when planned: a change in either means the history moved under them. */
  upTo: number;
  erasures: number;
}

export function createHistoryStore(db: Db, options: HistoryStoreOptions): HistoryStore {
  const every = options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY;
  const q = {
    checkpointBefore: db.prepare<[string, string], CheckpointRow>(
      'SELECT hlc, seq, max_at, data FROM history_checkpoints WHERE account_id = ? AND max_at < ? ORDER BY hlc DESC, seq DESC LIMIT 1',
    ),
    lastCheckpoint: db.prepare<[string], CheckpointRow>('SELECT hlc, seq, max_at, data FROM history_checkpoints WHERE account_id = ? ORDER BY hlc DESC, seq DESC LIMIT 1'),
    rowsBefore: db.prepare<[string, string], ReplayRow>(`SELECT ${REPLAY_COLUMNS} FROM changes WHERE account_id = ? AND at < ? ORDER BY hlc, seq`),
    rowsAfterBefore: db.prepare<[string, string, string, number, string], ReplayRow>(
      `SELECT ${REPLAY_COLUMNS} FROM changes WHERE account_id = ? AND hlc >= ? AND (hlc > ? OR seq > ?) AND at < ? ORDER BY hlc, seq`,
    ),
    rowsAll: db.prepare<[string], ReplayRow>(`SELECT ${REPLAY_COLUMNS} FROM changes WHERE account_id = ? ORDER BY hlc, seq`),
    rowsAfter: db.prepare<[string, string, string, number], ReplayRow>(
      `SELECT ${REPLAY_COLUMNS} FROM changes WHERE account_id = ? AND hlc >= ? AND (hlc > ? OR seq > ?) ORDER BY hlc, seq`,
    ),
    firstAt: db.prepare<[string], string>('SELECT at FROM changes WHERE account_id = ? ORDER BY hlc, seq LIMIT 1').pluck(),
    putCheckpoint: db.prepare<[string, string, number, string, Buffer | null]>(
      'INSERT OR REPLACE INTO history_checkpoints (account_id, hlc, seq, max_at, data) VALUES (?, ?, ?, ?, ?)',
    ),
    dropCheckpoints: db.prepare<[string]>('DELETE FROM history_checkpoints WHERE account_id = ?'),
    countUpTo: db.prepare<[string, string, string, number], number>('SELECT count(*) FROM changes WHERE account_id = ? AND (hlc < ? OR (hlc = ? AND seq <= ?))').pluck(),
    erasures: db.prepare<[], number>('SELECT count(*) FROM erased_people').pluck(),
    dropTrend: db.prepare<[string]>('DELETE FROM history_trend WHERE account_id = ?'),
    trendRows: db.prepare<[string, string], { account_id: string; month: string; weighted_coverage: number | null; red_flags: number | null }>(
      'SELECT account_id, month, weighted_coverage, red_flags FROM history_trend WHERE options = ? AND month >= ?',
    ),
    putTrend: db.prepare<[string, string, string, number | null, number | null]>(
      'INSERT OR REPLACE INTO history_trend (account_id, month, options, weighted_coverage, red_flags) VALUES (?, ?, ?, ?, ?)',
    ),
    putSnapshot: db.prepare<[string, string, string, string, string, string, string]>(
      'INSERT INTO snapshots (id, account_id, name, kind, taken_at, day, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    snapshots: db.prepare<[string], SnapshotRow>('SELECT id, account_id, name, kind, taken_at, day FROM snapshots WHERE account_id = ? ORDER BY taken_at DESC, rowid DESC'),
    snapshot: db.prepare<[string], SnapshotRow & { data: string }>('SELECT id, account_id, name, kind, taken_at, day, data FROM snapshots WHERE id = ?'),
    snapshotData: db.prepare<[string], { id: string; data: string }>('SELECT id, data FROM snapshots WHERE account_id = ?'),
    setSnapshotData: db.prepare<[string, string]>('UPDATE snapshots SET data = ? WHERE id = ?'),
    deleteSnapshot: db.prepare<[string]>('DELETE FROM snapshots WHERE id = ?'),
    compactedFrom: db.prepare<[string], string>('SELECT first_day FROM history_compactions WHERE account_id = ?').pluck(),
    putCompaction: db.prepare<[string, string, string]>('INSERT OR REPLACE INTO history_compactions (account_id, first_day, compacted_at) VALUES (?, ?, ?)'),
    deletePrefix: db.prepare<[string, string, string, number]>('DELETE FROM changes WHERE account_id = ? AND (hlc < ? OR (hlc = ? AND seq <= ?))'),
    lastSeq: db.prepare<[string], number>('SELECT seq FROM changes WHERE account_id = ? ORDER BY hlc DESC, seq DESC LIMIT 1').pluck(),
    undo: db.prepare<[string], string>('SELECT stacks FROM undo_stacks WHERE account_id = ?').pluck(),
    putUndo: db.prepare<[string, string, string]>('INSERT OR REPLACE INTO undo_stacks (account_id, stacks, saved_at) VALUES (?, ?, ?)'),
    dropUndo: db.prepare<[string]>('DELETE FROM undo_stacks WHERE account_id = ?'),
    insertRecord: db.prepare(
      `INSERT INTO changes (id, account_id, hlc, at, actor, origin, entity, entity_id, kind, before, after)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
    ),
  };
  /** Records written per account since its last checkpoint, as far as this session knows. */
  const sinceCheckpoint = new Map<string, number>();

  function replayFrom(accountId: string, checkpoint: CheckpointRow | undefined, rows: readonly ReplayRow[]) {
    const base = checkpoint === undefined ? null : decodeState(checkpoint.data);
    const replay = startReplay(base === null ? [] : [base]);
    for (const row of rows) replay.apply(replayed(accountId, row));
    return replay;
  }

  const firstDayOf = (accountId: string): IsoDate | null => {
    const at = q.firstAt.get(accountId);
    return at === undefined ? null : localDayOf(at);
  };

  /** Replays the records after the latest checkpoint and compresses a checkpoint every `every` of them (see ensureCheckpoints); writes nothing. */
  function planCheckpoints(accountId: string): PlannedCheckpoints {
    const last = q.lastCheckpoint.get(accountId);
    const rows = last === undefined ? q.rowsAll.all(accountId) : q.rowsAfter.all(accountId, last.hlc, last.hlc, last.seq);
    sinceCheckpoint.set(accountId, rows.length % every);
    const planned: PlannedCheckpoints = { after: last === undefined ? null : { hlc: last.hlc, seq: last.seq }, rows: [], upTo: 0, erasures: 0 };
    if (rows.length < every) return planned;
    const base = last === undefined ? null : decodeState(last.data);
    const replay = startReplay(base === null ? [] : [base]);
    let maxAt = last?.max_at ?? '';
    /** Records since the last checkpoint planned here. */
    let since = 0;
    rows.forEach((row, index) => {
      replay.apply(replayed(accountId, row));
      if (row.at > maxAt) maxAt = row.at;
      since++;
      // A checkpoint between two records of one moment (one transaction: an import of thousands of
      // people) serves no day that one after the last of them does not serve too, as a day holds all
      // of that moment or none of it: it waits for the last of them. One import thus costs one replay
      // and one compressed account, not one per `every` records (quadratic in the import's size).
      if (since >= every && rows[index + 1]?.at !== row.at) {
        planned.rows.push({ hlc: row.hlc, seq: row.seq, maxAt, data: encodeState(replay.account(accountId)) });
        since = 0;
      }
    });
    sinceCheckpoint.set(accountId, since);
    return planned;
  }

  const keep = (accountId: string, planned: PlannedCheckpoints) => {
    for (const row of planned.rows) q.putCheckpoint.run(accountId, row.hlc, row.seq, row.maxAt, row.data);
  };

  /** What tells, in the write transaction, whether the history under planned checkpoints moved since they were planned. */
  const witness = (accountId: string, planned: PlannedCheckpoints) => {
    const anchor = planned.rows.at(-1)!;
    return { upTo: q.countUpTo.get(accountId, anchor.hlc, anchor.hlc, anchor.seq) ?? 0, erasures: q.erasures.get() ?? 0 };
  };

  const ensureCheckpoints = (accountId: string) => {
    if (options.readOnly) return;
    keep(accountId, planCheckpoints(accountId));
  };

  const takeCheckpointsBeside = (accountId: string): number => {
    if (options.readOnly) return 0;
    // A read transaction: one snapshot of the records, and no write lock held while replaying.
    const planned = db.transaction(() => {
      const p = planCheckpoints(accountId);
      return p.rows.length === 0 ? p : { ...p, ...witness(accountId, p) };
    })();
    if (planned.rows.length === 0) return 0;
    return db
      .transaction(() => {
        const last = q.lastCheckpoint.get(accountId);
        const same = last === undefined ? planned.after === null : planned.after !== null && last.hlc === planned.after.hlc && last.seq === planned.after.seq;
        const now = witness(accountId, planned);
        if (!same || now.upTo !== planned.upTo || now.erasures !== planned.erasures) return 0;
        keep(accountId, planned);
        return planned.rows.length;
      })
      .immediate();
  };

  const dropDerived = (accountId: string) => {
    q.dropCheckpoints.run(accountId);
    q.dropTrend.run(accountId);
    sinceCheckpoint.delete(accountId);
  };

  const compactedFrom = (accountId: string): IsoDate | null => q.compactedFrom.get(accountId) ?? null;

  function accountOnDay(accountId: string, day: IsoDate): AccountOnDay {
    const compacted = compactedFrom(accountId);
    if (compacted !== null && day < compacted) return { found: false, reason: 'compacted', firstDay: compacted };
    const end = endOfDay(day);
    const checkpoint = q.checkpointBefore.get(accountId, end);
    const rows = checkpoint === undefined ? q.rowsBefore.all(accountId, end) : q.rowsAfterBefore.all(accountId, checkpoint.hlc, checkpoint.hlc, checkpoint.seq, end);
    if (checkpoint === undefined && rows.length === 0) return { found: false, reason: 'before-account', firstDay: firstDayOf(accountId) };
    const data = replayFrom(accountId, checkpoint, rows).account(accountId);
    // A long run of records with no checkpoint (a database from before checkpoints, an adopted history): take them now, for next time.
    if (rows.length > 2 * every) ensureCheckpoints(accountId);
    return data === null ? { found: false, reason: 'deleted', firstDay: firstDayOf(accountId) } : { found: true, data };
  }

  /**
   * The account at the end of each of `days` (ascending) in one pass: the checkpoint before the first,
   * then the records up to the last, the state taken as each day ends. Exact when the records' wall times
   * grow with their clock order (they do, unless a computer's clock went back); otherwise day by day.
   */
  function monthEnds(accountId: string, days: readonly IsoDate[]): Map<IsoDate, AccountData | null> {
    const out = new Map<IsoDate, AccountData | null>();
    const compacted = compactedFrom(accountId);
    const open = days.filter((day) => {
      if (compacted !== null && day < compacted) out.set(day, null);
      return !out.has(day);
    });
    if (open.length === 0) return out;
    const ends = open.map(endOfDay);
    const checkpoint = q.checkpointBefore.get(accountId, ends[0]!);
    const last = ends.at(-1)!;
    const rows = checkpoint === undefined ? q.rowsBefore.all(accountId, last) : q.rowsAfterBefore.all(accountId, checkpoint.hlc, checkpoint.hlc, checkpoint.seq, last);
    if (rows.some((row, i) => i > 0 && row.at < rows[i - 1]!.at)) {
      for (const day of open) {
        const past = accountOnDay(accountId, day);
        out.set(day, past.found ? past.data : null);
      }
      return out;
    }
    const base = checkpoint === undefined ? null : decodeState(checkpoint.data);
    const replay = startReplay(base === null ? [] : [base]);
    let next = 0;
    for (const row of rows) {
      while (next < ends.length && row.at >= ends[next]!) out.set(open[next++]!, replay.account(accountId));
      replay.apply(replayed(accountId, row));
    }
    while (next < ends.length) out.set(open[next++]!, replay.account(accountId));
    return out;
  }

  function trend(current: readonly AccountData[], months: number, today: IsoDate, thresholds: Omit<AnalysisOptionsInput, 'today'>): TrendRow[] {
    const key = JSON.stringify({ c: thresholds.concentrationThreshold ?? null, h: thresholds.hiddenInfluenceQuantile ?? null });
    const ends = Array.from({ length: months }, (_, i) => monthEnd(today, months - 1 - i));
    const cached = new Map<string, { weighted_coverage: number | null; red_flags: number | null }>();
    for (const row of q.trendRows.all(key, ends[0]!.month)) cached.set(`${row.account_id}|${row.month}`, row);
    const fresh: [string, string, number | null, number | null][] = [];
    const point = (data: AccountData | null, month: string, day: IsoDate): TrendPoint => {
      if (data === null) return { month, day, weightedCoverage: null, redFlags: null };
      // The two figures alone, as analyze() computes them (no threshold changes them): a twelfth of a whole analysis.
      const graph = buildGraph(data, day);
      return { month, day, weightedCoverage: weightedCoverage(graph).score, redFlags: redFlags(graph).findings.length };
    };
    const rows = current.map((now) => {
      const accountId = now.account.id;
      const missing = ends.slice(0, -1).filter(({ month }) => !cached.has(`${accountId}|${month}`));
      const past = missing.length === 0 ? new Map<string, AccountData | null>() : monthEnds(accountId, missing.map((end) => end.day));
      const points = ends.map(({ month, day }, index): TrendPoint => {
        if (index === ends.length - 1) return point(now, month, day);
        const hit = cached.get(`${accountId}|${month}`);
        if (hit !== undefined) return { month, day, weightedCoverage: hit.weighted_coverage, redFlags: hit.red_flags };
        const computed = point(past.get(day) ?? null, month, day);
        fresh.push([accountId, month, computed.weightedCoverage, computed.redFlags]);
        return computed;
      });
      return { accountId, points };
    });
    if (!options.readOnly && fresh.length > 0) db.transaction(() => fresh.forEach((row) => q.putTrend.run(row[0], row[1], key, row[2], row[3])))();
    return rows;
  }

  function takeSnapshot(data: AccountData, name: string, kind: SnapshotKind, at: Date): SnapshotSummary {
    const row: SnapshotRow = { id: randomUUID(), account_id: data.account.id, name, kind, taken_at: at.toISOString(), day: localToday(at) };
    q.putSnapshot.run(row.id, row.account_id, row.name, row.kind, row.taken_at, row.day, JSON.stringify(data));
    return toSummary(row);
  }

  /**
   * Compacts one account's history older than `beforeDay`: the longest run of its first records (in clock
   * order) made before that day is replaced by baseline records of the account as it stood after them
   * (sharing the last one's clock time, so they sort where it did), and the same state is kept as a
   * 'compaction' snapshot. Refused, with nothing written, when the history replayed does not give the
   * account as stored. Null when nothing is older than the day.
   */
  function compact(accountId: string, stored: AccountData | null, beforeDay: IsoDate, at: Date, actor: string, snapshotName: string): CompactionResult | null {
    const rows = q.rowsAll.all(accountId);
    const replay = startReplay();
    for (const row of rows) replay.apply(replayed(accountId, row));
    const problems = historyContradictions(replay.account(accountId), stored);
    if (problems.length > 0) {
      throw new StoreError('conflict', `The history of account ${accountId} does not give the account as stored, so it was not compacted: ${problems.join('; ')}.`, 'history.contradicts');
    }
    const start = startOfDay(beforeDay);
    let cut = 0;
    while (cut < rows.length && rows[cut]!.at < start) cut += 1;
    if (cut === 0) return null;
    const prefix = rows.slice(0, cut);
    const last = prefix.at(-1)!;
    // Already a baseline and nothing else: compacting again changes nothing.
    if (prefix.every((row) => row.origin === 'baseline' && row.hlc === last.hlc)) return null;
    const before = startReplay();
    for (const row of prefix) before.apply(replayed(accountId, row));
    const state = before.account(accountId);
    q.deletePrefix.run(accountId, last.hlc, last.hlc, last.seq);
    const baseline: [EntityKind, { id: string }][] = state === null
      ? []
      : [
          ['account', state.account],
          ...state.competitors.map((v) => ['competitor', v] as [EntityKind, { id: string }]),
          ...state.team.map((v) => ['team', v] as [EntityKind, { id: string }]),
          ...state.people.map((v) => ['person', v] as [EntityKind, { id: string }]),
          ...state.links.map((v) => ['link', v] as [EntityKind, { id: string }]),
        ];
    for (const [entity, value] of baseline) {
      q.insertRecord.run(randomUUID(), accountId, last.hlc, last.at, actor, 'baseline', entity, value.id, 'create', JSON.stringify(value));
    }
    const firstDay = localDayOf(last.at);
    q.putCompaction.run(accountId, firstDay, at.toISOString());
    const snapshot = state === null ? null : takeSnapshot(state, snapshotName, 'compaction', at);
    dropDerived(accountId);
    return { accountId, removed: prefix.length, baseline: baseline.length, firstDay, snapshotId: snapshot?.id ?? null };
  }

  return {
    accountOnDay,
    afterWrite(recorded) {
      for (const [accountId, count] of recorded) {
        const total = (sinceCheckpoint.get(accountId) ?? 0) + count;
        sinceCheckpoint.set(accountId, total);
        if (total < every || options.readOnly) continue;
        if (options.checkpointElsewhere === undefined) {
          ensureCheckpoints(accountId);
        } else {
          // The writer thread counts again from the records; here the count starts over, so it is asked once per `every`.
          sinceCheckpoint.set(accountId, total % every);
          options.checkpointElsewhere(accountId);
        }
      }
    },
    ensureCheckpoints,
    takeCheckpointsBeside,
    dropDerived,
    contradictions(accountId, stored) {
      const replay = startReplay();
      for (const row of q.rowsAll.all(accountId)) replay.apply(replayed(accountId, row));
      return historyContradictions(replay.account(accountId), stored);
    },
    takeSnapshot,
    snapshots: (accountId) => q.snapshots.all(accountId).map(toSummary),
    snapshot(snapshotId) {
      const row = q.snapshot.get(snapshotId);
      return row === undefined ? null : { summary: toSummary(row), data: JSON.parse(row.data) as AccountData };
    },
    deleteSnapshot: (snapshotId) => q.deleteSnapshot.run(snapshotId).changes > 0,
    eraseFromSnapshots(accountId, personIds) {
      const erased = new Set(personIds);
      for (const { id, data } of q.snapshotData.all(accountId)) {
        const state = JSON.parse(data) as AccountData;
        if (!state.people.some((p) => erased.has(p.id))) continue;
        const kept: AccountData = {
          ...state,
          people: state.people.filter((p) => !erased.has(p.id)),
          links: state.links.filter((l) => !erased.has(l.from) && !erased.has(l.to)),
        };
        q.setSnapshotData.run(JSON.stringify(kept), id);
      }
    },
    trend,
    compact,
    compactedFrom,
    loadUndo(accountId) {
      const text = q.undo.get(accountId);
      if (text === undefined) return { undo: [], redo: [] };
      const saved = JSON.parse(text) as UndoStacks & { lastSeq: number | null };
      // Saved after the account's last record: a record since (an import, the command line, a compaction) makes them stale.
      if (saved.lastSeq !== (q.lastSeq.get(accountId) ?? null)) return { undo: [], redo: [] };
      return { undo: saved.undo, redo: saved.redo };
    },
    saveUndo(accountId, stacks, at) {
      if (options.readOnly) return;
      q.putUndo.run(accountId, JSON.stringify({ undo: stacks.undo, redo: stacks.redo, lastSeq: q.lastSeq.get(accountId) ?? null }), at.toISOString());
    },
    dropUndo: (accountId) => {
      q.dropUndo.run(accountId);
    },
  };
}
