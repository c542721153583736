import type { Migration } from '../migrate';

/**
 * Accounts and what they hold. Link ends: `to_id` is always a person (a real foreign key); `from_id` is
 * a person, team member or competitor depending on `kind`, so triggers remove links whose `from` end
 * is deleted. A person's favoured competitor becomes NULL when that competitor is deleted.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        industry TEXT NOT NULL,
        region TEXT NOT NULL,
        notes TEXT NOT NULL,
        tier TEXT NOT NULL,
        funnel_class TEXT NOT NULL,
        stage TEXT NOT NULL,
        share_of_wallet REAL,
        visit_cadence_days INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE competitors (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        name TEXT NOT NULL
      );
      CREATE INDEX competitors_by_account ON competitors (account_id);

      CREATE TABLE team_members (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        function TEXT NOT NULL,
        x REAL,
        y REAL
      );
      CREATE INDEX team_members_by_account ON team_members (account_id);

      CREATE TABLE people (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        title TEXT NOT NULL,
        department TEXT NOT NULL,
        contact TEXT NOT NULL,
        layer TEXT NOT NULL,
        roles TEXT NOT NULL,
        attitude TEXT NOT NULL,
        influence INTEGER NOT NULL,
        favoured_competitor_id TEXT REFERENCES competitors (id) ON DELETE SET NULL,
        driver TEXT,
        judges_by TEXT NOT NULL,
        fit_ours TEXT NOT NULL,
        fit_competitor TEXT NOT NULL,
        target_relationship INTEGER,
        last_contact TEXT,
        next_step TEXT NOT NULL,
        private_notes TEXT NOT NULL,
        x REAL,
        y REAL
      );
      CREATE INDEX people_by_account ON people (account_id);
      CREATE INDEX people_by_favoured_competitor ON people (favoured_competitor_id);

      CREATE TABLE links (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        from_id TEXT NOT NULL,
        to_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        strength INTEGER,
        last_contact TEXT
      );
      CREATE INDEX links_by_account ON links (account_id);
      CREATE INDEX links_by_from ON links (from_id);
      CREATE INDEX links_by_to ON links (to_id);

      CREATE TRIGGER people_delete_their_links AFTER DELETE ON people BEGIN
        DELETE FROM links WHERE from_id = OLD.id AND kind NOT IN ('covers', 'competitorTie');
      END;
      CREATE TRIGGER team_members_delete_their_links AFTER DELETE ON team_members BEGIN
        DELETE FROM links WHERE from_id = OLD.id AND kind = 'covers';
      END;
      CREATE TRIGGER competitors_delete_their_links AFTER DELETE ON competitors BEGIN
        DELETE FROM links WHERE from_id = OLD.id AND kind = 'competitorTie';
      END;
    `);
  },
};
