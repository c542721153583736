import type { PlanDigest } from '../../../shared/plan/digest';
import type { Db } from '../connection';
import { SEPARATOR, joinedColumn, splitJoined } from './joined-ids';
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
export const DIGEST_QUERIES = ['loggedByPair', 'plannedContacts', 'openActionsDue', 'contactsByMember'] as const;
type DigestQuery = (typeof DIGEST_QUERIES)[number];

/**
 * Each (team member, person) pair's latest contact made by @today, of the pairs `where` keeps. A pair
 * without a previous day has no contact before its latest (previous is the latest day below it), so one
 * whose only day is planned has none by @today. A pair whose two latest days are both planned after @today
 * takes its day from every day of the pair (migration 010), one search of that table's key.
 */
const pairDates = (where: string) => `SELECT p.account_id, p.team_id, p.person_id,
         CASE WHEN p.latest <= @today THEN p.latest WHEN p.previous IS NULL THEN NULL WHEN p.previous <= @today THEN p.previous ELSE (
           SELECT max(d.day) FROM contact_days d WHERE d.team_id = p.team_id AND d.person_id = p.person_id AND d.day <= @today) END AS date
    FROM contact_pairs p ${where}`;

const CONTACT_LISTS = `${joinedColumn('person_id', 'contact_people WHERE contact_id = c.id', 'position')} AS people,
              ${joinedColumn('team_id', 'contact_team WHERE contact_id = c.id', 'position')} AS team`;
const ACTION_PEOPLE = `${joinedColumn('person_id', 'action_people WHERE action_id = x.id', 'position')} AS people`;

/** The SQL of each statement, over every account (`whole`) or one (`@account`). */
function digestSql(whole: boolean): Record<DigestQuery, string> {
  return {
    loggedByPair: `SELECT account_id AS account, team_id AS team, count(*) AS n, group_concat(date || person_id, char(31)) AS joined
        FROM (${pairDates(whole ? '' : 'WHERE p.account_id = @account')})
       WHERE date GLOB '${DAY_GLOB}'
       GROUP BY account_id, team_id`,
    // Over every account, through the accounts: the index of each account's contacts by date is searched
    // from today on, instead of every contact read.
    plannedContacts: whole
      ? `SELECT c.*, ${CONTACT_LISTS} FROM accounts a JOIN contacts c ON c.account_id = a.id AND c.date > @today ORDER BY c.date, c.rowid`
      : `SELECT c.*, ${CONTACT_LISTS} FROM contacts c WHERE c.account_id = @account AND c.date > @today ORDER BY c.date, c.rowid`,
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
      loggedByPair: db.prepare<[Params], { account: string; team: string; n: number; joined: string }>(sql.loggedByPair),
      plannedContacts: db.prepare<[Params], ContactRow & { people: string | null; team: string | null }>(sql.plannedContacts),
      openActionsDue: db.prepare<[Params], ActionRow & { people: string | null }>(sql.openActionsDue),
      contactsByMember: db.prepare<[Params], { account: string; team: string; n: number }>(sql.contactsByMember),
    };
  };
  const whole = statementsOf(true);
  const one = statementsOf(false);
  const exact = {
    pairsOf: db.prepare<[Params & { team: string }], { person: string; date: string }>(
      `SELECT person_id AS person, date FROM (${pairDates('WHERE p.account_id = @account AND p.team_id = @team')}) WHERE date GLOB '${DAY_GLOB}'`,
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
    // team is removed), so a person's latest contact is the latest of their pairs'.
    for (const row of s.loggedByPair.iterate(params)) {
      const { logged } = digestOf(row.account);
      const dates = new Map<string, string>();
      const pieces = row.joined.split(SEPARATOR);
      if (pieces.length === row.n) {
        for (const piece of pieces) dates.set(piece.slice(DAY_LENGTH), piece.slice(0, DAY_LENGTH));
      } else {
        for (const pair of exact.pairsOf.iterate({ ...params, account: row.account, team: row.team })) dates.set(pair.person, pair.date);
      }
      logged.byPair.set(row.team, dates);
      for (const [person, date] of dates) {
        const known = logged.byPerson.get(person);
        if (known === undefined || date > known) logged.byPerson.set(person, date);
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
  return { today, until, logged: { byPerson: new Map(), byPair: new Map() }, planned: [], actions: [], contactsByMember: new Map() };
}

export type DigestReader = ReturnType<typeof createDigestReader>;
