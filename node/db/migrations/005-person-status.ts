import type { Migration } from '../migrate';

/**
 * A person's status (DOMAIN: active, left, on leave), the day it began, and where a person who left went:
 * another employer as text, or one of the account's competitors (cleared if that competitor is deleted,
 * like a favoured competitor). Everyone already in a database is active.
 */
export const personStatus: Migration = {
  version: 5,
  name: 'person-status',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
      ALTER TABLE people ADD COLUMN status_since TEXT;
      ALTER TABLE people ADD COLUMN left_to TEXT NOT NULL DEFAULT '';
      ALTER TABLE people ADD COLUMN left_to_competitor_id TEXT REFERENCES competitors (id) ON DELETE SET NULL;
      CREATE INDEX people_by_left_to_competitor ON people (left_to_competitor_id);
    `);
  },
};
