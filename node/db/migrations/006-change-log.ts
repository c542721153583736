import type { Migration } from '../migrate';

/**
 * The history of every change (issue 12): one row per change to one record, written in the same
 * transaction as the change. No foreign keys: a deleted account's records stay, as tombstones. The
 * clock table holds this database's node id for the hybrid logical clock (random, made once). Only the
 * account's records are indexed: each index is paid on every edit, and finding one person's records (an
 * erasure, rare) can read the table through.
 */
export const changeLog: Migration = {
  version: 6,
  name: 'change-log',
  up(db) {
    db.exec(`
      CREATE TABLE changes (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        account_id TEXT NOT NULL,
        hlc TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        origin TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        before TEXT,
        after TEXT
      );
      CREATE INDEX changes_by_account ON changes (account_id, hlc);
      CREATE TABLE change_clock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        node TEXT NOT NULL
      );
      INSERT INTO change_clock (id, node) VALUES (1, lower(hex(randomblob(8))));
    `);
  },
};
