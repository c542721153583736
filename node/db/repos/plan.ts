import type { AccountPlan, LoggedContact, PlanAction } from '../../../shared/plan/types';
import type { Db } from '../connection';
import { RECORD_LISTS, actionOf, contactOf, grouped, idsOf, type ActionRow, type ContactRow, type Member } from './plan-rows';

/**
 * The contact log and the actions (migration 008). A contact's people and team members, and an action's
 * people, live in link tables in the order given; reads put them back into the records' lists.
 */

export function createPlanRepo(db: Db) {
  const s = {
    insertContact: db.prepare('INSERT INTO contacts (id, account_id, date, channel, note, private) VALUES (?, ?, ?, ?, ?, ?)'),
    insertContactPerson: db.prepare('INSERT INTO contact_people (contact_id, position, person_id) VALUES (?, ?, ?)'),
    insertContactMember: db.prepare('INSERT INTO contact_team (contact_id, position, team_id) VALUES (?, ?, ?)'),
    deleteContact: db.prepare<[string]>('DELETE FROM contacts WHERE id = ?'),
    contact: db.prepare<[string], ContactRow>('SELECT * FROM contacts WHERE id = ?'),
    contactPeople: db.prepare<[string], Member>(RECORD_LISTS.contactPeople),
    contactTeam: db.prepare<[string], Member>(RECORD_LISTS.contactTeam),
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
    actionPeople: db.prepare<[string], Member>(RECORD_LISTS.actionPeople),
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
    /** The contacts that name a person, and those a team member took part in. */
    contactsNaming: (personId: string): string[] => s.contactsNaming.all(personId),
    contactsWithMember: (teamId: string): string[] => s.contactsWithMember.all(teamId),
    /** The actions that name a person, among their people or in the finding they came from. */
    actionsNaming: (personId: string): string[] => s.actionsNaming.all(personId, JSON.stringify(personId)),
    actionsOwnedBy: (teamId: string): string[] => s.actionsOwnedBy.all(teamId),
  };
}

export type PlanRepo = ReturnType<typeof createPlanRepo>;
