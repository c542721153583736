import type { Migration } from '../migrate';

/** What a calendar date looks like (the plan repo's test of a made contact's date, in SQL). */
const DAY = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";

/**
 * An upsert's SET: a new day above the latest pushes it down to previous; one between them becomes previous.
 * (SET reads the row as it was, so both assignments see the old latest.)
 */
const RAISE = `previous = CASE
    WHEN excluded.latest > latest THEN latest
    WHEN excluded.latest < latest AND (previous IS NULL OR excluded.latest > previous) THEN excluded.latest
    ELSE previous END,
  latest = max(latest, excluded.latest)`;

/** Raises the days of the pairs a SELECT of (team, person, account, date) names. */
const raisePairs = (select: string) => `INSERT INTO contact_pairs (team_id, person_id, account_id, latest)
  ${select}
  ON CONFLICT (account_id, team_id, person_id) DO UPDATE SET ${RAISE};`;

/** The latest contact of one pair (team member `t`, person `p`), from the log itself. */
const latestOf = (t: string, p: string, below = '') => `(
  SELECT max(c.date) FROM contact_people cp
    JOIN contact_team ct ON ct.contact_id = cp.contact_id AND ct.team_id = ${t}
    JOIN contacts c ON c.id = cp.contact_id AND c.date ${DAY}
   WHERE cp.person_id = ${p}${below === '' ? '' : ` AND c.date < ${below}`})`;

/** Works a pair's two days out again from the log (after a contact of theirs went or moved). */
const RECOMPUTE = `latest = ${latestOf('contact_pairs.team_id', 'contact_pairs.person_id')},
  previous = ${latestOf('contact_pairs.team_id', 'contact_pairs.person_id', latestOf('contact_pairs.team_id', 'contact_pairs.person_id'))}`;

/**
 * The latest logged contact of every (team member, person) pair, kept by triggers in the transaction that
 * writes the log (issue 13: the agenda over 50,000 contacts from SQLite in < 200 ms). Without it the agenda
 * grouped every contact's people and team, 100,000 joined rows, on every read. Planned contacts count
 * too, so each pair keeps its two latest days: the agenda takes the latest on or before its today, and
 * looks in the log only for a pair with two contacts planned after today, which few have.
 *
 * Every way a contact's people or team change is a row inserted or deleted in contact_people or
 * contact_team (an edit writes the contact again; a deletion cascades), so the triggers are on those rows:
 * an insert raises the pair's days, a delete works the pairs it touched out again from the log. When a
 * contact goes whole, whichever of its link rows goes last finds the other table's rows already gone, and
 * the first ones worked their pairs out without the contact.
 */
export const contactPairs: Migration = {
  version: 9,
  name: 'contact-pairs',
  up(db) {
    db.exec(`
      CREATE TABLE contact_pairs (
        account_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        person_id TEXT NOT NULL,
        latest TEXT,
        previous TEXT,
        PRIMARY KEY (account_id, team_id, person_id)
      ) WITHOUT ROWID;
      CREATE INDEX contact_pairs_by_person ON contact_pairs (person_id);
      CREATE INDEX contact_pairs_by_member ON contact_pairs (team_id);

      CREATE TRIGGER contact_pairs_person_added AFTER INSERT ON contact_people BEGIN
        ${raisePairs(`SELECT ct.team_id, NEW.person_id, c.account_id, c.date FROM contact_team ct JOIN contacts c ON c.id = ct.contact_id
           WHERE ct.contact_id = NEW.contact_id AND c.date ${DAY}`)}
      END;
      CREATE TRIGGER contact_pairs_member_added AFTER INSERT ON contact_team BEGIN
        ${raisePairs(`SELECT NEW.team_id, cp.person_id, c.account_id, c.date FROM contact_people cp JOIN contacts c ON c.id = cp.contact_id
           WHERE cp.contact_id = NEW.contact_id AND c.date ${DAY}`)}
      END;
      CREATE TRIGGER contact_pairs_person_removed AFTER DELETE ON contact_people BEGIN
        UPDATE contact_pairs SET ${RECOMPUTE}
         WHERE person_id = OLD.person_id AND team_id IN (SELECT team_id FROM contact_team WHERE contact_id = OLD.contact_id);
        DELETE FROM contact_pairs WHERE person_id = OLD.person_id AND latest IS NULL;
      END;
      CREATE TRIGGER contact_pairs_member_removed AFTER DELETE ON contact_team BEGIN
        UPDATE contact_pairs SET ${RECOMPUTE}
         WHERE team_id = OLD.team_id AND person_id IN (SELECT person_id FROM contact_people WHERE contact_id = OLD.contact_id);
        DELETE FROM contact_pairs WHERE team_id = OLD.team_id AND latest IS NULL;
      END;
      CREATE TRIGGER contact_pairs_redated AFTER UPDATE OF date ON contacts BEGIN
        UPDATE contact_pairs SET ${RECOMPUTE}
         WHERE person_id IN (SELECT person_id FROM contact_people WHERE contact_id = NEW.id)
           AND team_id IN (SELECT team_id FROM contact_team WHERE contact_id = NEW.id);
        ${raisePairs(`SELECT ct.team_id, cp.person_id, NEW.account_id, NEW.date FROM contact_team ct JOIN contact_people cp ON cp.contact_id = ct.contact_id
           WHERE ct.contact_id = NEW.id AND NEW.date ${DAY}`)}
        DELETE FROM contact_pairs WHERE latest IS NULL AND person_id IN (SELECT person_id FROM contact_people WHERE contact_id = NEW.id);
      END;

      WITH days AS (
        SELECT DISTINCT ct.team_id AS t, cp.person_id AS p, c.account_id AS a, c.date AS d
          FROM contacts c JOIN contact_people cp ON cp.contact_id = c.id JOIN contact_team ct ON ct.contact_id = c.id
         WHERE c.date ${DAY}),
      ranked AS (SELECT t, p, a, d, row_number() OVER (PARTITION BY t, p ORDER BY d DESC) AS r FROM days)
      INSERT INTO contact_pairs (team_id, person_id, account_id, latest, previous)
        SELECT t, p, a, max(CASE WHEN r = 1 THEN d END), max(CASE WHEN r = 2 THEN d END) FROM ranked WHERE r <= 2 GROUP BY t, p;
    `);
  },
};
