import type { ActionOrigin, Channel, LoggedContact, PlanAction } from '../../../shared/plan/types';

/** The contact log's and the actions' rows, and the records they make (see plan.ts). */

export interface ContactRow {
  id: string;
  account_id: string;
  date: string;
  channel: string;
  note: string;
  private: number;
}

export interface ActionRow {
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

/** One record's people or team members, in their order: a contact's people, its team, an action's people. */
export const RECORD_LISTS = {
  contactPeople: 'SELECT contact_id AS owner, person_id AS id FROM contact_people WHERE contact_id = ? ORDER BY position',
  contactTeam: 'SELECT contact_id AS owner, team_id AS id FROM contact_team WHERE contact_id = ? ORDER BY position',
  actionPeople: 'SELECT action_id AS owner, person_id AS id FROM action_people WHERE action_id = ? ORDER BY position',
} as const;

export interface Member {
  owner: string;
  id: string;
}

export function grouped(rows: readonly Member[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const row of rows) {
    const list = map.get(row.owner);
    if (list === undefined) map.set(row.owner, [row.id]);
    else list.push(row.id);
  }
  return map;
}

export const idsOf = (rows: readonly Member[]): string[] => rows.map((row) => row.id);

export const contactOf = (row: ContactRow, personIds: string[], teamIds: string[]): LoggedContact => ({
  id: row.id,
  accountId: row.account_id,
  date: row.date,
  teamIds,
  personIds,
  channel: row.channel as Channel,
  note: row.note,
  private: row.private === 1,
});

export const actionOf = (row: ActionRow, personIds: string[]): PlanAction => ({
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
