import type { Migration } from '../migrate';
import { normalizeForSearch } from '../search-text';

/**
 * App settings, and a normalised copy of account and person names for case-insensitive search in any
 * script. Search is by substring, which no B-tree index can serve, so there is no index on the column:
 * a scan of ~10,000 short names takes about a millisecond.
 *
 * The backfill uses the repos' own normaliser on purpose: stored and searched text must agree.
 */
export const settingsAndNameSearch: Migration = {
  version: 2,
  name: 'settings-and-name-search',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      );
      ALTER TABLE accounts ADD COLUMN name_search TEXT NOT NULL DEFAULT '';
      ALTER TABLE people ADD COLUMN name_search TEXT NOT NULL DEFAULT '';
    `);
    for (const table of ['accounts', 'people']) {
      const update = db.prepare(`UPDATE ${table} SET name_search = ? WHERE id = ?`);
      const rows = db.prepare(`SELECT id, name FROM ${table}`).all() as { id: string; name: string }[];
      for (const row of rows) update.run(normalizeForSearch(row.name), row.id);
    }
  },
};
