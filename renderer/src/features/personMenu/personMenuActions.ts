import { dispatchCommand } from '../../app/dispatch';
import { clockStore, editorStore } from '../../app/services';
import { findingsViewStore } from '../findings/findingsView';
import { patchPerson } from '../panel/actions';
import { actionDraftStore } from '../plan/actionDraft';
import { logDialogStore } from '../plan/logDialog';
import { editsLocked } from '../workshop/workshopStore';
import { personMenuStore } from './personMenuStore';

/** The person menu's items, in the order shown; a separator goes before the first of the usual edit items. */
export const PERSON_MENU_ITEMS = ['logContact', 'newAction', 'verifyToday', 'duplicate', 'delete'] as const;
export type PersonMenuItem = (typeof PERSON_MENU_ITEMS)[number];
export const FIRST_EDIT_ITEM: PersonMenuItem = 'duplicate';

/** Which items can be used for this person now: none in a workshop that takes no edits; "verified today" once a day. */
export function enabledItems(personId: string): Set<PersonMenuItem> {
  const person = editorStore.getState().data?.people.find((p) => p.id === personId);
  if (!person || editsLocked()) return new Set();
  const today = clockStore.getState().today;
  return new Set(PERSON_MENU_ITEMS.filter((item) => item !== 'verifyToday' || (today !== null && person.verifiedOn !== today)));
}

/**
 * Runs an item for the person: the same code the panel, the keys and the menu bar run (the Log contact
 * dialog, the Plan tab's form, "Verified today", the duplicate and delete commands with their undo toast).
 */
export function runPersonMenuItem(item: PersonMenuItem, personId: string): void {
  personMenuStore.getState().close();
  if (!enabledItems(personId).has(item)) return;
  switch (item) {
    case 'logContact':
      logDialogStore.getState().show([personId]);
      return;
    case 'newAction':
      editorStore.getState().select([personId]);
      actionDraftStore.getState().request(personId);
      findingsViewStore.getState().setTab('plan');
      return;
    case 'verifyToday': {
      const today = clockStore.getState().today;
      if (today !== null) patchPerson(personId, { verifiedOn: today });
      return;
    }
    case 'duplicate':
    case 'delete':
      // The menu bar's commands act on the selection: the person the menu is for.
      editorStore.getState().select([personId]);
      dispatchCommand(item);
      return;
  }
}

/** Opens the menu for a person: they become the selection, as a right-click does in any editor. */
export function openPersonMenu(personId: string, x: number, y: number): void {
  if (!editorStore.getState().data?.people.some((p) => p.id === personId)) return;
  editorStore.getState().select([personId]);
  personMenuStore.getState().show(personId, x, y);
}

/** Shift+F10 or the context-menu key on the map: the menu of the one person selected, beside them. */
export function personMenuKey(event: KeyboardEvent, anchorOf: (id: string) => { x: number; y: number } | null): boolean {
  const asked = event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
  if (!asked || event.ctrlKey || event.metaKey || event.altKey) return false;
  const { data, selection } = editorStore.getState();
  const people = selection.filter((id) => data?.people.some((p) => p.id === id));
  if (people.length !== 1 || selection.length !== 1) return false;
  const at = anchorOf(people[0]!);
  if (at === null) return false;
  personMenuStore.getState().show(people[0]!, at.x, at.y);
  return true;
}
