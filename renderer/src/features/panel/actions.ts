import type { TeamFunction } from '../../../../shared/model';
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

/*
 * The panel's edits. Each reads the store's data when it runs, not what a component saw when it
 * rendered: a field committing on blur after the selection moved must still patch the right record
 * against its current values. One call is one edit, so one undo step.
 */

function current() {
  return editorStore.getState().data;
}

export function patchPerson(personId: string, patch: PersonPatch) {
  const data = current();
  if (data) void editorStore.getState().apply(updatePerson(data, personId, patch));
}

export function patchTeamMember(memberId: string, patch: TeamMemberPatch) {
  const data = current();
  if (data) void editorStore.getState().apply(updateTeamMember(data, memberId, patch));
}

export function patchLink(linkId: string, patch: LinkPatch) {
  const data = current();
  if (data) void editorStore.getState().apply(updateLink(data, linkId, patch));
}

export function renameCompetitorTo(competitorId: string, name: string) {
  const data = current();
  if (data) void editorStore.getState().apply(renameCompetitor(data, competitorId, name));
}

/** Adds one of our team; the selection stays where it is so the list can keep growing. */
export function addTeam(name: string, fn: TeamFunction) {
  const data = current();
  if (!data) return;
  const member = newTeamMember(data.account.id, { name, function: fn });
  void editorStore.getState().apply(addTeamMember(data, member), editorStore.getState().selection);
}

export function addCompetitorNamed(name: string) {
  const data = current();
  if (!data) return;
  void editorStore.getState().apply(addCompetitor(data, name).edit, editorStore.getState().selection);
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
  const data = current();
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
