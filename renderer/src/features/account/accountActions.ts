import type { LinkEnds, LinkProblem, NodeMove } from '../../../../shared/edit';
import { addLink, addPerson, addTeamMember, movePeople, newPerson, newTeamMember, resolveLinkEnds } from '../../../../shared/edit';
import { placeOne } from '../../../../shared/layout';
import type { Layer, LinkKind } from '../../../../shared/model';
import { editorStore, reportError, toastsStore } from '../../app/services';
import { i18next } from '../../i18n';
import { call } from '../../ipc/client';
import { freshName } from '../accounts/accountActions';
import { accountViewStore } from './viewStore';

/**
 * What the account screen's gestures, toolbar and commands do to the account. Each is one edit through
 * the editor store, so each is one undo step and is saved like any other change.
 */

/** A person added where the user double-clicked, selected so the panel shows them for naming. */
export function addPersonAt(layer: Layer, position: { x: number; y: number }) {
  const data = editorStore.getState().data;
  if (!data) return;
  const name = freshName(i18next.t('person.defaultName'), data.people.map((person) => person.name));
  const person = newPerson(data.account.id, { name, layer, x: position.x, y: position.y });
  void editorStore.getState().apply(addPerson(data, person), [person.id]);
}

/** A person added from the toolbar or the N key: a free spot in the band, so nobody is covered up. */
export function addPersonAtFreeSpot(layer: Layer = 'decision') {
  const data = editorStore.getState().data;
  if (!data) return;
  const name = freshName(i18next.t('person.defaultName'), data.people.map((person) => person.name));
  const person = newPerson(data.account.id, { name, layer });
  const spot = placeOne({ ...data, people: [...data.people, person] }, person.id);
  const placed = spot ? { ...person, x: spot.x, y: spot.y } : person;
  void editorStore.getState().apply(addPerson(data, placed), [placed.id]);
}

/** A member of our team; the band layout gives them the next slot in the team column. */
export function addTeamMemberToAccount() {
  const data = editorStore.getState().data;
  if (!data) return;
  const name = freshName(i18next.t('team.defaultName'), data.team.map((member) => member.name));
  const member = newTeamMember(data.account.id, { name });
  void editorStore.getState().apply(addTeamMember(data, member), [member.id]);
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
  if (!data) return;
  const ends = resolveLinkEnds(data, a, b);
  if (!ends) {
    showLinkProblem(a === b ? 'same-end' : 'kind-not-allowed');
    return;
  }
  accountViewStore.getState().openChooser(ends);
}

/** The kind picked in the link chooser becomes a link, selected so its strength can be set next. */
export function chooseLink(ends: Pick<LinkEnds, 'from' | 'to'>, kind: LinkKind) {
  accountViewStore.getState().closeChooser();
  const data = editorStore.getState().data;
  if (!data) return;
  const result = addLink(data, { kind, from: ends.from, to: ends.to });
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
