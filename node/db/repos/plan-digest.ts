import type { PlanDigest } from '../../../shared/plan/digest';
import type { Db } from '../connection';
import { SEPARATOR, joinedColumn, splitJoined } from './joined-ids';
import { createTextPool, type TextPool } from './text-pool';
import { RECORD_LISTS, actionOf, contactOf, idsOf, type ActionRow, type ContactRow, type Member } from './plan-rows';

/**
 * The agenda's digest of the plans (shared/plan/digest.ts) read from SQLite: of every account at once (a
 * few queries over the whole database, none per account), or of one account (after an edit of it). Each
 * pair's latest contact is kept by triggers (migration 009) with the day before it; only a pair with two
 * contacts planned after today is looked up, in every day of the pair (migration 010). The pairs come as
 * one text per team member (joined-ids.ts: each a day then a person id), and a contact's or action's people
 * as one text per record: 50,000 rows cost more to hand over one by one than to split. Days not shaped
 * like a day are never contacts made (isMade), and their fixed length lets a piece be cut into day and id.
 */

/** What a calendar date looks like (isMade's shape test, in SQL). */
export const DAY_GLOB = '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]';

/** A day's text is this long (DAY_GLOB). */
const DAY_LENGTH = 10;

/** The digest's statements, by name, for the benchmark's query plans. */
export const DIGEST_QUERIES = ['byPair', 'plannedContacts', 'openActionsDue', 'contactsByMember'] as const;
type DigestQuery = (typeof DIGEST_QUERIES)[number];

/**
 * Each (team member, person) pair's latest contact made by @today (`date`) and earliest planned after it
 * (`next`), of the pairs `where` keeps. A pair without a previous day has no contact before its latest
 * (previous is the latest day below it), so one whose only day is planned has none by @today, and that day
 * is its next. A pair whose two latest days are both planned after @today takes both from every day of the
 * pair (migration 010), a search of that table's key each.
 */
const pairDates = (where: string) => `SELECT p.account_id, p.team_id, p.person_id,
         CASE WHEN p.latest <= @today THEN p.latest WHEN p.previous IS NULL THEN NULL WHEN p.previous <= @today THEN p.previous ELSE (
           SELECT max(d.day) FROM contact_days d WHERE d.team_id = p.team_id AND d.person_id = p.person_id AND d.day <= @today) END AS date,
         CASE WHEN p.latest <= @today THEN NULL WHEN p.previous IS NULL OR p.previous <= @today THEN p.latest ELSE (
           SELECT min(d.day) FROM contact_days d WHERE d.team_id = p.team_id AND d.person_id = p.person_id AND d.day > @today) END AS next
    FROM contact_pairs p ${where}`;

// Kept beside each contact by triggers (migration 012), joined as joinedColumn joins them.
const CONTACT_LISTS = 'c.people_list AS people, c.team_list AS team';
const ACTION_PEOPLE = `${joinedColumn('person_id', 'action_people WHERE action_id = x.id', 'position')} AS people`;

/** The SQL of each statement, over every account (`whole`) or one (`@account`). */
function digestSql(whole: boolean): Record<DigestQuery, string> {
  return {
    // Per team member, the days made and the days planned, each list joined with its count first.
    byPair: `SELECT account_id AS account, team_id AS team, count(date) AS n, group_concat(date || person_id, char(31)) AS made,
             count(next) AS m, group_concat(next || person_id, char(31)) AS planned
        FROM (${pairDates(whole ? '' : 'WHERE p.account_id = @account')})
       WHERE date GLOB '${DAY_GLOB}' OR next GLOB '${DAY_GLOB}'
       GROUP BY account_id, team_id`,
    // Over every account, through the accounts: the index of each account's contacts by date is searched
    // for the agenda's days only, instead of every contact read (the pairs give the next one further ahead).
    plannedContacts: whole
      ? `SELECT c.*, ${CONTACT_LISTS} FROM accounts a JOIN contacts c ON c.account_id = a.id AND c.date > @today AND c.date <= @until
          WHERE c.date GLOB '${DAY_GLOB}' ORDER BY c.date, c.rowid`
      : `SELECT c.*, ${CONTACT_LISTS} FROM contacts c WHERE c.account_id = @account AND c.date > @today AND c.date <= @until
          AND c.date GLOB '${DAY_GLOB}' ORDER BY c.date, c.rowid`,
    openActionsDue: whole
      ? `SELECT x.*, ${ACTION_PEOPLE} FROM accounts a JOIN actions x ON x.account_id = a.id AND x.status = 'open' AND x.due <= @until ORDER BY x.due, x.rowid`
      : `SELECT x.*, ${ACTION_PEOPLE} FROM actions x WHERE x.account_id = @account AND x.status = 'open' AND x.due <= @until ORDER BY x.due, x.rowid`,
    // Kept by triggers (migration 011).
    contactsByMember: whole
      ? 'SELECT account_id AS account, team_id AS team, n FROM member_contact_counts'
      : 'SELECT account_id AS account, team_id AS team, n FROM member_contact_counts WHERE account_id = @account',
  };
}

interface Params {
  today: string;
  until: string;
  account?: string;
}

export function createDigestReader(db: Db) {
  const statementsOf = (whole: boolean) => {
    const sql = digestSql(whole);
    return {
      byPair: db.prepare<[Params], PairsRow>(sql.byPair),
      plannedContacts: db.prepare<[Params], ContactRow & { people: string | null; team: string | null }>(sql.plannedContacts),
      openActionsDue: db.prepare<[Params], ActionRow & { people: string | null }>(sql.openActionsDue),
      contactsByMember: db.prepare<[Params], { account: string; team: string; n: number }>(sql.contactsByMember),
    };
  };
  const whole = statementsOf(true);
  const one = statementsOf(false);
  const exact = {
    pairsOf: db.prepare<[Params & { team: string }], { person: string; date: string | null; next: string | null }>(
      `SELECT person_id AS person, date, next FROM (${pairDates('WHERE p.account_id = @account AND p.team_id = @team')})`,
    ),
    contactPeople: db.prepare<[string], Member>(RECORD_LISTS.contactPeople),
    contactTeam: db.prepare<[string], Member>(RECORD_LISTS.contactTeam),
    actionPeople: db.prepare<[string], Member>(RECORD_LISTS.actionPeople),
  };

  const read = (s: typeof whole, params: Params, digests: Map<string, PlanDigest>): Map<string, PlanDigest> => {
    const { today, until } = params;
    const digestOf = (accountId: string): PlanDigest => {
      let digest = digests.get(accountId);
      if (digest === undefined) {
        digest = emptyDigest(today, until);
        digests.set(accountId, digest);
      }
      return digest;
    };
    // Every stored contact names one or more of our team (the schema; a contact left with nobody of our
    // team is removed), so a person's latest contact is the latest of their pairs'. A few hundred days
    // come in 50,000 pairs: one copy of each is kept.
    const days = createTextPool();
    for (const row of s.byPair.iterate(params)) {
      const digest = digestOf(row.account);
      let made = pairDays(row.made, row.n, days);
      let planned = pairDays(row.planned, row.m, days);
      if (made === undefined || planned === undefined) {
        // An id held the separator: this member's pairs are read one by one.
        made = new Map();
        planned = new Map();
        for (const pair of exact.pairsOf.iterate({ ...params, account: row.account, team: row.team })) {
          if (pair.date !== null) made.set(pair.person, pair.date);
          if (pair.next !== null) planned.set(pair.person, pair.next);
        }
      }
      if (made.size > 0) digest.logged.byPair.set(row.team, made);
      if (planned.size > 0) digest.plannedByPair.set(row.team, planned);
      for (const [person, date] of made) {
        const known = digest.logged.byPerson.get(person);
        if (known === undefined || date > known) digest.logged.byPerson.set(person, date);
      }
    }
    for (const row of s.plannedContacts.iterate(params)) {
      const people = splitJoined(row.people) ?? idsOf(exact.contactPeople.all(row.id));
      const team = splitJoined(row.team) ?? idsOf(exact.contactTeam.all(row.id));
      digestOf(row.account_id).planned.push(contactOf(row, people, team));
    }
    for (const row of s.openActionsDue.iterate(params)) {
      const people = splitJoined(row.people) ?? idsOf(exact.actionPeople.all(row.id));
      digestOf(row.account_id).actions.push(actionOf(row, people));
    }
    for (const row of s.contactsByMember.iterate(params)) if (row.n > 0) digestOf(row.account).contactsByMember.set(row.team, row.n);
    return digests;
  };

  return {
    /** Every account's digest for the agenda of `today` to `until`; an account without a plan has none. */
    all: (today: string, until: string): Map<string, PlanDigest> => read(whole, { today, until }, new Map()),
    /** One account's digest (empty when it has no plan, or no longer exists). */
    one: (accountId: string, today: string, until: string): PlanDigest =>
      read(one, { today, until, account: accountId }, new Map()).get(accountId) ?? emptyDigest(today, until),
    /** The SQL of the statements over every account (their query plans are printed by the benchmark). */
    sql: (): Record<DigestQuery, string> => digestSql(true),
  };
}

export function emptyDigest(today: string, until: string): PlanDigest {
  return { today, until, logged: { byPerson: new Map(), byPair: new Map() }, planned: [], plannedByPair: new Map(), actions: [], contactsByMember: new Map() };
}

interface PairsRow {
  account: string;
  team: string;
  /** How many pairs have a day made, and those days joined (each a day then a person id). */
  n: number;
  made: string | null;
  /** How many pairs have a day planned, and those days joined. */
  m: number;
  planned: string | null;
}

/**
 * A member's pairs from one joined list, by person; undefined when the pieces do not match the count. Each
 * piece is read where it lies in the list (a day, then a person id, up to the next separator), without
 * the 50,000 pieces split out first.
 */
function pairDays(joined: string | null, count: number, days: TextPool): Map<string, string> | undefined {
  const byPerson = new Map<string, string>();
  if (joined === null) return count === 0 ? byPerson : undefined;
  let pieces = 0;
  for (let at = 0; at <= joined.length; pieces += 1) {
    let end = joined.indexOf(SEPARATOR, at);
    if (end < 0) end = joined.length;
    byPerson.set(joined.slice(at + DAY_LENGTH, end), days.text(joined.slice(at, at + DAY_LENGTH)));
    at = end + 1;
  }
  return pieces === count ? byPerson : undefined;
}

export type DigestReader = ReturnType<typeof createDigestReader>;
