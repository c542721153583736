import type { LinkEnds, LinkProblem, NodeMove } from '../../../../shared/edit';
import type { Edit } from '../../../../shared/edit';
import { addLink, addPerson, addTeamMember, applyOps, combineEdits, duplicatePerson, movePeople, newPerson, newTeamMember, resolveLinkEnds } from '../../../../shared/edit';
import { placeOne } from '../../../../shared/layout';
import type { Layer, LinkKind } from '../../../../shared/model';
import { clockStore, editorStore, reportError, toastsStore } from '../../app/services';
import { i18next } from '../../i18n';
import { call } from '../../ipc/client';
import { freshName } from '../accounts/accountActions';
import { editsLocked } from '../workshop/workshopStore';
import { applyAdding } from './justAdded';
import { accountViewStore } from './viewStore';

/**
 * What the account screen's gestures, toolbar and commands do to the account. Each is one edit through
 * the editor store, so each is one undo step and is saved like any other change.
 */

/** A person added where the user double-clicked, selected so the panel shows them for naming. */
export function addPersonAt(layer: Layer, position: { x: number; y: number }) {
  const data = editorStore.getState().data;
  if (!data || editsLocked()) return;
  const name = freshName(i18next.t('person.defaultName'), data.people.map((person) => person.name));
  const person = newPerson(data.account.id, { name, layer, x: position.x, y: position.y });
  applyAdding(person.id, addPerson(data, person));
}

/** A person added from the toolbar or the N key: a free spot in the band, so nobody is covered up. */
export function addPersonAtFreeSpot(layer: Layer = 'decision') {
  const data = editorStore.getState().data;
  if (!data) return;
  const name = freshName(i18next.t('person.defaultName'), data.people.map((person) => person.name));
  const person = newPerson(data.account.id, { name, layer });
  const spot = placeOne({ ...data, people: [...data.people, person] }, person.id);
  const placed = spot ? { ...person, x: spot.x, y: spot.y } : person;
  applyAdding(placed.id, addPerson(data, placed));
}

/**
 * A copy of each selected person beside them, without their links. One person: the copy is selected
 * with its name ready to type over; several: all copies in one undo step, selected together.
 */
export function duplicateSelectedPeople() {
  const { data, selection } = editorStore.getState();
  if (!data) return;
  let current = data;
  const edits: Edit[] = [];
  const ids: string[] = [];
  for (const person of data.people.filter((p) => selection.includes(p.id))) {
    const name = freshName(i18next.t('quickBuild.copyName', { name: person.name }), current.people.map((p) => p.name));
    const copy = duplicatePerson(current, person.id, name);
    if (!copy) continue;
    edits.push(copy.edit);
    ids.push(copy.person.id);
    current = applyOps(current, copy.edit.forward);
  }
  if (ids.length === 1) applyAdding(ids[0]!, edits[0]!);
  else if (ids.length > 1) void editorStore.getState().apply(combineEdits(edits), ids);
}

/** A member of our team; the band layout gives them the next slot in the team column. */
export function addTeamMemberToAccount() {
  const data = editorStore.getState().data;
  if (!data) return;
  const name = freshName(i18next.t('team.defaultName'), data.team.map((member) => member.name));
  const member = newTeamMember(data.account.id, { name });
  applyAdding(member.id, addTeamMember(data, member));
}

/** One drag, however many nodes it moved, is one undo step. */
export function moveNodes(moves: readonly NodeMove[]) {
  const data = editorStore.getState().data;
  if (!data || moves.length === 0) return;
  void editorStore.getState().apply(movePeople(data, moves));
}

function showLinkProblem(problem: LinkProblem, detail?: string) {
  toastsStore.getState().show({ tone: 'error', message: i18next.t(`linkProblem.${problem}`, { detail: detail ?? '' }) });
}

/** Two ends drawn or picked on the map: ask which kind of link, or say why they cannot be linked. */
export function beginLink(a: string, b: string) {
  const data = editorStore.getState().data;
  if (!data || editsLocked()) return;
  const ends = resolveLinkEnds(data, a, b);
  if (!ends) {
    showLinkProblem(a === b ? 'same-end' : 'kind-not-allowed');
    return;
  }
  // One possible kind (one of our team to a person: covers; a competitor: a tie): nothing to ask.
  if (ends.kinds.length === 1) chooseLink(ends, ends.kinds[0]!);
  else accountViewStore.getState().openChooser(ends);
}

/** The kind picked in the link chooser becomes a link, selected so its strength can be set next. */
export function chooseLink(ends: Pick<LinkEnds, 'from' | 'to'>, kind: LinkKind) {
  accountViewStore.getState().closeChooser();
  const data = editorStore.getState().data;
  if (!data) return;
  // A covers link starts dated today, the main process's day like every other date the app counts from.
  const today = clockStore.getState().today;
  const result = today ? addLink(data, { kind, from: ends.from, to: ends.to }, today) : addLink(data, { kind, from: ends.from, to: ends.to, lastContact: null });
  if (!result.ok) {
    showLinkProblem(result.problem, result.detail);
    return;
  }
  void editorStore.getState().apply(result.edit, [result.link.id]);
}

/** Saves what is pending first, so the file holds what the user sees. A cancelled dialog says nothing. */
export async function exportCurrentAccount() {
  const { accountId } = editorStore.getState();
  if (!accountId) return;
  await editorStore.getState().flush();
  const result = await call('exchange.export', { accountId });
  if (result.ok) toastsStore.getState().show({ tone: 'success', message: i18next.t('toolbar.exported', { path: result.value.path }) });
  else if (result.error.code !== 'cancelled') reportError(result.error);
}
