import type { Migration } from '../migrate';

/**
 * What the history keeps beside its change records (issue 12):
 * - `snapshots`: an account's whole state at a moment, named ("Q3 review") by the user, or taken when a
 *   deck is exported, a workshop ends or old history is compacted. The state is kept whole (JSON), so a
 *   snapshot outlives the records it came from.
 * - `history_checkpoints`: the account as replayed up to a position in its log (hlc, seq), taken every
 *   so many records, so the map as of a day replays only the records after the nearest one. `max_at` is
 *   the latest wall time among the records it holds: it serves a day only if that is before the day's end.
 *   `data` is null where the account did not exist at that point (deleted). A cache: dropping one is safe.
 * - `history_compactions`: per account, the first day whose map is still exact after older records were
 *   folded into a baseline (an as-of before it says so).
 * - `history_trend`: a cache of the month-end weighted coverage and red flags (the portfolio's trend
 *   lines); a closed month does not change, unless the history does (then its rows are dropped).
 * - `undo_stacks`: each account's undo and redo stacks (JSON), so they survive a restart.
 */
export const historySnapshots: Migration = {
  version: 7,
  name: 'history-snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE snapshots (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        taken_at TEXT NOT NULL,
        day TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX snapshots_by_account ON snapshots (account_id, taken_at);
      CREATE TABLE history_checkpoints (
        account_id TEXT NOT NULL,
        hlc TEXT NOT NULL,
        seq INTEGER NOT NULL,
        max_at TEXT NOT NULL,
        data BLOB,
        PRIMARY KEY (account_id, hlc, seq)
      ) WITHOUT ROWID;
      CREATE TABLE history_compactions (
        account_id TEXT PRIMARY KEY NOT NULL,
        first_day TEXT NOT NULL,
        compacted_at TEXT NOT NULL
      );
      CREATE TABLE history_trend (
        account_id TEXT NOT NULL,
        month TEXT NOT NULL,
        options TEXT NOT NULL,
        weighted_coverage REAL,
        red_flags INTEGER,
        PRIMARY KEY (account_id, month, options)
      ) WITHOUT ROWID;
      CREATE TABLE undo_stacks (
        account_id TEXT PRIMARY KEY NOT NULL,
        stacks TEXT NOT NULL,
        saved_at TEXT NOT NULL
      );
    `);
  },
};
