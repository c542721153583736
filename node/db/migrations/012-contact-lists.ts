import type { Migration } from '../migrate';

/** A contact's people or team, joined as the digest reads lists (joined-ids.ts: the count, then each id in order). */
const listOf = (column: string, table: string, contact: string) =>
  `(SELECT count(*) || char(31) || group_concat(${column}, char(31) ORDER BY position) FROM ${table} WHERE contact_id = ${contact})`;

/**
 * Keeps one list column of contacts in step with one link table: every row added or removed there writes it
 * again (as for migration 009, every change of a contact's people or team is a row inserted or deleted).
 */
const keptList = (table: string, column: string, list: string) => `
  CREATE TRIGGER ${list}_added AFTER INSERT ON ${table} BEGIN
    UPDATE contacts SET ${list} = ${listOf(column, table, 'NEW.contact_id')} WHERE id = NEW.contact_id;
  END;
  CREATE TRIGGER ${list}_removed AFTER DELETE ON ${table} BEGIN
    UPDATE contacts SET ${list} = ${listOf(column, table, 'OLD.contact_id')} WHERE id = OLD.contact_id;
  END;`;

/**
 * Each contact's people and team as one text beside it, kept by triggers in the transaction that writes
 * them (contact_people and contact_team stay what the log is). The agenda reads the contacts planned in its
 * days with their people and team: two lookups in those tables per contact, spread over the whole file,
 * were two thirds of that read at the first agenda of a day (issue 13); the contact's own row has them now.
 * Null for a contact without any (group_concat of no rows).
 */
export const contactLists: Migration = {
  version: 12,
  name: 'contact-lists',
  up(db) {
    db.exec(`
      ALTER TABLE contacts ADD COLUMN people_list TEXT;
      ALTER TABLE contacts ADD COLUMN team_list TEXT;
      ${keptList('contact_people', 'person_id', 'people_list')}
      ${keptList('contact_team', 'team_id', 'team_list')}
      UPDATE contacts SET people_list = ${listOf('person_id', 'contact_people', 'contacts.id')}, team_list = ${listOf('team_id', 'contact_team', 'contacts.id')};
    `);
  },
};
