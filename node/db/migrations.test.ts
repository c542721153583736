import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replayChanges } from '../../shared/history/changes';
import type { AccountData } from '../../shared/model';
import type { Settings } from '../../shared/ipc';
import type { Db } from './connection';
import { createStore, LATEST_SCHEMA_VERSION, type LocalStore } from './index';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { makeTempDir, putOps, sampleAccountData, storeErrorFrom } from './test-support';
import { DEFAULT_SETTINGS } from './repos/settings';

let temp: ReturnType<typeof makeTempDir>;
let store: LocalStore | undefined;

beforeEach(() => {
  temp = makeTempDir();
});

afterEach(() => {
  store?.close();
  store = undefined;
  temp.remove();
});

type Rows = Record<string, Record<string, string | number | null>[]>;

function insertRows(db: Db, rows: Rows): void {
  for (const [table, list] of Object.entries(rows)) {
    for (const row of list) {
      const columns = Object.keys(row);
      db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
    }
  }
}

/** An account as schema 1 stored it: no search column, no settings table. */
const schema1Rows: Rows = {
  accounts: [
    {
      id: 'acc-1', name: '旧客户 Legacy Co', industry: 'Energy', region: '', notes: 'old notes', tier: 'senior',
      funnel_class: 'B', stage: 'development', share_of_wallet: null, visit_cadence_days: 45,
      created_at: '2025-02-01T00:00:00.000Z', updated_at: '2025-03-01T00:00:00.000Z',
    },
  ],
  competitors: [{ id: 'comp-1', account_id: 'acc-1', name: '对手' }],
  team_members: [{ id: 'team-1', account_id: 'acc-1', name: 'Li', function: 'service', x: null, y: 3.5 }],
  people: [
    {
      id: 'person-1', account_id: 'acc-1', name: '张伟', title: '总经理', department: '', contact: '', layer: 'image',
      roles: '["decisionMaker","evaluator"]', attitude: 'skeptic', influence: 4, favoured_competitor_id: 'comp-1',
      driver: 'security', judges_by: 'risk', fit_ours: 'no', fit_competitor: 'yes', target_relationship: 2,
      last_contact: '2025-01-15', next_step: '', private_notes: 'private', x: 1, y: 2,
    },
    {
      id: 'person-2', account_id: 'acc-1', name: 'Ann SMITH', title: '', department: 'IT', contact: '', layer: 'user',
      roles: '[]', attitude: 'unknown', influence: 1, favoured_competitor_id: null, driver: null, judges_by: '',
      fit_ours: 'unknown', fit_competitor: 'unknown', target_relationship: null, last_contact: null, next_step: '',
      private_notes: '', x: null, y: null,
    },
  ],
  links: [
    { id: 'link-1', account_id: 'acc-1', kind: 'reportsTo', from_id: 'person-2', to_id: 'person-1', strength: null, last_contact: null },
    { id: 'link-2', account_id: 'acc-1', kind: 'covers', from_id: 'team-1', to_id: 'person-1', strength: 2, last_contact: '2025-02-20' },
    { id: 'link-3', account_id: 'acc-1', kind: 'competitorTie', from_id: 'comp-1', to_id: 'person-1', strength: 3, last_contact: null },
  ],
};

/** The same account as the app reads it. */
const legacyAccount: AccountData = {
  account: {
    id: 'acc-1', name: '旧客户 Legacy Co', industry: 'Energy', region: '', notes: 'old notes', tier: 'senior', funnelClass: 'B',
    stage: 'development', shareOfWallet: null, visitCadenceDays: 45,
    createdAt: '2025-02-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z',
  },
  competitors: [{ id: 'comp-1', accountId: 'acc-1', name: '对手' }],
  team: [{ id: 'team-1', accountId: 'acc-1', name: 'Li', function: 'service', x: null, y: 3.5 }],
  people: [
    {
      id: 'person-1', accountId: 'acc-1', name: '张伟', title: '总经理', department: '', contact: '', layer: 'image',
      roles: ['decisionMaker', 'evaluator'], attitude: 'skeptic', influence: 4, favouredCompetitorId: 'comp-1',
      driver: 'security', judgesBy: 'risk', fitOurs: 'no', fitCompetitor: 'yes', targetRelationship: 2,
      lastContact: '2025-01-15', nextStep: '', privateNotes: 'private', x: 1, y: 2,
      email: '', phone: '', verifiedOn: null, source: '',
      status: 'active', statusSince: null, leftTo: '', leftToCompetitorId: null,
    },
    {
      id: 'person-2', accountId: 'acc-1', name: 'Ann SMITH', title: '', department: 'IT', contact: '', layer: 'user',
      roles: [], attitude: 'unknown', influence: 1, favouredCompetitorId: null, driver: null, judgesBy: '',
      fitOurs: 'unknown', fitCompetitor: 'unknown', targetRelationship: null, lastContact: null, nextStep: '',
      privateNotes: '', x: null, y: null, email: '', phone: '', verifiedOn: null, source: '',
      status: 'active', statusSince: null, leftTo: '', leftToCompetitorId: null,
    },
  ],
  links: [
    { id: 'link-1', accountId: 'acc-1', kind: 'reportsTo', from: 'person-2', to: 'person-1', strength: null, lastContact: null },
    { id: 'link-2', accountId: 'acc-1', kind: 'covers', from: 'team-1', to: 'person-1', strength: 2, lastContact: '2025-02-20' },
    { id: 'link-3', accountId: 'acc-1', kind: 'competitorTie', from: 'comp-1', to: 'person-1', strength: 3, lastContact: null },
  ],
};

interface Seed {
  /** Writes data in the shape of this schema version. */
  write(db: Db): void;
  accounts: AccountData[];
  settings: Settings;
}

const withSearchColumn = (rows: Rows): Rows => ({
  ...rows,
  accounts: rows.accounts!.map((r) => ({ ...r, name_search: String(r.name).toLowerCase() })),
  people: rows.people!.map((r) => ({ ...r, name_search: String(r.name).toLowerCase() })),
});

/** One seed per schema version. Adding a migration means adding the seed for the new version here. */
/**
 * A schema step that adds only what the app keeps beside its records (history, the contact log, what
 * triggers keep): written as the step before writes, the accounts read the same.
 */
const sameAsBefore = (version: number): Seed => ({
  write: (db) => seeds[version - 1]!.write(db),
  get accounts() {
    return seeds[version - 1]!.accounts;
  },
  settings: DEFAULT_SETTINGS,
});

const seeds: Record<number, Seed> = {
  0: { write: () => undefined, accounts: [], settings: DEFAULT_SETTINGS },
  1: { write: (db) => insertRows(db, schema1Rows), accounts: [legacyAccount], settings: DEFAULT_SETTINGS },
  2: {
    write: (db) =>
      insertRows(db, { ...withSearchColumn(schema1Rows), settings: [{ key: 'theme', value: '"dark"' }, { key: 'locale', value: '"zh-CN"' }] }),
    accounts: [legacyAccount],
    settings: { ...DEFAULT_SETTINGS, locale: 'zh-CN', theme: 'dark' },
  },
  3: {
    write: (db) => {
      const rows = withSearchColumn(schema1Rows);
      const people = rows.people!.map((r, i) =>
        i === 0 ? { ...r, email: 'zw@legacy.example', phone: '010 8888 0000', verified_on: '2025-02-02', source: 'Trade fair 2025' } : r,
      );
      insertRows(db, { ...rows, people });
    },
    accounts: [
      {
        ...legacyAccount,
        people: legacyAccount.people.map((p, i) =>
          i === 0 ? { ...p, email: 'zw@legacy.example', phone: '010 8888 0000', verifiedOn: '2025-02-02', source: 'Trade fair 2025' } : p,
        ),
      },
    ],
    settings: DEFAULT_SETTINGS,
  },
  4: {
    write: (db) => {
      seeds[3]!.write(db);
      insertRows(db, { erased_people: [{ person_id: 'person-erased-earlier', erased_at: '2025-03-03T00:00:00.000Z' }] });
    },
    get accounts() {
      return seeds[3]!.accounts;
    },
    settings: DEFAULT_SETTINGS,
  },
  5: {
    write: (db) => {
      seeds[4]!.write(db);
      db.prepare(
        "UPDATE people SET status = 'left', status_since = '2025-02-28', left_to_competitor_id = 'comp-1' WHERE id = 'person-1'",
      ).run();
      db.prepare("UPDATE people SET status = 'onLeave', status_since = '2025-02-15' WHERE id = 'person-2'").run();
    },
    get accounts(): AccountData[] {
      const [account] = seeds[3]!.accounts as [AccountData];
      return [
        {
          ...account,
          people: account.people.map((p, i) =>
            i === 0
              ? { ...p, status: 'left', statusSince: '2025-02-28', leftToCompetitorId: 'comp-1' }
              : { ...p, status: 'onLeave', statusSince: '2025-02-15' },
          ),
        },
      ];
    },
    settings: DEFAULT_SETTINGS,
  },
  // Schema 6 adds the change log: the accounts read the same, and their history begins when first opened.
  6: sameAsBefore(6),
  // Schema 7 adds snapshots, checkpoints and the undo stacks beside the history: the accounts read the same.
  7: sameAsBefore(7),
  // Schema 8 adds the contact log and the actions: the accounts read the same, with an empty log.
  8: sameAsBefore(8),
  // Schema 9 keeps each pair's latest contact beside the log: the accounts read the same.
  9: sameAsBefore(9),
  // Schema 10 keeps every day of each pair beside the log: the accounts read the same.
  10: sameAsBefore(10),
  // Schema 11 keeps each member's count of contacts beside the log: the accounts read the same.
  11: sameAsBefore(11),
  // Schema 12 keeps each contact's people and team beside it: the accounts read the same.
  12: sameAsBefore(12),
};

function buildDatabaseAt(version: number, seed: Seed): void {
  mkdirSync(dirname(temp.dbPath), { recursive: true });
  const db = new Database(temp.dbPath);
  migrate(db, MIGRATIONS.slice(0, version), () => new Date('2025-01-01T00:00:00.000Z'));
  seed.write(db);
  db.close();
}

describe('the migration list', () => {
  it('numbers its steps 1, 2, ... with distinct names', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
  });
});

describe('opening a database written at every earlier version', () => {
  const versions = Array.from({ length: LATEST_SCHEMA_VERSION + 1 }, (_, version) => version);

  it.each(versions)('migrates from schema %i and keeps its data', (version) => {
    const seed = seeds[version];
    if (seed === undefined) throw new Error(`write a seed for schema ${version} in migrations.test.ts`);
    buildDatabaseAt(version, seed);

    store = createStore(temp.dbPath);

    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(store.listAccounts()).toHaveLength(seed.accounts.length);
    for (const account of seed.accounts) expect(store.openAccount(account.account.id)).toEqual(account);
    // An account from before the history has one that begins with it as it stood: replaying it gives it back.
    for (const account of seed.accounts) {
      expect(store.history(account.account.id).every((change) => change.origin === 'baseline')).toBe(true);
      expect(replayChanges(store.history(account.account.id)).get(account.account.id)).toEqual(account);
    }
    expect(store.getSettings()).toEqual(seed.settings);
    if (seed.accounts.length > 0) {
      expect(store.search('smith', 10).map((h) => h.personName)).toEqual(['Ann SMITH']);
      expect(store.search('旧客户', 10).map((h) => h.accountName)).toEqual(['旧客户 Legacy Co']);
    }

    const raw = new Database(temp.dbPath, { readonly: true });
    const recorded = raw.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all();
    raw.close();
    expect(recorded).toEqual(
      MIGRATIONS.map((m) => ({
        version: m.version,
        name: m.name,
        applied_at: expect.stringMatching(m.version <= version ? /^2025-01-01T/ : /^\d{4}-\d{2}-\d{2}T/),
      })),
    );
  });
});

describe('a contact log written before schemas 9 to 12', () => {
  it('gives each pair its latest contact made once opened, as the log itself does', () => {
    buildDatabaseAt(8, {
      ...seeds[8]!,
      write: (db) => {
        seeds[8]!.write(db);
        db.prepare("INSERT INTO team_members (id, account_id, name, function, x, y) VALUES ('team-2', 'acc-1', 'Wang', 'sales', NULL, NULL)").run();
        const contacts: [string, string, string[], string[]][] = [
          ['c-1', '2025-02-01', ['person-1', 'person-2'], ['team-1']],
          ['c-2', '2025-03-10', ['person-1'], ['team-1', 'team-2']],
          ['c-3', '2025-04-01', ['person-2'], ['team-2']],
          // Planned: two for one pair (its days are read for it), one for another (its day before serves).
          ['c-planned', '2025-06-01', ['person-1'], ['team-1']],
          ['c-planned-2', '2025-07-01', ['person-1'], ['team-1']],
          ['c-planned-3', '2025-05-20', ['person-2'], ['team-2']],
        ];
        for (const [id, date, people, team] of contacts) {
          db.prepare("INSERT INTO contacts (id, account_id, date, channel, note, private) VALUES (?, 'acc-1', ?, 'visit', '', 1)").run(id, date);
          people.forEach((person, i) => db.prepare('INSERT INTO contact_people (contact_id, position, person_id) VALUES (?, ?, ?)').run(id, i, person));
          team.forEach((member, i) => db.prepare('INSERT INTO contact_team (contact_id, position, team_id) VALUES (?, ?, ?)').run(id, i, member));
        }
      },
    });
    store = createStore(temp.dbPath);
    const today = '2025-05-01';
    const { digest } = store.agendaAccounts(today, today)[0]!;
    expect(digest.logged.byPerson).toEqual(new Map([['person-1', '2025-03-10'], ['person-2', '2025-04-01']]));
    expect(digest.logged.byPair.get('team-1')).toEqual(new Map([['person-1', '2025-03-10'], ['person-2', '2025-02-01']]));
    expect(digest.logged.byPair.get('team-2')).toEqual(new Map([['person-1', '2025-03-10'], ['person-2', '2025-04-01']]));
    // Each member's contacts, made and planned, counted once opened (schema 11).
    expect(digest.contactsByMember).toEqual(new Map([['team-1', 4], ['team-2', 3]]));
    // The contacts planned, each with its people and team as written (schema 12).
    const planned = store.agendaAccounts(today, '2025-07-31')[0]!.digest.planned.map((c) => [c.id, c.personIds, c.teamIds]);
    expect(planned).toEqual([
      ['c-planned-3', ['person-2'], ['team-2']],
      ['c-planned', ['person-1'], ['team-1']],
      ['c-planned-2', ['person-1'], ['team-1']],
    ]);
  });
});

describe('refusing a database this version cannot read', () => {
  /** A database of the current schema, in rollback-journal mode so that any write would change the file itself. */
  function closedDatabaseWith(tamper: (db: Db) => void): void {
    const ready = createStore(temp.dbPath);
    ready.applyOps(putOps(sampleAccountData()));
    ready.close();
    const db = new Database(temp.dbPath);
    db.pragma('journal_mode = DELETE');
    tamper(db);
    db.close();
  }

  const snapshot = () => ({ bytes: readFileSync(temp.dbPath), files: readdirSync(dirname(temp.dbPath)).sort() });

  it('refuses one written by a newer Power Map, in words a user understands, and leaves the file untouched', () => {
    closedDatabaseWith((db) =>
      db
        .prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from-the-future', '2030-01-01')")
        .run(LATEST_SCHEMA_VERSION + 1),
    );
    const before = snapshot();

    const error = storeErrorFrom(() => createStore(temp.dbPath));

    expect(error.code).toBe('newer-database');
    expect(error.message).toBe(
      `This database was written by a newer version of Power Map (schema ${LATEST_SCHEMA_VERSION + 1}; this version knows up to ${LATEST_SCHEMA_VERSION}). ` +
        'Update Power Map or open another database file.',
    );
    expect(snapshot()).toEqual(before);
  });

  it('refuses one whose recorded steps are not the ones this version ships', () => {
    closedDatabaseWith((db) => db.prepare("UPDATE schema_migrations SET name = 'initial-from-a-fork' WHERE version = 1").run());
    const before = snapshot();

    const error = storeErrorFrom(() => createStore(temp.dbPath));

    expect(error.code).toBe('newer-database');
    expect(error.message).toContain('written by a different version of Power Map');
    expect(error.message).toContain('"initial-from-a-fork"');
    expect(snapshot()).toEqual(before);
  });
});
