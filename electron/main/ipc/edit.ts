import { ok, type Op } from '../../../shared/model';
import { isModelOp } from '../../../shared/edit/applyOps';
import type { Store } from '../../../node/db/store';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';

/**
 * Ops in one edit from which it goes to the store's writer thread: undoing or redoing a contact import
 * of thousands of people would otherwise hold the main process (and the window) up for a second.
 */
export const LARGE_EDIT_OPS = 2_000;

export function editHandlers(store: Store, _ports: DesktopPorts): SectionHandlers<'edit'> {
  /** Edits land in the order they were sent, a small one after a large one still being written. */
  let previous: Promise<unknown> = Promise.resolve();
  return {
    'edit.apply': async ({ ops }) => {
      // A large edit is an import's or its undo: records only (plan ops, when there are any, are few).
      const large = ops.length >= LARGE_EDIT_OPS && ops.every(isModelOp);
      const applied = previous.then(() => (large ? store.applyLargeEdit(ops as Op[]) : store.applyOps(ops)));
      previous = applied.catch(() => undefined);
      return ok(await applied);
    },
  };
}
