import type { ActionOrigin, Channel, LoggedContact, PlanAction } from '../../../shared/plan/types';
import type { AccountPlan } from '../../../shared/plan/types';
import type { PlanDigest } from '../../../shared/plan/digest';
import type { Db } from '../connection';
import { joinedColumn, SEPARATOR, splitJoined } from './joined-ids';

/**
 * The contact log and the actions (migration 008). A contact's people and team members, and an action's
 * people, live in link tables in the order given; reads put them back into the records' lists.
 */

interface ContactRow {
  id: string;
  account_id: string;
  date: string;
  channel: string;
  note: string;
  private: number;
}

interface ActionRow {
  id: string;
  account_id: string;
  text: string;
  owner_id: string;
  due: string;
  status: string;
  origin: string;
  created_on: string;
  done_on: string | null;
}


/** What a calendar date looks like (isMade's shape test, in SQL). */
const DAY_GLOB = '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]';

/** The SQL of the agenda's digest queries, by name, for the benchmark's query plans. */
export const DIGEST_QUERIES = ['loggedByPair', 'plannedContacts', 'openActionsDue', 'contactsByMember'] as const;

/**
 * Each (team member, person) pair's latest contact made by a day (the three parameters: that day): the
 * latest or the one before it as the triggers keep them, else the log's latest up to the day.
 */
const PAIR_DATES = `SELECT p.account_id, p.team_id, p.person_id,
         CASE WHEN p.latest <= ? THEN p.latest WHEN p.previous <= ? THEN p.previous ELSE (
           SELECT max(c.date) FROM contact_people cp
             JOIN contact_team ct ON ct.contact_id = cp.contact_id AND ct.team_id = p.team_id
             JOIN contacts c ON c.id = cp.contact_id AND c.date GLOB '${DAY_GLOB}'
            WHERE cp.person_id = p.person_id AND c.date <= ?) END AS date
    FROM contact_pairs p`;

interface Member {
  owner: string;
  id: string;
}

function grouped(rows: readonly Member[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const row of rows) {
    const list = map.get(row.owner);
    if (list === undefined) map.set(row.owner, [row.id]);
    else list.push(row.id);
  }
  return map;
}

const idsOf = (rows: readonly Member[]): string[] => rows.map((row) => row.id);

/** A day's text is this long (DAY_GLOB). */
const DAY_LENGTH = 10;

const contactOf = (row: ContactRow, personIds: string[], teamIds: string[]): LoggedContact => ({
  id: row.id,
  accountId: row.account_id,
  date: row.date,
  teamIds,
  personIds,
  channel: row.channel as Channel,
  note: row.note,
  private: row.private === 1,
});

const actionOf = (row: ActionRow, personIds: string[]): PlanAction => ({
  id: row.id,
  accountId: row.account_id,
  text: row.text,
  ownerId: row.owner_id,
  due: row.due,
  personIds,
  status: row.status as PlanAction['status'],
  origin: JSON.parse(row.origin) as ActionOrigin,
  createdOn: row.created_on,
  doneOn: row.done_on,
});

export function createPlanRepo(db: Db) {
  const s = {
    insertContact: db.prepare('INSERT INTO contacts (id, account_id, date, channel, note, private) VALUES (?, ?, ?, ?, ?, ?)'),
    insertContactPerson: db.prepare('INSERT INTO contact_people (contact_id, position, person_id) VALUES (?, ?, ?)'),
    insertContactMember: db.prepare('INSERT INTO contact_team (contact_id, position, team_id) VALUES (?, ?, ?)'),
    deleteContact: db.prepare<[string]>('DELETE FROM contacts WHERE id = ?'),
    contact: db.prepare<[string], ContactRow>('SELECT * FROM contacts WHERE id = ?'),
    contactPeople: db.prepare<[string], Member>('SELECT contact_id AS owner, person_id AS id FROM contact_people WHERE contact_id = ? ORDER BY position'),
    contactTeam: db.prepare<[string], Member>('SELECT contact_id AS owner, team_id AS id FROM contact_team WHERE contact_id = ? ORDER BY position'),
    contactsByAccount: db.prepare<[string], ContactRow>('SELECT * FROM contacts WHERE account_id = ? ORDER BY date, rowid'),
    contactPeopleByAccount: db.prepare<[string], Member>(
      'SELECT cp.contact_id AS owner, cp.person_id AS id FROM contacts c JOIN contact_people cp ON cp.contact_id = c.id WHERE c.account_id = ? ORDER BY cp.contact_id, cp.position',
    ),
    contactTeamByAccount: db.prepare<[string], Member>(
      'SELECT ct.contact_id AS owner, ct.team_id AS id FROM contacts c JOIN contact_team ct ON ct.contact_id = c.id WHERE c.account_id = ? ORDER BY ct.contact_id, ct.position',
    ),
    allContacts: db.prepare<[], ContactRow>('SELECT * FROM contacts ORDER BY date, rowid'),
    // Rowid order is position order within each contact: putContact writes a contact's rows in order, at once.
    allContactPeople: db.prepare<[], Member>('SELECT contact_id AS owner, person_id AS id FROM contact_people ORDER BY rowid'),
    allContactTeam: db.prepare<[], Member>('SELECT contact_id AS owner, team_id AS id FROM contact_team ORDER BY rowid'),
    contactsNaming: db.prepare<[string], string>('SELECT DISTINCT contact_id FROM contact_people WHERE person_id = ?').pluck(),
    contactsWithMember: db.prepare<[string], string>('SELECT DISTINCT contact_id FROM contact_team WHERE team_id = ?').pluck(),

    insertAction: db.prepare(
      'INSERT INTO actions (id, account_id, text, owner_id, due, status, origin, created_on, done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertActionPerson: db.prepare('INSERT INTO action_people (action_id, position, person_id) VALUES (?, ?, ?)'),
    deleteAction: db.prepare<[string]>('DELETE FROM actions WHERE id = ?'),
    action: db.prepare<[string], ActionRow>('SELECT * FROM actions WHERE id = ?'),
    actionPeople: db.prepare<[string], Member>('SELECT action_id AS owner, person_id AS id FROM action_people WHERE action_id = ? ORDER BY position'),
    actionsByAccount: db.prepare<[string], ActionRow>('SELECT * FROM actions WHERE account_id = ? ORDER BY due, rowid'),
    actionPeopleByAccount: db.prepare<[string], Member>(
      'SELECT ap.action_id AS owner, ap.person_id AS id FROM actions a JOIN action_people ap ON ap.action_id = a.id WHERE a.account_id = ? ORDER BY ap.action_id, ap.position',
    ),
    allActions: db.prepare<[], ActionRow>('SELECT * FROM actions ORDER BY due, rowid'),
    allActionPeople: db.prepare<[], Member>('SELECT action_id AS owner, person_id AS id FROM action_people ORDER BY rowid'),
    actionsNaming: db.prepare<[string, string], string>(
      "SELECT action_id FROM action_people WHERE person_id = ? UNION SELECT id FROM actions WHERE origin LIKE '%' || ? || '%'",
    ).pluck(),
    actionsOwnedBy: db.prepare<[string], string>('SELECT id FROM actions WHERE owner_id = ?').pluck(),

    // The agenda's digest of every account at once (see digestsForAgenda): a few queries over the whole
    // database, each in SQLite, none per account. Each pair's latest contact is kept by triggers
    // (migration 009) with the day before it; only a pair with two contacts planned after today is looked
    // up in the log. The pairs come as one text per team member (joined-ids.ts: each a day then a person
    // id), and a contact's or action's people as one text per record: 50,000 rows cost more to hand over
    // one by one than to split. Days not shaped like a day are never contacts made (isMade), and their
    // fixed length lets a piece be cut into day and id.
    loggedByPair: db.prepare<[string, string, string], { account: string; team: string; n: number; joined: string }>(
      `SELECT account_id AS account, team_id AS team, count(*) AS n, group_concat(date || person_id, char(31)) AS joined FROM (${PAIR_DATES})
        WHERE date GLOB '${DAY_GLOB}'
        GROUP BY account_id, team_id`,
    ),
    /** One team member's pairs row by row: the exact read when a person id held the separator. */
    loggedPairsOf: db.prepare<[string, string, string, string, string], { person: string; date: string }>(
      `SELECT person_id AS person, date FROM (${PAIR_DATES} WHERE p.account_id = ? AND p.team_id = ?) WHERE date GLOB '${DAY_GLOB}'`,
    ),
    plannedContacts: db.prepare<[string], ContactRow & { people: string | null; team: string | null }>(
      `SELECT c.*, ${joinedColumn('person_id', 'contact_people WHERE contact_id = c.id', 'position')} AS people,
              ${joinedColumn('team_id', 'contact_team WHERE contact_id = c.id', 'position')} AS team
         FROM accounts a JOIN contacts c ON c.account_id = a.id AND c.date > ? ORDER BY c.date, c.rowid`,
    ),
    openActionsDue: db.prepare<[string], ActionRow & { people: string | null }>(
      `SELECT x.*, ${joinedColumn('person_id', 'action_people WHERE action_id = x.id', 'position')} AS people
         FROM accounts a JOIN actions x ON x.account_id = a.id AND x.status = 'open' AND x.due <= ? ORDER BY x.due, x.rowid`,
    ),
    contactsByMember: db.prepare<[], { team: string; n: number }>('SELECT team_id AS team, count(*) AS n FROM contact_team GROUP BY team_id'),
  };

  const getContact = (id: string): LoggedContact | undefined => {
    const row = s.contact.get(id);
    if (row === undefined) return undefined;
    return contactOf(row, idsOf(s.contactPeople.all(id)), idsOf(s.contactTeam.all(id)));
  };
  const getAction = (id: string): PlanAction | undefined => {
    const row = s.action.get(id);
    return row === undefined ? undefined : actionOf(row, idsOf(s.actionPeople.all(id)));
  };
  const insertContact = (c: LoggedContact): void => {
    s.insertContact.run(c.id, c.accountId, c.date, c.channel, c.note, c.private ? 1 : 0);
    c.personIds.forEach((personId, i) => s.insertContactPerson.run(c.id, i, personId));
    c.teamIds.forEach((teamId, i) => s.insertContactMember.run(c.id, i, teamId));
  };
  const insertAction = (a: PlanAction): void => {
    s.insertAction.run(a.id, a.accountId, a.text, a.ownerId, a.due, a.status, JSON.stringify(a.origin), a.createdOn, a.doneOn);
    a.personIds.forEach((personId, i) => s.insertActionPerson.run(a.id, i, personId));
  };

  return {
    getContact,
    getAction,
    insertContact,
    insertAction,
    /** Writes the contact whole (its people and team in the order given), replacing one with its id. */
    putContact(contact: LoggedContact): void {
      s.deleteContact.run(contact.id);
      insertContact(contact);
    },
    putAction(action: PlanAction): void {
      s.deleteAction.run(action.id);
      insertAction(action);
    },
    deleteContact: (id: string): boolean => s.deleteContact.run(id).changes > 0,
    deleteAction: (id: string): boolean => s.deleteAction.run(id).changes > 0,
    /** One account's contact log and actions, each in date order. */
    planOf(accountId: string): AccountPlan {
      const people = grouped(s.contactPeopleByAccount.all(accountId));
      const team = grouped(s.contactTeamByAccount.all(accountId));
      const actionPeople = grouped(s.actionPeopleByAccount.all(accountId));
      return {
        contacts: s.contactsByAccount.all(accountId).map((row) => contactOf(row, people.get(row.id) ?? [], team.get(row.id) ?? [])),
        actions: s.actionsByAccount.all(accountId).map((row) => actionOf(row, actionPeople.get(row.id) ?? [])),
      };
    },
    /** Every account's plan, each table read once (the agenda across 200 accounts). */
    allPlans(): Map<string, AccountPlan> {
      const people = grouped(s.allContactPeople.all());
      const team = grouped(s.allContactTeam.all());
      const actionPeople = grouped(s.allActionPeople.all());
      const plans = new Map<string, { contacts: LoggedContact[]; actions: PlanAction[] }>();
      const planFor = (accountId: string) => {
        let plan = plans.get(accountId);
        if (plan === undefined) plans.set(accountId, (plan = { contacts: [], actions: [] }));
        return plan;
      };
      for (const row of s.allContacts.iterate()) planFor(row.account_id).contacts.push(contactOf(row, people.get(row.id) ?? [], team.get(row.id) ?? []));
      for (const row of s.allActions.iterate()) planFor(row.account_id).actions.push(actionOf(row, actionPeople.get(row.id) ?? []));
      return plans;
    },
    /**
     * Every account's plan digest for the agenda of `today` to `until` (shared/plan/digest.ts): the log's
     * latest contacts per pair (and so per person), the planned contacts, the open actions due and the
     * contacts per team member (team member ids are the account's own: the store gives each account its
     * members' counts), each computed once over the whole database. An account without a plan has no entry.
     */
    digestsForAgenda(today: string, until: string): { digests: Map<string, PlanDigest>; contactsByMember: Map<string, number> } {
      const digests = new Map<string, PlanDigest>();
      const digestOf = (accountId: string): PlanDigest => {
        let digest = digests.get(accountId);
        if (digest === undefined) {
          digest = { today, until, logged: { byPerson: new Map(), byPair: new Map() }, planned: [], actions: [], contactsByMember: new Map() };
          digests.set(accountId, digest);
        }
        return digest;
      };
      // Every stored contact names one or more of our team (the schema; a contact left with nobody of our
      // team is removed), so a person's latest contact is the latest of their pairs'.
      for (const row of s.loggedByPair.iterate(today, today, today)) {
        const { logged } = digestOf(row.account);
        const dates = new Map<string, string>();
        const pieces = row.joined.split(SEPARATOR);
        if (pieces.length === row.n) {
          for (const piece of pieces) dates.set(piece.slice(DAY_LENGTH), piece.slice(0, DAY_LENGTH));
        } else {
          for (const pair of s.loggedPairsOf.iterate(today, today, today, row.account, row.team)) dates.set(pair.person, pair.date);
        }
        logged.byPair.set(row.team, dates);
        for (const [person, date] of dates) {
          const known = logged.byPerson.get(person);
          if (known === undefined || date > known) logged.byPerson.set(person, date);
        }
      }
      for (const row of s.plannedContacts.iterate(today)) {
        const people = splitJoined(row.people) ?? idsOf(s.contactPeople.all(row.id));
        const team = splitJoined(row.team) ?? idsOf(s.contactTeam.all(row.id));
        digestOf(row.account_id).planned.push(contactOf(row, people, team));
      }
      for (const row of s.openActionsDue.iterate(until)) {
        const people = splitJoined(row.people) ?? idsOf(s.actionPeople.all(row.id));
        digestOf(row.account_id).actions.push(actionOf(row, people));
      }
      return { digests, contactsByMember: new Map(s.contactsByMember.all().map((row) => [row.team, row.n] as const)) };
    },
    /** The SQL of the agenda digest's statements (their query plans are printed by the benchmark). */
    digestSql: (): Record<(typeof DIGEST_QUERIES)[number], string> => Object.fromEntries(DIGEST_QUERIES.map((name) => [name, s[name].source])) as Record<(typeof DIGEST_QUERIES)[number], string>,
    /** The contacts that name a person, and those a team member took part in. */
    contactsNaming: (personId: string): string[] => s.contactsNaming.all(personId),
    contactsWithMember: (teamId: string): string[] => s.contactsWithMember.all(teamId),
    /** The actions that name a person, among their people or in the finding they came from. */
    actionsNaming: (personId: string): string[] => s.actionsNaming.all(personId, JSON.stringify(personId)),
    actionsOwnedBy: (teamId: string): string[] => s.actionsOwnedBy.all(teamId),
  };
}

export type PlanRepo = ReturnType<typeof createPlanRepo>;
