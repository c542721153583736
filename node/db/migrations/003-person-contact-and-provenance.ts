import type { Migration } from '../migrate';

/**
 * A person's e-mail and phone as fields of their own (imports match duplicates on e-mail), the day
 * their facts were last verified (the stale-map rule) and where the record came from. Existing people
 * keep their free-text `contact`; nothing is guessed out of it.
 */
export const personContactAndProvenance: Migration = {
  version: 3,
  name: 'person-contact-and-provenance',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN email TEXT NOT NULL DEFAULT '';
      ALTER TABLE people ADD COLUMN phone TEXT NOT NULL DEFAULT '';
      ALTER TABLE people ADD COLUMN verified_on TEXT;
      ALTER TABLE people ADD COLUMN source TEXT NOT NULL DEFAULT '';
    `);
  },
};
