import type { Core } from 'cytoscape';
import { PERSON_LABEL } from '../../../shared/visual/vocabulary';

/**
 * Level of detail for job titles. Cytoscape's own rule (min-zoomed-font-size) rounds the zoom up to a
 * power of two, so a title would come and go at 0.5, 1 or 2, whatever the type size. Titles are drawn
 * from the zoom where they are `minTitlePx` tall on screen instead: crossing it toggles one class on
 * the title nodes, once; a zoom that stays on one side touches nothing.
 */

export const TITLES_SHOWN = 'lod-titles';

/** The zoom from which job titles are drawn. */
export const TITLE_ZOOM = PERSON_LABEL.minTitlePx / PERSON_LABEL.titleFontSize;

export const titlesShownAt = (zoom: number): boolean => zoom >= TITLE_ZOOM - 1e-9;

export interface LevelOfDetail {
  /** classes a title node added by a data diff should carry now */
  classesFor(kind: string): string[];
  dispose(): void;
}

export function bindLevelOfDetail(cy: Core): LevelOfDetail {
  let shown = titlesShownAt(cy.zoom());
  const apply = (): void => {
    const next = titlesShownAt(cy.zoom());
    if (next === shown) return;
    shown = next;
    const titles = cy.nodes('.person-title');
    cy.batch(() => (next ? titles.addClass(TITLES_SHOWN) : titles.removeClass(TITLES_SHOWN)));
  };
  cy.on('zoom', apply);
  return {
    classesFor: (kind) => (shown && kind === 'person-title' ? [TITLES_SHOWN] : []),
    dispose: () => void cy.removeListener('zoom', apply),
  };
}
