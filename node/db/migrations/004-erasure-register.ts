import type { Migration } from '../migrate';

/**
 * The ids of people erased on request (PIPL art. 47, GDPR art. 17), and when. Only ids: restoring a
 * backup made before an erasure reads this register to erase them again, so the register itself must
 * hold nothing about the person.
 */
export const erasureRegister: Migration = {
  version: 4,
  name: 'erasure-register',
  up(db) {
    db.exec(`
      CREATE TABLE erased_people (
        person_id TEXT PRIMARY KEY NOT NULL,
        erased_at TEXT NOT NULL
      );
    `);
  },
};
