import { randomUUID } from 'node:crypto';
import type { Fields } from '../../shared/history/changes';
import type { AccountData } from '../../shared/model';
import { checkPlan } from '../../shared/plan/check';
import { planIssueText } from '../../shared/plan/messages';
import type { AccountPlan } from '../../shared/plan/types';
import { planWithoutPeople } from '../../shared/plan/without';
import type { ChangeLog } from './change-log';
import type { Repos } from './repos';
import { StoreError } from './store';

/** The contact log and actions of an imported account: checked, renamed with a copy, written, recorded. */

const MAX_PROBLEMS_SHOWN = 5;

/** Refuses a plan naming people, team members or owners the account does not hold, with the records named. */
export function checkImportedPlan(data: AccountData, plan: AccountPlan): void {
  const issues = checkPlan(data, plan);
  if (issues.length === 0) return;
  const more = issues.length > MAX_PROBLEMS_SHOWN ? ` (and ${issues.length - MAX_PROBLEMS_SHOWN} more)` : '';
  throw new StoreError('invalid-payload', `${issues.slice(0, MAX_PROBLEMS_SHOWN).map((issue) => planIssueText(issue, 'en')).join('; ')}${more}`);
}

/**
 * The plan as it goes in with `imported` (the file's account, or a copy of it with new ids: the records
 * are matched by position), without the people left out of the import (erased here before).
 */
export function planWithNewIds(plan: AccountPlan, file: AccountData, imported: AccountData, erased: ReadonlySet<string>): AccountPlan {
  const kept = planWithoutPeople(plan, erased);
  if (imported === file) return kept;
  const ids = new Map<string, string>([[file.account.id, imported.account.id]]);
  file.people.forEach((person, i) => ids.set(person.id, imported.people[i]!.id));
  file.team.forEach((member, i) => ids.set(member.id, imported.team[i]!.id));
  const id = (old: string) => ids.get(old) ?? old;
  const accountId = imported.account.id;
  return {
    contacts: kept.contacts.map((c) => ({ ...c, id: randomUUID(), accountId, personIds: c.personIds.map(id), teamIds: c.teamIds.map(id) })),
    actions: kept.actions.map((a) => ({
      ...a,
      id: randomUUID(),
      accountId,
      ownerId: id(a.ownerId),
      personIds: a.personIds.map(id),
      origin: a.origin.kind === 'finding' ? { ...a.origin, personIds: a.origin.personIds.map(id) } : a.origin,
    })),
  };
}

export function insertPlan(repos: Repos, plan: AccountPlan): void {
  for (const contact of plan.contacts) repos.plan.insertContact(contact);
  for (const action of plan.actions) repos.plan.insertAction(action);
}

/** Records every contact and action of an account, as created (an import) or as deleted (with the account). */
export function recordPlan(log: ChangeLog, plan: AccountPlan, kind: 'create' | 'delete'): void {
  const one = (entity: 'contact' | 'action', value: { id: string; accountId: string }) =>
    log.record(value.accountId, entity, value.id, kind, kind === 'delete' ? (value as unknown as Fields) : null, kind === 'create' ? (value as unknown as Fields) : null);
  for (const contact of plan.contacts) one('contact', contact);
  for (const action of plan.actions) one('action', action);
}
