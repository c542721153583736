import type { Migration } from '../migrate';

/** What a calendar date looks like (the plan repo's test of a made contact's date, in SQL). */
const DAY = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";

/**
 * Works the days of the pairs `pairs` names (a condition on `cd`'s team_id and person_id) out again from
 * the log: the pair's rows go, then every day the log still has for them comes back.
 */
const redoDays = (pairs: (team: string, person: string) => string) => `
  DELETE FROM contact_days WHERE ${pairs('contact_days.team_id', 'contact_days.person_id')};
  INSERT OR IGNORE INTO contact_days (team_id, person_id, day)
    SELECT ct.team_id, cp.person_id, c.date FROM contact_people cp
      JOIN contact_team ct ON ct.contact_id = cp.contact_id
      JOIN contacts c ON c.id = cp.contact_id AND c.date ${DAY}
     WHERE ${pairs('ct.team_id', 'cp.person_id')};`;

/**
 * Every day each (team member, person) pair has a contact on, made or planned, kept by triggers in the
 * transaction that writes the log. contact_pairs (migration 009) answers most pairs' latest contact by a
 * given day from its two latest days; a pair whose two latest are both planned after that day was looked
 * up in the log, three joins per contact of the person, which made up half of the agenda's first read of
 * the day (issue 13). Here that answer is one search of this table's key.
 *
 * The triggers follow 009's: a person or member added to a contact adds the pair's day; one removed, or the
 * contact's date changed, works the pairs it touched out again from the log.
 */
export const contactDays: Migration = {
  version: 10,
  name: 'contact-days',
  up(db) {
    db.exec(`
      CREATE TABLE contact_days (
        team_id TEXT NOT NULL,
        person_id TEXT NOT NULL,
        day TEXT NOT NULL,
        PRIMARY KEY (team_id, person_id, day)
      ) WITHOUT ROWID;

      CREATE TRIGGER contact_days_person_added AFTER INSERT ON contact_people BEGIN
        INSERT OR IGNORE INTO contact_days (team_id, person_id, day)
          SELECT ct.team_id, NEW.person_id, c.date FROM contact_team ct JOIN contacts c ON c.id = ct.contact_id
           WHERE ct.contact_id = NEW.contact_id AND c.date ${DAY};
      END;
      CREATE TRIGGER contact_days_member_added AFTER INSERT ON contact_team BEGIN
        INSERT OR IGNORE INTO contact_days (team_id, person_id, day)
          SELECT NEW.team_id, cp.person_id, c.date FROM contact_people cp JOIN contacts c ON c.id = cp.contact_id
           WHERE cp.contact_id = NEW.contact_id AND c.date ${DAY};
      END;
      CREATE TRIGGER contact_days_person_removed AFTER DELETE ON contact_people BEGIN
        ${redoDays((team, person) => `${person} = OLD.person_id AND ${team} IN (SELECT team_id FROM contact_team WHERE contact_id = OLD.contact_id)`)}
      END;
      CREATE TRIGGER contact_days_member_removed AFTER DELETE ON contact_team BEGIN
        ${redoDays((team, person) => `${team} = OLD.team_id AND ${person} IN (SELECT person_id FROM contact_people WHERE contact_id = OLD.contact_id)`)}
      END;
      CREATE TRIGGER contact_days_redated AFTER UPDATE OF date ON contacts BEGIN
        ${redoDays(
          (team, person) =>
            `${person} IN (SELECT person_id FROM contact_people WHERE contact_id = NEW.id) AND ${team} IN (SELECT team_id FROM contact_team WHERE contact_id = NEW.id)`,
        )}
      END;

      INSERT OR IGNORE INTO contact_days (team_id, person_id, day)
        SELECT ct.team_id, cp.person_id, c.date FROM contacts c
          JOIN contact_people cp ON cp.contact_id = c.id
          JOIN contact_team ct ON ct.contact_id = c.id
         WHERE c.date ${DAY};
    `);
  },
};
