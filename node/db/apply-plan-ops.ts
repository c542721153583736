import { ERASED, type Fields } from '../../shared/history/changes';
import { planActionSchema } from '../../shared/plan/schemas';
import type { PlanOp } from '../../shared/plan/ops';
import type { LoggedContact, PlanAction } from '../../shared/plan/types';
import { recordRowWrite, type ChangeLog } from './change-log';
import { missingInAccount } from './link-ends';
import type { Repos } from './repos';
import { StoreError } from './store';

/**
 * The contact log's and the actions' part of the one op mechanism (apply-ops.ts calls it for each plan
 * op, in the edit's transaction): each write checks what it names against the account and is recorded
 * in the change log, so undo and the history see it like any other edit.
 */
export interface PlanCtx {
  repos: Repos;
  log: ChangeLog;
  touched: Set<string>;
}

function record(ctx: PlanCtx, entity: 'contact' | 'action', accountId: string, id: string, before: object | undefined, after: object | null): void {
  if (after !== null) {
    if (recordRowWrite(ctx.log, accountId, entity, id, before, after)) ctx.touched.add(accountId);
  } else if (before !== undefined) {
    ctx.log.record(accountId, entity, id, 'delete', before as Fields, null);
    ctx.touched.add(accountId);
  }
}

function invalid(label: string, message: string): never {
  throw new StoreError('invalid-payload', `${label}: ${message}`);
}

function checkAccount(repos: Repos, accountId: string, label: string): void {
  if (repos.accounts.accountIdOf(accountId) === undefined) throw new StoreError('not-found', `${label}: accountId: no account with id ${accountId}`);
}

function checkPeople(repos: Repos, accountId: string, personIds: readonly string[], label: string, field = 'personIds'): void {
  for (const id of personIds) if (repos.people.accountIdOf(id) !== accountId) invalid(label, `${field}: ${missingInAccount('person', id)}`);
}

function checkTeam(repos: Repos, accountId: string, teamIds: readonly string[], label: string, field = 'teamIds'): void {
  for (const id of teamIds) if (repos.team.accountIdOf(id) !== accountId) invalid(label, `${field}: ${missingInAccount('team', id)}`);
}

function sameAccount(before: { accountId: string } | undefined, accountId: string, label: string): void {
  if (before !== undefined && before.accountId !== accountId) throw new StoreError('conflict', `${label}: id: already used in another account (${before.accountId})`);
}

function checkAction(repos: Repos, action: PlanAction, label: string): void {
  const parsed = planActionSchema.safeParse(action);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    invalid(label, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid action'}`);
  }
  checkTeam(repos, action.accountId, [action.ownerId], label, 'ownerId');
  checkPeople(repos, action.accountId, action.personIds, label);
  if (action.origin.kind === 'finding') checkPeople(repos, action.accountId, action.origin.personIds, label, 'origin.personIds');
}

export function applyPlanOp(ctx: PlanCtx, op: PlanOp, label: string): void {
  const { repos } = ctx;
  const plan = repos.plan;
  switch (op.op) {
    case 'logContact': {
      const contact = op.value;
      checkAccount(repos, contact.accountId, label);
      const before = plan.getContact(contact.id);
      sameAccount(before, contact.accountId, label);
      checkPeople(repos, contact.accountId, contact.personIds, label);
      checkTeam(repos, contact.accountId, contact.teamIds, label);
      plan.putContact(contact);
      return record(ctx, 'contact', contact.accountId, contact.id, before, contact);
    }
    case 'deleteContact': {
      const before = plan.getContact(op.id);
      if (before === undefined) return;
      plan.deleteContact(op.id);
      return record(ctx, 'contact', before.accountId, op.id, before, null);
    }
    case 'addAction': {
      const action = op.value;
      checkAccount(repos, action.accountId, label);
      const before = plan.getAction(action.id);
      sameAccount(before, action.accountId, label);
      checkAction(repos, action, label);
      plan.putAction(action);
      return record(ctx, 'action', action.accountId, action.id, before, action);
    }
    case 'updateAction': {
      const before = plan.getAction(op.id);
      if (before === undefined) throw new StoreError('not-found', `${label}: no action with this id`);
      const merged: PlanAction = { ...before };
      for (const [key, value] of Object.entries(op.patch)) if (value !== undefined) Object.assign(merged, { [key]: value });
      checkAction(repos, merged, label);
      plan.putAction(merged);
      return record(ctx, 'action', before.accountId, op.id, before, merged);
    }
    case 'deleteAction': {
      const before = plan.getAction(op.id);
      if (before === undefined) return;
      plan.deleteAction(op.id);
      return record(ctx, 'action', before.accountId, op.id, before, null);
    }
  }
}

/** What removing people or a team member did to the log and the actions: the ids of the records it touched. */
export interface Detached {
  contacts: string[];
  actions: string[];
}

/** Every occurrence of the names in a free text replaced by ERASED (an erased person's name leaves the file). */
function withoutNames(text: string, names: readonly string[]): string {
  let result = text;
  for (const name of names) if (name.trim() !== '') result = result.split(name).join(ERASED);
  return result;
}

/**
 * Takes people out of every logged contact and action that names them, before they are deleted or erased.
 * A contact or an action left with no customer person is removed (it was about them alone); the others
 * keep the people still named. Each change is recorded, so the history and undo see it. For an erasure,
 * `erasedNames` are the people's names: a kept note or action's words that speak of them lose the name
 * ("Ask Sun Liqun to set up a meeting with President Wang Jianguo" keeps Sun Liqun and the meeting).
 */
export function detachPeople(ctx: PlanCtx, personIds: readonly string[], erasedNames: readonly string[] = []): Detached {
  const { plan } = ctx.repos;
  const gone = new Set(personIds);
  const contactIds = new Set(personIds.flatMap((id) => plan.contactsNaming(id)));
  const actionIds = new Set(personIds.flatMap((id) => plan.actionsNaming(id)));
  for (const id of contactIds) {
    const before = plan.getContact(id)!;
    const personIdsLeft = before.personIds.filter((p) => !gone.has(p));
    if (personIdsLeft.length === 0) {
      plan.deleteContact(id);
      record(ctx, 'contact', before.accountId, id, before, null);
    } else {
      const after: LoggedContact = { ...before, personIds: personIdsLeft, note: withoutNames(before.note, erasedNames) };
      plan.putContact(after);
      record(ctx, 'contact', before.accountId, id, before, after);
    }
  }
  for (const id of actionIds) {
    const before = plan.getAction(id)!;
    const personIdsLeft = before.personIds.filter((p) => !gone.has(p));
    const origin = before.origin.kind === 'finding' ? { ...before.origin, personIds: before.origin.personIds.filter((p) => !gone.has(p)) } : before.origin;
    const namedBefore = before.personIds.length + (before.origin.kind === 'finding' ? before.origin.personIds.length : 0);
    const namedAfter = personIdsLeft.length + (origin.kind === 'finding' ? origin.personIds.length : 0);
    if (namedBefore > 0 && namedAfter === 0) {
      plan.deleteAction(id);
      record(ctx, 'action', before.accountId, id, before, null);
    } else {
      const after: PlanAction = { ...before, personIds: personIdsLeft, origin, text: withoutNames(before.text, erasedNames) };
      plan.putAction(after);
      record(ctx, 'action', before.accountId, id, before, after);
    }
  }
  return { contacts: [...contactIds], actions: [...actionIds] };
}

/**
 * Takes a team member out of the contacts they took part in (a contact left with nobody of our team is
 * removed) and removes the actions they own, before the member is deleted.
 */
export function detachTeamMember(ctx: PlanCtx, teamId: string): void {
  const { plan } = ctx.repos;
  for (const id of plan.contactsWithMember(teamId)) {
    const before = plan.getContact(id)!;
    const teamIds = before.teamIds.filter((t) => t !== teamId);
    if (teamIds.length === 0) {
      plan.deleteContact(id);
      record(ctx, 'contact', before.accountId, id, before, null);
    } else {
      const after = { ...before, teamIds };
      plan.putContact(after);
      record(ctx, 'contact', before.accountId, id, before, after);
    }
  }
  for (const id of plan.actionsOwnedBy(teamId)) {
    const before = plan.getAction(id)!;
    plan.deleteAction(id);
    record(ctx, 'action', before.accountId, id, before, null);
  }
}
