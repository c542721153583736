import type { Migration } from '../migrate';

/**
 * The contact log and the actions (issue 13, DOMAIN "Contact log and plan"). Who took part is kept in
 * link tables (one row per person or team member, in the order given), so the agenda finds a person's
 * contacts by index and erasing a person finds every contact and action naming them. Rows go with their
 * account; the store removes a deleted person or team member from the contacts and actions first, and
 * records it in the change log, so the cascades below only catch what nothing else should reach.
 * A person's and a covers link's last contact are not stored again: they follow from the log.
 */
export const contactLogAndActions: Migration = {
  version: 8,
  name: 'contact-log-and-actions',
  up(db) {
    db.exec(`
      CREATE TABLE contacts (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        channel TEXT NOT NULL,
        note TEXT NOT NULL,
        private INTEGER NOT NULL
      );
      CREATE INDEX contacts_by_account ON contacts (account_id, date);
      CREATE TABLE contact_people (
        contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        PRIMARY KEY (contact_id, position)
      );
      CREATE INDEX contact_people_by_person ON contact_people (person_id);
      CREATE TABLE contact_team (
        contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        team_id TEXT NOT NULL REFERENCES team_members (id) ON DELETE CASCADE,
        PRIMARY KEY (contact_id, position)
      );
      CREATE INDEX contact_team_by_member ON contact_team (team_id);
      CREATE TABLE actions (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        owner_id TEXT NOT NULL REFERENCES team_members (id) ON DELETE CASCADE,
        due TEXT NOT NULL,
        status TEXT NOT NULL,
        origin TEXT NOT NULL,
        created_on TEXT NOT NULL,
        done_on TEXT
      );
      CREATE INDEX actions_by_account ON actions (account_id, status, due);
      CREATE INDEX actions_by_owner ON actions (owner_id);
      CREATE TABLE action_people (
        action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        PRIMARY KEY (action_id, position)
      );
      CREATE INDEX action_people_by_person ON action_people (person_id);
    `);
  },
};
