import type { Migration } from '../migrate';

/**
 * How many logged contacts (made or planned) each member of our team took part in, kept by triggers in the
 * transaction that writes the log: the agenda's digest reads it for every member at the first agenda of a
 * day (the usual member preselected when logging), where counting 75,000 rows of contact_team took a tenth
 * of the digest (issue 13). A row per member with at least one contact, under the member's account.
 */
export const memberContactCounts: Migration = {
  version: 11,
  name: 'member-contact-counts',
  up(db) {
    db.exec(`
      CREATE TABLE member_contact_counts (
        team_id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL,
        n INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX member_contact_counts_by_account ON member_contact_counts (account_id);

      CREATE TRIGGER member_contact_counts_added AFTER INSERT ON contact_team BEGIN
        INSERT INTO member_contact_counts (team_id, account_id, n)
          SELECT id, account_id, 1 FROM team_members WHERE id = NEW.team_id
          ON CONFLICT (team_id) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER member_contact_counts_removed AFTER DELETE ON contact_team BEGIN
        UPDATE member_contact_counts SET n = n - 1 WHERE team_id = OLD.team_id;
        DELETE FROM member_contact_counts WHERE team_id = OLD.team_id AND n <= 0;
      END;

      INSERT INTO member_contact_counts (team_id, account_id, n)
        SELECT t.id, t.account_id, n.n FROM (SELECT team_id, count(*) AS n FROM contact_team GROUP BY team_id) n JOIN team_members t ON t.id = n.team_id;
    `);
  },
};
