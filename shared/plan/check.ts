import type { ZodType } from 'zod';
import { describeIssues } from '../model';
import type { AccountData } from '../model';
import { loggedContactSchema, planActionSchema } from './schemas';
import type { AccountPlan } from './types';

/**
 * Checks an account's contact log and actions against the account: each record valid on its own, and
 * every person, team member and owner it names present in the account. Returns one issue per problem,
 * naming the record, so a file whose log names a person who is not in it is refused with the record named.
 */
export type PlanIssueCode =
  | 'invalid-record'
  | 'duplicate-id'
  | 'other-account'
  | 'unknown-person'
  | 'unknown-team-member'
  | 'unknown-owner'
  | 'due-before-account';

export interface PlanIssue {
  code: PlanIssueCode;
  record: 'contact' | 'action';
  recordId: string;
  /** Position in its list, from 0. */
  index: number;
  /** The id the record names that is missing, or the date at fault. */
  value?: string;
  /** invalid-record: one line per field problem. */
  details?: string[];
}

export function checkPlan(data: AccountData, plan: AccountPlan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const people = new Set(data.people.map((p) => p.id));
  const team = new Set(data.team.map((t) => t.id));
  const accountId = data.account.id;
  const accountDay = data.account.createdAt.slice(0, 10);
  const seen = new Set<string>();

  /** The record checked on its own, then for a repeated id and its account; null when it is not valid. */
  const valid = (record: 'contact' | 'action', index: number, item: { id: string; accountId: string }, schema: ZodType) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      issues.push({ code: 'invalid-record', record, recordId: String(item.id ?? ''), index, details: describeIssues(parsed.error) });
      return null;
    }
    const at = { record, recordId: item.id, index };
    if (seen.has(`${record}:${item.id}`)) issues.push({ ...at, code: 'duplicate-id' });
    seen.add(`${record}:${item.id}`);
    if (item.accountId !== accountId) issues.push({ ...at, code: 'other-account', value: item.accountId });
    return at;
  };

  plan.contacts.forEach((contact, index) => {
    const at = valid('contact', index, contact, loggedContactSchema);
    if (at === null) return;
    for (const id of contact.personIds) if (!people.has(id)) issues.push({ ...at, code: 'unknown-person', value: id });
    for (const id of contact.teamIds) if (!team.has(id)) issues.push({ ...at, code: 'unknown-team-member', value: id });
  });

  plan.actions.forEach((action, index) => {
    const at = valid('action', index, action, planActionSchema);
    if (at === null) return;
    if (!team.has(action.ownerId)) issues.push({ ...at, code: 'unknown-owner', value: action.ownerId });
    const named = new Set([...action.personIds, ...(action.origin.kind === 'finding' ? action.origin.personIds : [])]);
    for (const id of named) if (!people.has(id)) issues.push({ ...at, code: 'unknown-person', value: id });
    if (/^\d{4}-\d{2}-\d{2}$/.test(accountDay) && action.due < accountDay) issues.push({ ...at, code: 'due-before-account', value: action.due });
  });
  return issues;
}
