import type { Core } from 'cytoscape';
import { PERSON_LABEL, ROLE_BADGE_HEIGHT } from '../../../shared/visual/vocabulary';

/**
 * Level of detail, toggled by classes when the zoom crosses a threshold, once; a zoom that stays on one
 * side touches nothing.
 *
 * Job titles: Cytoscape's own rule (min-zoomed-font-size) rounds the zoom up to a power of two, so a title
 * would come and go at 0.5, 1 or 2, whatever the type size. Titles are drawn from the zoom where they are
 * `minTitlePx` tall on screen instead.
 *
 * People's images (attitude sign, role badges, covers chips): below the zoom where a badge is
 * `MIN_BADGE_PX` tall on screen none of them can be read (the sign is smaller still), and drawing them
 * (SVGs, rasterised at each draw) is most of a large map's first paint. There a person is drawn by the
 * attitude fill, the role's shape and the covers border alone; key people keep their names.
 *
 * Both start as seen from afar (titles and images hidden): the map is filled at zoom 1 and fitted right
 * after, and starting so spares a large map a restyle of every person at its first paint. `refresh()`
 * follows a fit that may not have changed the zoom.
 */

export const TITLES_SHOWN = 'lod-titles';
/** on people below IMAGE_ZOOM: none of their images is drawn */
export const IMAGES_HIDDEN = 'lod-plain';

/** The zoom from which job titles are drawn. */
export const TITLE_ZOOM = PERSON_LABEL.minTitlePx / PERSON_LABEL.titleFontSize;

/** A role badge's height on screen (px) below which people's images are not drawn. */
export const MIN_BADGE_PX = 8;
/** The zoom from which people's images (sign, role badges, covers chips) are drawn. */
export const IMAGE_ZOOM = MIN_BADGE_PX / ROLE_BADGE_HEIGHT;

export const titlesShownAt = (zoom: number): boolean => zoom >= TITLE_ZOOM - 1e-9;
export const imagesShownAt = (zoom: number): boolean => zoom >= IMAGE_ZOOM - 1e-9;

export interface LevelOfDetail {
  /** classes an element added by a data diff should carry now */
  classesFor(kind: string): string[];
  /** applies the current zoom (after a fit, which may leave the zoom as it was) */
  refresh(): void;
  dispose(): void;
}

/** A class the nodes of one kind carry at the zooms where `carriedAt` holds. */
interface Detail {
  className: string;
  kind: string;
  carriedAt(zoom: number): boolean;
}

const DETAILS: readonly Detail[] = [
  { className: TITLES_SHOWN, kind: 'person-title', carriedAt: titlesShownAt },
  { className: IMAGES_HIDDEN, kind: 'person', carriedAt: (zoom) => !imagesShownAt(zoom) },
];

export function bindLevelOfDetail(cy: Core): LevelOfDetail {
  const carried = new Map(DETAILS.map((detail) => [detail, detail.carriedAt(0)]));
  const apply = (): void => {
    const zoom = cy.zoom();
    const changed = DETAILS.filter((detail) => detail.carriedAt(zoom) !== carried.get(detail));
    if (changed.length === 0) return;
    cy.batch(() => {
      for (const detail of changed) {
        const next = detail.carriedAt(zoom);
        carried.set(detail, next);
        const nodes = cy.nodes(`.${detail.kind}`);
        if (next) nodes.addClass(detail.className);
        else nodes.removeClass(detail.className);
      }
    });
  };
  cy.on('zoom', apply);
  return {
    classesFor: (kind) => DETAILS.filter((detail) => detail.kind === kind && carried.get(detail)).map((detail) => detail.className),
    refresh: apply,
    dispose: () => void cy.removeListener('zoom', apply),
  };
}
