import { z } from 'zod';
import { loggedContactSchema, planActionSchema } from './schemas';
import type { AccountPlan, LoggedContact, PlanAction } from './types';

/**
 * The edits of the contact log and the actions. They go through the store's one op mechanism
 * (node/db/apply-ops.ts) with the account's other edits, so each lands in the change log in the same
 * transaction and undo is "apply the inverse". A contact is logged or deleted whole (a typo is fixed by
 * deleting and logging again); an action is added, updated field by field, or deleted.
 */
export type PlanOp =
  | { op: 'logContact'; value: LoggedContact }
  | { op: 'deleteContact'; id: string }
  | { op: 'addAction'; value: PlanAction }
  | { op: 'updateAction'; id: string; patch: ActionPatch }
  | { op: 'deleteAction'; id: string };

/** What an update may change: never the id, the account or where the action came from. */
export type ActionPatch = Partial<Pick<PlanAction, 'text' | 'ownerId' | 'due' | 'personIds' | 'status' | 'doneOn'>>;

/** The plan ops' names, for code that must tell them from the model's put/patch/delete. */
export const PLAN_OP_NAMES = ['logContact', 'deleteContact', 'addAction', 'updateAction', 'deleteAction'] as const;

export function isPlanOp(op: { op: string }): op is PlanOp {
  return (PLAN_OP_NAMES as readonly string[]).includes(op.op);
}

const id = z.string().min(1).max(64);

// The patch fields take the record schema's own validators; the whole action is checked again after merging.
const actionShape = planActionSchema.shape;
export const actionPatchSchema = z
  .strictObject({
    text: actionShape.text,
    ownerId: actionShape.ownerId,
    due: actionShape.due,
    personIds: actionShape.personIds,
    status: actionShape.status,
    doneOn: actionShape.doneOn,
  })
  .partial() satisfies z.ZodType<ActionPatch>;

export const planOpSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('logContact'), value: loggedContactSchema }),
  z.strictObject({ op: z.literal('deleteContact'), id }),
  z.strictObject({ op: z.literal('addAction'), value: planActionSchema }),
  z.strictObject({ op: z.literal('updateAction'), id, patch: actionPatchSchema }),
  z.strictObject({ op: z.literal('deleteAction'), id }),
]) satisfies z.ZodType<PlanOp>;

export const planOpsSchema = z.array(planOpSchema).min(1).max(10_000);

/**
 * The ops that undo `ops`, given the plan as it was before them (so a deleted contact comes back whole and
 * an update goes back to the fields it changed). Ops of records not in `before` undo to nothing.
 */
export function invertPlanOps(before: AccountPlan, ops: readonly PlanOp[]): PlanOp[] {
  const contacts = new Map(before.contacts.map((c) => [c.id, c] as const));
  const actions = new Map(before.actions.map((a) => [a.id, a] as const));
  const inverse: PlanOp[] = [];
  for (const op of ops) {
    switch (op.op) {
      case 'logContact': {
        const was = contacts.get(op.value.id);
        inverse.push(was === undefined ? { op: 'deleteContact', id: op.value.id } : { op: 'logContact', value: was });
        contacts.set(op.value.id, op.value);
        break;
      }
      case 'deleteContact': {
        const was = contacts.get(op.id);
        if (was !== undefined) inverse.push({ op: 'logContact', value: was });
        contacts.delete(op.id);
        break;
      }
      case 'addAction': {
        const was = actions.get(op.value.id);
        inverse.push(was === undefined ? { op: 'deleteAction', id: op.value.id } : { op: 'addAction', value: was });
        actions.set(op.value.id, op.value);
        break;
      }
      case 'updateAction': {
        const was = actions.get(op.id);
        if (was === undefined) break;
        const patch = Object.fromEntries(Object.keys(op.patch).map((key) => [key, was[key as keyof ActionPatch]])) as ActionPatch;
        inverse.push({ op: 'updateAction', id: op.id, patch });
        actions.set(op.id, { ...was, ...op.patch });
        break;
      }
      case 'deleteAction': {
        const was = actions.get(op.id);
        if (was !== undefined) inverse.push({ op: 'addAction', value: was });
        actions.delete(op.id);
        break;
      }
    }
  }
  return inverse.reverse();
}

/** The plan after `ops`, as the store would make it (for the renderer's at-once view). */
export function applyPlanOps(plan: AccountPlan, ops: readonly PlanOp[]): AccountPlan {
  let contacts = [...plan.contacts];
  let actions = [...plan.actions];
  for (const op of ops) {
    if (op.op === 'logContact') contacts = [...contacts.filter((c) => c.id !== op.value.id), op.value];
    else if (op.op === 'deleteContact') contacts = contacts.filter((c) => c.id !== op.id);
    else if (op.op === 'addAction') actions = [...actions.filter((a) => a.id !== op.value.id), op.value];
    else if (op.op === 'updateAction') actions = actions.map((a) => (a.id === op.id ? { ...a, ...op.patch } : a));
    else actions = actions.filter((a) => a.id !== op.id);
  }
  return { contacts, actions };
}
