import type { PlanDigest } from '../../../shared/plan/digest';
import { isDayShaped } from '../../../shared/plan/lastContact';
import type { Db } from '../connection';
import { SEPARATOR, joinedColumn, splitJoined } from './joined-ids';
import { RECORD_LISTS, actionOf, contactOf, idsOf, type ActionRow, type ContactRow, type Member } from './plan-rows';

/**
 * The agenda's digest of the plans (shared/plan/digest.ts) read from SQLite: of every account at once (a
 * few queries over the whole database, none per account), or of one account (after an edit of it). Each
 * pair's two latest days are kept by triggers (migration 009); which of them is the latest made by today
 * and which the next planned is worked out here, and only a pair with both days planned after today is
 * looked up, in every day of the pair (migration 010). The pairs come as one text per team member (each
 * piece the two days then a person id), and a contact's or action's people as one text per record
 * (joined-ids.ts): 50,000 rows cost more to hand over one by one than to split. Days not shaped like a day
 * are never contacts made (isMade); the triggers keep only days, whose fixed length lets a piece be cut.
 */

/** What a calendar date looks like (isMade's shape test, in SQL). */
export const DAY_GLOB = '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]';

/** A day's text is this long (DAY_GLOB). */
const DAY_LENGTH = 10;

/** The digest's statements, by name, for the benchmark's query plans. */
export const DIGEST_QUERIES = ['byPair', 'twicePlanned', 'plannedContacts', 'openActionsDue', 'contactsByMember'] as const;
type DigestQuery = (typeof DIGEST_QUERIES)[number];

/** Stands for a pair's missing day before its latest in a joined piece (never a day: isMade's shape). */
const NO_DAY = ' '.repeat(DAY_LENGTH);

/**
 * Each (team member, person) pair's latest contact made by @today (`date`) and earliest planned after it
 * (`next`), of the pairs `where` keeps, each a search of contact_days' key (migration 010).
 */
const pairDates = (where: string) => `SELECT p.account_id, p.team_id, p.person_id,
         (SELECT max(d.day) FROM contact_days d WHERE d.team_id = p.team_id AND d.person_id = p.person_id AND d.day <= @today) AS date,
         (SELECT min(d.day) FROM contact_days d WHERE d.team_id = p.team_id AND d.person_id = p.person_id AND d.day > @today) AS next
    FROM contact_pairs p ${where}`;

// Kept beside each contact by triggers (migration 012), joined as joinedColumn joins them.
const CONTACT_LISTS = 'c.people_list AS people, c.team_list AS team';
const ACTION_PEOPLE = `${joinedColumn('person_id', 'action_people WHERE action_id = x.id', 'position')} AS people`;

/** The SQL of each statement, over every account (`whole`) or one (`@account`). */
function digestSql(whole: boolean): Record<DigestQuery, string> {
  return {
    // Per team member, each pair's latest day, the one before (or NO_DAY) and the person, joined, with the
    // count of pairs: in the order of the table's key, so grouped without a sort.
    byPair: `SELECT account_id AS account, team_id AS team, count(latest) AS n,
             group_concat(latest || ifnull(previous, '${NO_DAY}') || person_id, char(31)) AS pairs
        FROM contact_pairs ${whole ? '' : 'WHERE account_id = @account'}
       GROUP BY account_id, team_id`,
    // The few pairs whose two latest days are both after today: their days from every day of the pair.
    twicePlanned: `${pairDates(whole ? 'WHERE p.previous > @today' : 'WHERE p.account_id = @account AND p.previous > @today')}`,
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
      twicePlanned: db.prepare<[Params], { account_id: string; team_id: string; person_id: string; date: string | null; next: string | null }>(sql.twicePlanned),
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
    const days = createDays();
    /** One pair's latest day made and next day planned, as SQL worked them out. */
    const keepPair = (digest: PlanDigest, team: string, person: string, date: string | null, next: string | null) => {
      const made = date === null ? null : days(date);
      const planned = next === null ? null : days(next);
      if (made !== null) mapOf(digest.logged.byPair, team).set(person, made);
      if (planned !== null) mapOf(digest.plannedByPair, team).set(person, planned);
    };
    for (const row of s.byPair.iterate(params)) {
      const digest = digestOf(row.account);
      const pairs = pairDays(row.pairs, row.n, today, days);
      if (pairs === undefined) {
        // An id held the separator, or a day was not one: this member's pairs are read one by one.
        for (const pair of exact.pairsOf.iterate({ ...params, account: row.account, team: row.team })) keepPair(digest, row.team, pair.person, pair.date, pair.next);
        continue;
      }
      if (pairs.made.size > 0) digest.logged.byPair.set(row.team, pairs.made);
      if (pairs.planned.size > 0) digest.plannedByPair.set(row.team, pairs.planned);
    }
    for (const row of s.twicePlanned.iterate(params)) keepPair(digestOf(row.account_id), row.team_id, row.person_id, row.date, row.next);
    for (const digest of digests.values()) {
      for (const made of digest.logged.byPair.values()) {
        for (const [person, date] of made) {
          const known = digest.logged.byPerson.get(person);
          if (known === undefined || date > known) digest.logged.byPerson.set(person, date);
        }
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
  /** How many pairs the member has, and their pieces joined (each the latest day, the one before, a person id). */
  n: number;
  pairs: string | null;
}

/** One copy of each day (null for a text not shaped like one: isMade's test), each text tested once. */
function createDays(): (text: string) => string | null {
  const known = new Map<string, string | null>();
  return (text) => {
    let day = known.get(text);
    if (day === undefined) {
      day = isDayShaped(text) ? text : null;
      known.set(text, day);
    }
    return day;
  };
}

function mapOf(byTeam: Map<string, Map<string, string>>, team: string): Map<string, string> {
  let map = byTeam.get(team);
  if (map === undefined) byTeam.set(team, (map = new Map()));
  return map;
}

/**
 * A member's pairs from one joined list: by person, the latest day made by `today` and the next planned
 * after it; undefined when the pieces do not match the count or a day is not one (read exactly instead).
 * A pair with both days after today is left to the twicePlanned query. Each piece is read where it lies
 * in the list, without the 50,000 pieces split out first.
 */
function pairDays(
  joined: string | null,
  count: number,
  today: string,
  days: (text: string) => string | null,
): { made: Map<string, string>; planned: Map<string, string> } | undefined {
  const made = new Map<string, string>();
  const planned = new Map<string, string>();
  if (joined === null) return count === 0 ? { made, planned } : undefined;
  let pieces = 0;
  for (let at = 0; at <= joined.length; pieces += 1) {
    let end = joined.indexOf(SEPARATOR, at);
    if (end < 0) end = joined.length;
    // Both days are checked, so that a piece whose days are not what the triggers write is never cut wrong.
    const latest = days(joined.slice(at, at + DAY_LENGTH));
    const before = joined.slice(at + DAY_LENGTH, at + 2 * DAY_LENGTH);
    const previous = before === NO_DAY ? null : days(before);
    if (latest === null || (previous === null && before !== NO_DAY)) return undefined;
    const person = joined.slice(at + 2 * DAY_LENGTH, end);
    if (latest <= today) {
      made.set(person, latest);
    } else if (previous === null) {
      planned.set(person, latest);
    } else if (previous <= today) {
      made.set(person, previous);
      planned.set(person, latest);
    }
    at = end + 1;
  }
  return pieces === count ? { made, planned } : undefined;
}

export type DigestReader = ReturnType<typeof createDigestReader>;
