import type { Op } from '../model';
import type { PlanOp } from '../plan/ops';

/**
 * An op of one user edit: a change to the account's records, or to its contact log and actions (issue 13).
 * Both go through the store's one op mechanism and the editor's one undo stack.
 */
export type EditOp = Op | PlanOp;

/**
 * One user action as the ops that do it and the ops that take it back. Undo applies `inverse`,
 * redo applies `forward` again, so both must be exact: applying forward then inverse gives back the
 * data we started from (collection order aside, which carries no meaning). Builders of the account's
 * records make `Edit<Op>`; logging a contact or changing an action makes plan ops.
 */
export interface Edit<T extends EditOp = Op> {
  forward: T[];
  inverse: T[];
}

export const NO_EDIT: Edit = { forward: [], inverse: [] };

export function isEmptyEdit(edit: Edit<EditOp>): boolean {
  return edit.forward.length === 0;
}

/** The edit that undoes `edit` (and whose inverse redoes it). */
export function invertEdit<T extends EditOp = Op>(edit: Edit<T>): Edit<T> {
  return { forward: edit.inverse, inverse: edit.forward };
}

/** Several edits as one (one undo step); inverses run in reverse order. */
export function combineEdits<T extends EditOp = Op>(edits: readonly Edit<T>[]): Edit<T> {
  return {
    forward: edits.flatMap((edit) => edit.forward),
    inverse: [...edits].reverse().flatMap((edit) => edit.inverse),
  };
}
