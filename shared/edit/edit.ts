import type { Op } from '../model';

/**
 * One user action as the ops that do it and the ops that take it back. Undo applies `inverse`,
 * redo applies `forward` again, so both must be exact: applying forward then inverse gives back the
 * data we started from (collection order aside, which carries no meaning).
 */
export interface Edit {
  forward: Op[];
  inverse: Op[];
}

export const NO_EDIT: Edit = { forward: [], inverse: [] };

export function isEmptyEdit(edit: Edit): boolean {
  return edit.forward.length === 0;
}

/** The edit that undoes `edit` (and whose inverse redoes it). */
export function invertEdit(edit: Edit): Edit {
  return { forward: edit.inverse, inverse: edit.forward };
}

/** Several edits as one (one undo step); inverses run in reverse order. */
export function combineEdits(edits: readonly Edit[]): Edit {
  return {
    forward: edits.flatMap((edit) => edit.forward),
    inverse: [...edits].reverse().flatMap((edit) => edit.inverse),
  };
}
