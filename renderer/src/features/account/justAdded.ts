import type { Edit } from '../../../../shared/edit';
import type { UndoStep } from '../../stores/editor';
import { editorStore } from '../../app/services';

/**
 * The person (or team member) just added, so adding and naming them is quick: their inspector puts
 * the cursor in the name field with the default name selected, and the fields filled in right after
 * join the add as one undo step. It lasts until their inspector closes (the selection moves on).
 */
interface JustAdded {
  id: string;
  /** the undo step that added them (and, once joined, what was filled in since) */
  step: UndoStep;
  nameFocused: boolean;
}

let current: JustAdded | null = null;

/** Applies an edit that adds `id`, selected, and remembers it as just added. */
export function applyAdding(id: string, edit: Edit): void {
  current = { id, step: edit, nameFocused: false };
  void editorStore.getState().apply(edit, [id]);
}

/** Whether the inspector opening for `id` should take the cursor to the name field (only the first time). */
export function wantsNameFocus(id: string): boolean {
  return current?.id === id && !current.nameFocused;
}

export function nameFocused(id: string): void {
  if (current?.id === id) current.nameFocused = true;
}

/** The selection moved on from `id`: what is edited from now on is its own undo step. */
export function forgetJustAdded(id: string): void {
  if (current?.id === id) current = null;
}

/** Applies an edit of `id`, joined to the add when `id` was just added and nothing else was done since. */
export function applyToRecord(id: string, edit: Edit): void {
  const editor = editorStore.getState();
  const fresh = current?.id === id ? current : null;
  void editor.applyJoined(edit, (last) => fresh !== null && last === fresh.step);
  if (fresh) fresh.step = editorStore.getState().undoStack.at(-1) ?? fresh.step;
}

/** The account just created, whose header takes the cursor to its name once it opens. */
let createdAccountId: string | null = null;

export function markAccountCreated(id: string): void {
  createdAccountId = id;
}

export function wantsAccountNameFocus(id: string): boolean {
  return createdAccountId === id;
}

export function accountNameFocused(id: string): void {
  if (createdAccountId === id) createdAccountId = null;
}
