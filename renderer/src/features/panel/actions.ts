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

/** Changing a person's title, layer or attitude also marks them verified today (the analysis clock). */
export function patchPerson(personId: string, patch: PersonPatch) {
  const today = analysisStore.getState().today;
  applyToCurrent((data) => updatePerson(data, personId, patch, today));
}

export function patchTeamMember(memberId: string, patch: TeamMemberPatch) {
  applyToCurrent((data) => updateTeamMember(data, memberId, patch));
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
  if (!applied) return;
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
