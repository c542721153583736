import type { AccountData, TeamFunction } from '../../../../shared/model';
import type { Edit, LinkPatch, PersonPatch, TeamMemberPatch } from '../../../../shared/edit';
import {
  addCompetitor,
  addTeamMember,
  deleteElements,
  newTeamMember,
  renameCompetitor,
  updateLink,
  updatePerson,
  updateTeamMember,
} from '../../../../shared/edit';
import { i18next } from '../../i18n';
import { editorStore, toastsStore } from '../../app/services';
import { TID } from '../../app/testids';
import { analysisStore } from '../findings/analysisService';
import { applyToRecord } from '../account/justAdded';

/*
 * The panel's edits. Each reads the store's data when it runs, not what a component saw when it
 * rendered: a field committing on blur after the selection moved must still patch the right record
 * against its current values. One call is one edit, so one undo step.
 */

/** Builds an edit against the data as it is now and applies it; `keepSelection` leaves the selection alone. */
function applyToCurrent(build: (data: AccountData) => Edit, keepSelection = false) {
  const editor = editorStore.getState();
  if (!editor.data) return;
  void editor.apply(build(editor.data), keepSelection ? editor.selection : undefined);
}

/** Filling in someone just added joins the add as one undo step (see justAdded.ts). */
function patchRecord(id: string, build: (data: AccountData) => Edit) {
  const data = editorStore.getState().data;
  if (data) applyToRecord(id, build(data));
}

/** Changing a person's title, layer or attitude also marks them verified today (the analysis clock). */
export function patchPerson(personId: string, patch: PersonPatch) {
  const today = analysisStore.getState().today;
  patchRecord(personId, (data) => updatePerson(data, personId, patch, today ?? undefined));
}

export function patchTeamMember(memberId: string, patch: TeamMemberPatch) {
  patchRecord(memberId, (data) => updateTeamMember(data, memberId, patch));
}

export function patchLink(linkId: string, patch: LinkPatch) {
  applyToCurrent((data) => updateLink(data, linkId, patch));
}

export function renameCompetitorTo(competitorId: string, name: string) {
  applyToCurrent((data) => renameCompetitor(data, competitorId, name));
}

/** Adds one of our team; the selection stays where it is so the list can keep growing. */
export function addTeam(name: string, fn: TeamFunction) {
  applyToCurrent((data) => addTeamMember(data, newTeamMember(data.account.id, { name, function: fn })), true);
}

export function addCompetitorNamed(name: string) {
  applyToCurrent((data) => addCompetitor(data, name).edit, true);
}

export function select(ids: readonly string[]) {
  editorStore.getState().select(ids);
}

/**
 * Deletes elements (and, through deleteElements, whatever hangs on them) as one edit, then offers Undo.
 * The toast's Undo only takes back this very edit: if something else was done since, it does nothing
 * rather than undo the wrong thing.
 */
export async function deleteWithUndo(ids: readonly string[], message: string) {
  const data = editorStore.getState().data;
  if (!data) return;
  const edit: Edit = deleteElements(data, ids);
  const applied = await editorStore.getState().apply(edit, []);
  if (applied) showUndoToast(edit, message);
}

/** A toast saying what was done, whose Undo takes back exactly that edit (nothing, if another came since). */
export function showUndoToast(edit: Edit, message: string) {
  toastsStore.getState().show({
    tone: 'info',
    message,
    action: {
      label: i18next.t('common.undo'),
      testId: TID.toastUndo,
      run() {
        if (editorStore.getState().undoStack.at(-1) === edit) void editorStore.getState().undo();
      },
    },
  });
}

/** What the toast says after deleting these ids: the name of one element, "the link", or a count. */
function deletedMessage(data: AccountData, ids: readonly string[]): string {
  if (ids.length === 1) {
    const id = ids[0];
    if (data.links.some((link) => link.id === id)) return i18next.t('panel.deletedLink');
    const named = [...data.people, ...data.team, ...data.competitors].find((item) => item.id === id);
    if (named) return i18next.t('panel.deleted', { name: named.name });
  }
  return i18next.t('panel.deletedSelection', { count: ids.length });
}

/** The Delete key: the same delete, and the same Undo toast, as the panel's buttons. */
export function deleteSelectionWithUndo() {
  const { data, selection } = editorStore.getState();
  if (!data || selection.length === 0) return;
  void deleteWithUndo(selection, deletedMessage(data, selection));
}
