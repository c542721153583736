import type { Core } from 'cytoscape';
import { DEPARTMENT_LABEL, PERSON_LABEL, ROLE_BADGE_HEIGHT } from '../../../shared/visual/vocabulary';

/**
 * Level of detail, toggled by classes when the zoom crosses a threshold, once; a zoom that stays on one
 * side touches nothing.
 *
 * Job titles: Cytoscape's own rule (min-zoomed-font-size) rounds the zoom up to a power of two, so a title
 * would come and go at 0.5, 1 or 2, whatever the type size. Titles are drawn from the zoom where they are
 * `minTitlePx` tall on screen instead. Below it their nodes are not on the graph at all (`titles` hook):
 * a hidden node still costs Cytoscape its style at every restyle, and a large map seen whole would carry
 * one per person.
 *
 * Names: for the same reason, names are not left to Cytoscape's rule either (at 300 people seen whole, it
 * drew every name at 7 px, and key names at 3 px on a map of 2,000). Below the zoom where a name is
 * `minNamePx` tall only key people's names are drawn, and below `minKeyNamePx` none but the selection's
 * and the search hits'.
 *
 * People's images (attitude sign, role badges, covers chips): below the zoom where a badge is
 * `MIN_BADGE_PX` tall on screen none of them can be read (the sign is smaller still), and drawing them
 * (SVGs, rasterised at each draw) is most of a large map's first paint. There a person is drawn by the
 * attitude fill, the role's shape and the covers border alone; key people keep their names. From the same
 * zoom down, links are drawn as plain lines (their end arrows would be a few pixels, and computing and
 * drawing them was the largest cost left after the images); links side by side keep their curves.
 *
 * Department names and band concerns: small print in the bands. Below the zoom where they are
 * `MIN_BAND_NOTE_PX` tall they are not drawn at all (a map of 300 seen whole drew some forty of them as
 * specks of 3 px, each a label Cytoscape rasterised on its own at first paint).
 *
 * What is hidden costs nothing to style: a person's label and image properties live in blocks that only
 * the classes of shown details select (style.ts), so a large map seen whole, as it opens, applies a few
 * properties per person (shape, size, fill, border) where it applied some fifty.
 *
 * All start as seen from afar (titles, names and images hidden): the map is filled at zoom 1 and fitted right
 * after, and starting so spares a large map a restyle of every person at its first paint. `refresh()`
 * follows a fit that may not have changed the zoom.
 *
 * Each class is carried only by the people it changes (the name classes split by key people), and every
 * threshold has a margin of one zoom step (`HYSTERESIS`): a detail appears when the zoom reaches its
 * threshold and goes again only when the zoom falls one step below it, so zooming in a step and back out
 * (toolbar, keyboard, a wheel going to and fro) restyles nobody the second time; at 300 people each such
 * step used to restyle everyone.
 */

/**
 * on people from IMAGE_ZOOM on: their images (sign, role badges, covers chips) are drawn. Without it a
 * person carries none of the image properties at all (style.ts): a large map seen whole, the default fit,
 * styles each person with a few properties only.
 */
export const IMAGES_SHOWN = 'lod-images';
/**
 * on links (class `link`) from IMAGE_ZOOM on: drawn straight with their end arrows. Without it a link is
 * drawn the cheapest way Cytoscape knows (a haystack line, no end arrows, none of their properties),
 * except links side by side, in focus, selected or on a path (style.ts).
 */
export const LINKS_NEAR = 'lod-near';

/**
 * on people who are not key from NAME_ZOOM on, and on key people from KEY_NAME_ZOOM on (the second
 * class): their names are drawn. Without either a person has no label and none of the label's
 * properties (style.ts); the selection and search hits keep their names at every zoom.
 */
export const NAMES_SHOWN = 'lod-names';
export const KEY_NAMES_SHOWN = 'lod-key-names';

/**
 * on department names and band concerns from BAND_NOTE_ZOOM on: drawn. Without it they are not displayed
 * (style.ts).
 */
export const BAND_NOTES_SHOWN = 'lod-band-notes';

/** A band concern's type size (model units, style.ts). */
export const BAND_CONCERN_FONT_SIZE = 12;

/** A department name's or band concern's height on screen (px) below which it is not drawn. */
export const MIN_BAND_NOTE_PX = 5;
/** The zoom from which department names are drawn. */
export const DEPARTMENT_ZOOM = MIN_BAND_NOTE_PX / DEPARTMENT_LABEL.fontSize;
/** The zoom from which band concerns are drawn (their type size is style.ts's). */
export const CONCERN_ZOOM = MIN_BAND_NOTE_PX / BAND_CONCERN_FONT_SIZE;

/** The zoom from which everyone's name is drawn (a name is `minNamePx` tall on screen there). */
export const NAME_ZOOM = PERSON_LABEL.minNamePx / PERSON_LABEL.fontSize;
/** The zoom from which key people's names are drawn (`minKeyNamePx` tall). */
export const KEY_NAME_ZOOM = PERSON_LABEL.minKeyNamePx / PERSON_LABEL.fontSize;

/** The zoom from which job titles are drawn. */
export const TITLE_ZOOM = PERSON_LABEL.minTitlePx / PERSON_LABEL.titleFontSize;

/** A role badge's height on screen (px) below which people's images are not drawn. */
export const MIN_BADGE_PX = 8;
/** The zoom from which people's images (sign, role badges, covers chips) are drawn. */
export const IMAGE_ZOOM = MIN_BADGE_PX / ROLE_BADGE_HEIGHT;

export const titlesShownAt = (zoom: number): boolean => zoom >= TITLE_ZOOM - 1e-9;
export const imagesShownAt = (zoom: number): boolean => zoom >= IMAGE_ZOOM - 1e-9;

/**
 * A detail shown from zoom T is hidden again only below T / HYSTERESIS: one step of the toolbar and the
 * keyboard (accountCommands.ts), so a step in and a step back never restyle twice.
 */
export const HYSTERESIS = 1.25;

export interface LevelOfDetail {
  /** classes an element added by a data diff should carry now, by its kind and its own classes */
  classesFor(kind: string, classes?: string): string[];
  /** whether job titles are drawn at the current zoom (their nodes are on the graph) */
  titlesShown(): boolean;
  /** applies the current zoom (after a fit, which may leave the zoom as it was) */
  refresh(): void;
  /**
   * On an empty graph: the details as on a map just opened at `zoom` (the zoom its first fit is expected
   * to give), so the elements added next carry their classes from the start and the fit restyles nobody.
   * A fit that gives another zoom is corrected by `refresh()`, as before.
   */
  prime(zoom: number): void;
  dispose(): void;
}

/**
 * A detail of the nodes of one kind, shown from the zoom `from` on (and, once shown, hidden again only
 * below `from / HYSTERESIS`). Its class is carried while it is shown (`near`) or while it is hidden;
 * `key`: only key people (true) or only the others (false), the people whose drawing it changes.
 */
interface Detail {
  className: string;
  kind: string;
  from: number;
  near: boolean;
  key?: boolean;
  /** only the nodes of `kind` that carry this class */
  having?: string;
}

const DETAILS: readonly Detail[] = [
  { className: NAMES_SHOWN, kind: 'person', from: NAME_ZOOM, near: true, key: false },
  { className: KEY_NAMES_SHOWN, kind: 'person', from: KEY_NAME_ZOOM, near: true, key: true },
  { className: IMAGES_SHOWN, kind: 'person', from: IMAGE_ZOOM, near: true },
  { className: LINKS_NEAR, kind: 'link', from: IMAGE_ZOOM, near: true },
  { className: BAND_NOTES_SHOWN, kind: 'band-label', having: 'department-label', from: DEPARTMENT_ZOOM, near: true },
  { className: BAND_NOTES_SHOWN, kind: 'band-label', having: 'band-concern', from: CONCERN_ZOOM, near: true },
];

/** Whether the nodes a detail concerns carry its class when the detail is `hidden` (or not). */
const carriesClass = (detail: Detail, hidden: boolean): boolean => hidden !== detail.near;

/** Whether a detail carried (`carried`) before should be carried at `zoom`: the margin keeps it as it was. */
export function carriedNext(from: number, carried: boolean, zoom: number): boolean {
  if (zoom >= from - 1e-9) return false;
  if (zoom < from / HYSTERESIS - 1e-9) return true;
  return carried;
}

const hasClass = (classes: string | undefined, name: string): boolean => (classes ?? '').split(' ').includes(name);
const concerns = (detail: Detail, kind: string, classes: string | undefined): boolean =>
  detail.kind === kind && (detail.key === undefined || detail.key === hasClass(classes, 'key')) && (detail.having === undefined || hasClass(classes, detail.having));

/**
 * The level-of-detail classes an element of `kind` (with its own `classes`) carries on a map just opened
 * at `zoom` (every detail hidden before): what our map gives its elements at the first fit, for drawing
 * the same map without it (the bench's reference).
 */
export function classesAtZoom(zoom: number, kind: string, classes?: string): string[] {
  return DETAILS.filter((detail) => concerns(detail, kind, classes) && carriesClass(detail, carriedNext(detail.from, true, zoom))).map((detail) => detail.className);
}

export interface LevelOfDetailHooks {
  /** Puts the job titles' nodes on the graph (`shown`) or takes them off, inside the level of detail's batch. */
  titles(shown: boolean): void;
}

export function bindLevelOfDetail(cy: Core, hooks: LevelOfDetailHooks): LevelOfDetail {
  /** per detail, whether it is hidden now (all are at first: the map starts as seen from afar) */
  const carried = new Map(DETAILS.map((detail) => [detail, true]));
  let titles = false;
  const apply = (): void => {
    const zoom = cy.zoom();
    const changed = DETAILS.filter((detail) => carriedNext(detail.from, carried.get(detail) === true, zoom) !== carried.get(detail));
    const titlesNext = titles ? !carriedNext(TITLE_ZOOM, false, zoom) : titlesShownAt(zoom);
    const titlesChanged = titlesNext !== titles;
    if (changed.length === 0 && !titlesChanged) return;
    let restyled = cy.collection();
    cy.batch(() => {
      if (titlesChanged) {
        titles = titlesNext;
        hooks.titles(titles);
      }
      for (const detail of changed) {
        const next = !carried.get(detail);
        carried.set(detail, next);
        let nodes = cy.elements(`.${detail.kind}`);
        if (detail.key !== undefined) nodes = detail.key ? nodes.filter('.key') : nodes.not('.key');
        if (detail.having !== undefined) nodes = nodes.filter(`.${detail.having}`);
        if (carriesClass(detail, next)) nodes.addClass(detail.className);
        else nodes.removeClass(detail.className);
        restyled = restyled.union(nodes);
      }
    });
    // Their bounds measured now, not by the frame that draws them: Cytoscape (3.34) reports bounds measured
    // during a draw as changed after it, and the next frame throws away the layer just drawn and draws every
    // element again (a map opened at a zoom that shows key names drew its first frame twice).
    if (restyled.nonempty()) restyled.boundingBox();
  };
  cy.on('zoom', apply);
  return {
    titlesShown: () => titles,
    classesFor: (kind, classes) =>
      DETAILS.filter((detail) => concerns(detail, kind, classes) && carriesClass(detail, carried.get(detail) === true)).map((detail) => detail.className),
    refresh: apply,
    prime(zoom) {
      if (cy.elements().nonempty() || !(zoom > 0)) return;
      for (const detail of DETAILS) carried.set(detail, carriedNext(detail.from, true, zoom));
      titles = titlesShownAt(zoom);
    },
    dispose: () => void cy.removeListener('zoom', apply),
  };
}
