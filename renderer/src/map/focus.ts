import type { Core } from 'cytoscape';
import type { ClassChange } from './overlays';

/**
 * Focus on one person's relationships: the links of the selected or hovered element come forward
 * (`focus-link`) and the other links step back a little (`focus-fade`), so a KAM reads one person's
 * web at a glance on a busy map. Applied as one batch of class changes; only the difference from the
 * previous focus is touched, except when focus starts or ends, which fades or restores every link.
 */

/** Above this many links, fading all the others would restyle too much per hover: only emphasis then. */
export const FOCUS_FADE_LIMIT = 2500;

export const FOCUS_LINK = 'focus-link';
export const FOCUS_FADE = 'focus-fade';

export interface FocusState {
  linked: ReadonlySet<string>;
  fading: boolean;
}

export const NO_FOCUS: FocusState = { linked: new Set(), fading: false };

/** The focus classes one link should carry in `state` (nodes carry none). */
export function focusClassesFor(id: string, state: FocusState, isLink = true): string[] {
  if (!isLink) return [];
  if (state.linked.has(id)) return [FOCUS_LINK];
  return state.fading ? [FOCUS_FADE] : [];
}

/** Class changes from one focus to the next, over `links` (every link id on the map). Pure. */
export function diffFocus(prev: FocusState, next: FocusState, links: Iterable<string>): ClassChange[] {
  const changes: ClassChange[] = [];
  const touchAll = prev.fading !== next.fading;
  const ids = touchAll ? links : new Set([...prev.linked, ...next.linked]);
  for (const id of ids) {
    const before = focusClassesFor(id, prev);
    const after = focusClassesFor(id, next);
    const add = after.filter((c) => !before.includes(c));
    const remove = before.filter((c) => !after.includes(c));
    if (add.length > 0 || remove.length > 0) changes.push({ id, add, remove });
  }
  return changes;
}

/** Applies class changes to the graph in one batch (elements no longer drawn are skipped). */
export function applyClassChanges(cy: Core, changes: readonly ClassChange[]): void {
  if (changes.length === 0) return;
  cy.batch(function applyClassChangeBatch() {
    for (const change of changes) {
      const ele = cy.getElementById(change.id);
      if (ele.empty()) continue;
      if (change.remove.length > 0) ele.removeClass(change.remove.join(' '));
      if (change.add.length > 0) ele.addClass(change.add.join(' '));
    }
  });
}

/** Links touching the focused ids: a node's links, or a link itself. */
function linksOf(cy: Core, ids: readonly string[]): Set<string> {
  const linked = new Set<string>();
  for (const id of ids) {
    const ele = cy.getElementById(id);
    if (ele.empty()) continue;
    if (ele.hasClass('link')) linked.add(id);
    else if (ele.isNode()) ele.connectedEdges('.link').forEach((edge) => void linked.add(edge.id()));
  }
  return linked;
}

export interface FocusController {
  /** Focuses on these ids (selected or hovered nodes and links); an empty list ends the focus. */
  set(ids: readonly string[]): void;
  /** Recomputes after the graph changed under the same focus (links added or removed). */
  refresh(): void;
  /** The focus classes an element added or restyled by a data diff should carry. */
  classesFor(id: string, isLink: boolean): string[];
}

export function createFocus(cy: Core): FocusController {
  let ids: readonly string[] = [];
  let state: FocusState = NO_FOCUS;

  function apply(): void {
    const linked = linksOf(cy, ids);
    const next: FocusState = { linked, fading: linked.size > 0 && cy.edges('.link').length <= FOCUS_FADE_LIMIT };
    const allLinks = (): Iterable<string> => cy.edges('.link').map((edge) => edge.id());
    applyClassChanges(cy, diffFocus(state, next, next.fading !== state.fading ? allLinks() : []));
    state = next;
  }

  return {
    set(next) {
      if (next.length === ids.length && next.every((id, i) => id === ids[i])) return;
      ids = [...next];
      apply();
    },
    refresh: apply,
    classesFor: (id, isLink) => focusClassesFor(id, state, isLink),
  };
}
