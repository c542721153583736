import type { Layer } from '../model';

/**
 * The overlay vocabulary. Each mark is drawn with a signal that is not colour alone (a ring, a pattern,
 * a badge, a line style), so it reads on a projector and for colour-blind viewers.
 * - halo-bottleneck, halo-single-thread: a person our access hangs on (a ring around the node)
 * - uncovered-dm: a decision maker we do not cover (red outline, dashed)
 * - hidden-influencer: more informal weight than the map suggests (a badge)
 * - link-stale, link-cold: a covers link fading (lighter, then dotted and faint)
 * - path: a traced path to power (nodes and links emphasised)
 * - gone: marked gone in what-if (greyed, crossed)
 * - dimmed / spotlight: stepping through the map in a workshop (the rest faded, one thing emphasised)
 * - search-hit / filtered-out: found by the search box (ringed) / left out by the people filters (faded)
 * - diff-new / diff-moved / diff-removed: comparing two dates (history): joined or added (a solid double
 *   ring, "+" before the name), attitude or influence moved (a dashed ring, an arrow and the old value),
 *   left or removed (ghosted: faded, dashed, a cross-hatch)
 */
export const OVERLAY_CLASSES = [
  'halo-bottleneck',
  'halo-single-thread',
  'uncovered-dm',
  'hidden-influencer',
  'link-stale',
  'link-cold',
  'path',
  'gone',
  'dimmed',
  'spotlight',
  'search-hit',
  'filtered-out',
  'diff-new',
  'diff-moved',
  'diff-removed',
] as const;
export type OverlayClass = (typeof OVERLAY_CLASSES)[number];

/** Band marks: an uncovered band is tinted with a hatch and says so; a dimmed band fades. */
export type BandOverlay = 'missing' | 'uncovered' | 'dimmed';

/**
 * Plain data computed outside the map (from the analysis, what-if and workshop state). The map applies
 * a change of overlays as one batch of class changes, never a rebuild of the graph or a relayout.
 */
export interface MapOverlays {
  /** overlay classes per element id (person, team member, competitor or link) */
  classes: Readonly<Record<string, readonly OverlayClass[]>>;
  bands: Readonly<Partial<Record<Layer, BandOverlay>>>;
}
