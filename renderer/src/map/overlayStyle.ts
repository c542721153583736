import type { Palette, StyleBlock } from './style';
import { IMAGES_SHOWN } from './lod';

/**
 * Styles of the marks drawn over the map: analysis overlays (overlays.ts) and the focus on one person's
 * links (focus.ts). Every mark carries a signal besides colour, for projectors and colour-blind viewers:
 * a halo (round for a bottleneck, square for single-thread), a dashed outline, an eye badge, a line
 * style, a hatch pattern with a word in the band title.
 */

export const EYE_BADGE = { width: 22, height: 18 } as const;
export const HATCH_TILE = 18;

const hatches = new Map<string, string>();

/** A seamless diagonal hatch tile for band overlays: single for "not covered", crossed for "nobody identified". */
export function hatchIcon(colour: string, crossed: boolean): string {
  const key = `${colour}:${crossed}`;
  let uri = hatches.get(key);
  if (uri === undefined) {
    const t = HATCH_TILE;
    const line = (x1: number, y1: number, x2: number, y2: number) =>
      `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${colour}" stroke-width="2.2" stroke-linecap="square"/>`;
    const rising = line(0, t, t, 0) + line(-t / 2, t / 2, t / 2, -t / 2) + line(t / 2, t + t / 2, t + t / 2, t / 2);
    const falling = crossed ? line(0, 0, t, t) + line(-t / 2, t / 2, t / 2, t + t / 2) + line(t / 2, -t / 2, t + t / 2, t / 2) : '';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${t}" height="${t}" viewBox="0 0 ${t} ${t}">${rising}${falling}</svg>`;
    uri = `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
    hatches.set(key, uri);
  }
  return uri;
}

/** Opacity of marks that step back: the rest of the map in a workshop, a person gone in what-if. */
const DIMMED_OPACITY = 0.16;
const GONE_OPACITY = 0.4;

/** Focus: the links of the person in focus come forward, the others step back a little. */
export function focusBlocks(): StyleBlock[] {
  return [
    { selector: 'edge.focus-fade', style: { opacity: 0.3 } },
    { selector: 'edge.focus-fade.kind-covers, edge.focus-fade.kind-competitorTie', style: { opacity: 0.2 } },
  ];
}

/** Drawn after the overlays, so the links of the person in focus read even on a dimmed map. */
export function focusLinkBlocks(): StyleBlock[] {
  return [{ selector: 'edge.focus-link', style: { opacity: 1, 'z-index': 12, 'arrow-scale': 1.05 } }];
}

function haloStyle(colour: string, shape: 'ellipse' | 'round-rectangle', padding: number, opacity: number): Record<string, string | number> {
  return { 'underlay-color': colour, 'underlay-opacity': opacity, 'underlay-padding': padding, 'underlay-shape': shape };
}

export function overlayBlocks(palette: Palette): StyleBlock[] {
  const o = palette.overlay;
  return [
    // People our access hangs on: a ring around the node, round for a bottleneck, square for single-thread.
    { selector: 'node.halo-bottleneck', style: haloStyle(o.bottleneck, 'ellipse', 13, 0.42) },
    { selector: 'node.halo-single-thread', style: haloStyle(o.singleThread, 'round-rectangle', 13, 0.38) },
    {
      selector: 'node.uncovered-dm',
      style: { 'outline-width': 3, 'outline-color': o.alarm, 'outline-style': 'dashed', 'outline-offset': 3, 'outline-opacity': 1 },
    },
    {
      // A third image, the eye badge, hangs over the top-left corner (elements.ts lists it in iconsFlagged);
      // seen from afar (lod.ts), the eye alone (style.ts).
      selector: `node.person.hidden-influencer.${IMAGES_SHOWN}`,
      style: {
        'background-image': 'data(iconsFlagged)',
        'background-width': ['56%', 'auto', EYE_BADGE.width],
        'background-height': ['56%', 'auto', EYE_BADGE.height],
        'background-position-x': ['50%', '100%', '0%'],
        'background-position-y': ['50%', '0%', '0%'],
        'background-offset-x': [0, 8, -8],
        'background-offset-y': [0, -6, -6],
        'background-clip': ['none', 'none', 'none'],
        'background-image-containment': ['inside', 'over', 'over'],
      },
    },
    // Fading relationships: lighter and dashed when stale, faint and dotted when cold.
    { selector: 'edge.link-stale', style: { opacity: 0.5, 'line-style': 'dashed', 'line-dash-pattern': [9, 5] } },
    { selector: 'edge.link-cold', style: { opacity: 0.32, 'line-style': 'dotted', 'line-dash-pattern': [2, 5] } },
    // A traced path to power: thick, directed and on top, its people ringed in the same colour.
    {
      selector: 'edge.path',
      style: {
        width: 4.5,
        opacity: 1,
        'line-color': o.path,
        'line-style': 'solid',
        'line-outline-width': 0,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': o.path,
        'mid-target-arrow-color': o.path,
        'source-arrow-color': o.path,
        'underlay-color': o.path,
        'underlay-opacity': 0.22,
        'underlay-padding': 5,
        'z-index': 20,
      },
    },
    { selector: 'node.path', style: haloStyle(o.path, 'ellipse', 9, 0.3) },
    // Gone in what-if: greyed, faded and dashed.
    {
      selector: 'node.gone',
      style: { opacity: GONE_OPACITY, 'border-style': 'dashed', 'overlay-color': o.gone, 'overlay-opacity': 0.35, 'overlay-padding': 2 },
    },
    { selector: 'edge.gone', style: { opacity: 0.25, 'line-style': 'dashed', 'line-dash-pattern': [4, 4] } },
    // Comparing two dates: new is a solid ring and halo (and "+" in the name), moved a dashed ring (and an
    // arrow with the old value), left or removed ghosted like gone in what-if.
    {
      selector: 'node.diff-new',
      style: { ...haloStyle(o.path, 'ellipse', 10, 0.32), 'outline-width': 3, 'outline-color': o.path, 'outline-style': 'solid', 'outline-offset': 4, 'outline-opacity': 1, 'font-weight': 700 },
    },
    { selector: 'edge.diff-new', style: { width: 4, opacity: 1, 'underlay-color': o.path, 'underlay-opacity': 0.3, 'underlay-padding': 4 } },
    {
      selector: 'node.diff-moved',
      style: { ...haloStyle(o.spotlight, 'round-rectangle', 9, 0.3), 'outline-width': 3, 'outline-color': o.spotlight, 'outline-style': 'dashed', 'outline-offset': 4, 'outline-opacity': 1, 'font-weight': 700 },
    },
    {
      selector: 'node.diff-removed',
      style: { opacity: GONE_OPACITY, 'border-style': 'dashed', 'overlay-color': o.gone, 'overlay-opacity': 0.35, 'overlay-padding': 2 },
    },
    { selector: 'edge.diff-removed', style: { opacity: 0.35, 'line-style': 'dashed', 'line-dash-pattern': [3, 5] } },
    // Workshop stepping: everything but the subject faded; the subject ringed and bold.
    { selector: 'node.dimmed, edge.dimmed', style: { opacity: DIMMED_OPACITY } },
    { selector: 'node.spotlight', style: { ...haloStyle(o.spotlight, 'ellipse', 18, 0.3), 'font-weight': 700, 'z-index': 30 } },
    { selector: 'edge.spotlight', style: { opacity: 1, width: 3.5, 'z-index': 30 } },
    // Bands: a tint and a hatch (crossed when nobody is identified), and a word after the title.
    {
      selector: 'node.band.band-uncovered',
      style: {
        'background-color': o.uncovered.tint,
        'border-color': o.uncovered.border,
        'border-width': 2,
        'background-image': hatchIcon(o.uncovered.hatch, false),
        'background-repeat': 'repeat',
        'background-image-opacity': 0.22,
        'background-width': HATCH_TILE,
        'background-height': HATCH_TILE,
      },
    },
    {
      selector: 'node.band.band-missing',
      style: {
        'background-color': o.missing.tint,
        'border-color': o.missing.border,
        'border-width': 2,
        'background-image': hatchIcon(o.missing.hatch, true),
        'background-repeat': 'repeat',
        'background-image-opacity': 0.2,
        'background-width': HATCH_TILE,
        'background-height': HATCH_TILE,
      },
    },
    { selector: 'node.band-title.band-uncovered', style: { label: 'data(flagUncovered)', color: o.uncovered.text } },
    { selector: 'node.band-title.band-missing', style: { label: 'data(flagMissing)', color: o.missing.text } },
    { selector: 'node.band.band-dimmed', style: { 'background-opacity': 0.35, 'border-opacity': 0.35 } },
    { selector: 'node.band-label.band-dimmed', style: { 'text-opacity': 0.35 } },
    ...searchBlocks(o),
  ];
}

/** Find and filters: people a filter leaves out step back; people found get a solid ring and come forward. */
function searchBlocks(o: Palette['overlay']): StyleBlock[] {
  return [
    { selector: 'node.filtered-out, edge.filtered-out', style: { opacity: DIMMED_OPACITY } },
    {
      selector: 'node.search-hit',
      style: {
        ...haloStyle(o.spotlight, 'ellipse', 14, 0.28),
        'outline-width': 4,
        'outline-color': o.spotlight,
        'outline-style': 'solid',
        'outline-offset': 4,
        'outline-opacity': 1,
        'font-weight': 700,
        'z-index': 40,
      },
    },
  ];
}

/** Marks that must survive selection (the selection's own ring and halo would otherwise hide them). */
export function selectedOverlayBlocks(palette: Palette): StyleBlock[] {
  const o = palette.overlay;
  return [
    { selector: 'node.halo-bottleneck:selected', style: { 'underlay-color': o.bottleneck, 'underlay-opacity': 0.42 } },
    { selector: 'node.halo-single-thread:selected', style: { 'underlay-color': o.singleThread, 'underlay-opacity': 0.38, 'underlay-shape': 'round-rectangle' } },
  ];
}
