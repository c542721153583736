import type { LinkKind } from '../../../shared/model';
import { BLANK_ICON } from './blank';
import { BAND_CONCERN_FONT_SIZE, BAND_NOTES_SHOWN, IMAGES_SHOWN, KEY_NAMES_SHOWN, LINKS_NEAR, NAMES_SHOWN } from './lod';
import { EYE_BADGE, focusBlocks, focusLinkBlocks, overlayBlocks, selectedOverlayBlocks } from './overlayStyle';
import {
  type MapTheme,
  FONT_STACK,
  PALETTE,
  ROLE_SHAPE,
  COVERS_BORDER,
  EDGE_LOOK,
  LONG_LINK_OPACITY,
  COVERS_NONE_DASH,
  TEAM_NODE,
  COMPETITOR_NODE,
  PERSON_LABEL,
  TEAM_LABEL,
  SIGN_BOX,
  PRESENTATION_LABEL,
  COVER_CHIP,
  DEPARTMENT_LABEL,
  NAME_MARGIN,
  nameMargin,
} from '../../../shared/visual/vocabulary';

// The vocabulary lives in shared/visual, so exported drawings use the same colours and shapes.
export * from '../../../shared/visual/vocabulary';

type StyleValue = string | number | readonly (string | number)[];
export interface StyleBlock {
  selector: string;
  style: Record<string, StyleValue>;
}

/**
 * Links drawn with their end arrows: seen close enough (lod.ts), and from afar the links of the person in
 * focus, a selected link and a path to power. Only they carry the arrows' properties.
 */
const arrowed = (edge: string): string => [LINKS_NEAR, 'focus-link', 'path'].map((c) => `${edge}.${c}`).concat(`${edge}:selected`).join(', ');

function edgeBlocks(theme: MapTheme): StyleBlock[] {
  const palette = PALETTE[theme];
  const blocks: StyleBlock[] = [];
  for (const kind of Object.keys(EDGE_LOOK) as LinkKind[]) {
    const look = EDGE_LOOK[kind];
    const colour = palette.edge[kind];
    const style: Record<string, StyleValue> = { 'line-color': colour, 'line-style': look.lineStyle, width: look.widths[0] as number };
    if (look.dash) style['line-dash-pattern'] = [...look.dash];
    if (look.midArrow !== 'none') Object.assign(style, { 'mid-target-arrow-shape': look.midArrow, 'mid-target-arrow-color': colour });
    if (look.double) {
      // Two rails: the line itself in the canvas colour, its outline in the kind's colour.
      style['line-color'] = palette.canvas;
      style['line-outline-color'] = colour;
      style['line-outline-width'] = 1.5;
      style['width'] = 2;
      style['mid-target-arrow-fill'] = 'filled';
    }
    blocks.push({ selector: `edge.kind-${kind}`, style });
    const arrows: Record<string, StyleValue> = {};
    if (look.sourceArrow !== 'none') Object.assign(arrows, { 'source-arrow-shape': look.sourceArrow, 'source-arrow-color': colour });
    if (look.targetArrow !== 'none') Object.assign(arrows, { 'target-arrow-shape': look.targetArrow, 'target-arrow-color': colour });
    if (Object.keys(arrows).length > 0) blocks.push({ selector: arrowed(`edge.kind-${kind}`), style: arrows });
    look.widths.forEach((width, strength) => {
      if (look.widths.length > 1) blocks.push({ selector: `edge.kind-${kind}.str-${strength}`, style: { width } });
    });
  }
  // Covers links and competitor ties run from the side columns across the map: lighter, so the customer's own
  // links stay readable; focus.ts brings back the ones of the person in focus.
  blocks.push({ selector: 'edge.kind-covers, edge.kind-competitorTie', style: { opacity: LONG_LINK_OPACITY } });
  blocks.push({
    selector: 'edge.kind-covers.str-0',
    style: { 'line-style': 'dashed', 'line-dash-pattern': [...COVERS_NONE_DASH], 'target-arrow-fill': 'hollow' },
  });
  return blocks;
}

/**
 * People whose names are drawn (lod.ts): everyone from the zoom where a name can be read, key people from
 * further out, the selection and search hits at every zoom. Only they carry a label and its properties.
 */
export const NAMED_PEOPLE = `node.person.${NAMES_SHOWN}, node.person.${KEY_NAMES_SHOWN}, node.person:selected, node.person.search-hit`;

/** People whose images (sign, role badges, covers chips) are drawn: seen close enough (lod.ts). */
const PICTURED = `node.person.${IMAGES_SHOWN}`;

function personBlocks(theme: MapTheme): StyleBlock[] {
  const palette = PALETTE[theme];
  const blocks: StyleBlock[] = [
    {
      // Seen from afar (the default fit of a large map) a person is this alone: shape, size, fill, border.
      selector: 'node.person',
      style: {
        shape: 'ellipse',
        width: 'data(size)',
        height: 'data(size)',
        'border-color': palette.team,
        'border-width': COVERS_BORDER[0]?.width ?? 2,
        'border-style': 'dashed',
        'border-position': 'inside',
        // The dash pattern is carried only by the people whose border is dashed (below): a property fewer
        // for the others.
      },
    },
    {
      selector: NAMED_PEOPLE,
      style: {
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': 400,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': NAME_MARGIN,
        'line-height': PERSON_LABEL.lineHeight,
        'font-size': PERSON_LABEL.fontSize,
        'font-weight': 600,
        'font-family': FONT_STACK,
        color: palette.text,
        // Every label sits on an opaque plate: links pass under it, never through the words.
        ...LABEL_PLATE,
        'text-background-color': palette.labelBackdrop,
      },
    },
    {
      selector: PICTURED,
      style: {
        'background-image': 'data(icons)',
        'background-width': [SIGN_BOX, 'auto'],
        'background-height': [SIGN_BOX, 'auto'],
        'background-position-x': ['50%', '100%'],
        'background-position-y': ['50%', '0%'],
        'background-offset-x': [0, 8],
        'background-offset-y': [0, -6],
        'background-clip': ['none', 'none'],
        'background-image-containment': ['inside', 'over'],
        'background-image-crossorigin': 'null',
        // Room for the badges hanging over the top-right corner; kept small, it sizes every node's texture.
        'bounds-expansion': 10,
      },
    },
    {
      selector: 'node.person-title',
      style: {
        width: 1,
        height: 1,
        'background-opacity': 0,
        'border-width': 0,
        events: 'no',
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': 400,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 'data(offset)',
        'line-height': PERSON_LABEL.titleLineHeight,
        'font-size': PERSON_LABEL.titleFontSize,
        'font-weight': 400,
        'font-family': FONT_STACK,
        color: palette.textMuted,
        ...LABEL_PLATE,
        'text-background-color': palette.labelBackdrop,
        // On the graph only from the zoom where they can be read (lod.ts).
      },
    },
    {
      // Covers chips (elements.ts): a third image hanging under the node's bottom edge, centred.
      selector: `${PICTURED}.has-chips`,
      style: chipImages(['56%', 'auto', 'auto'], ['50%', '100%', '50%'], ['50%', '0%', '100%'], [0, 8, 0], [0, -6, COVER_CHIP.drop], ['inside', 'over', 'over']),
    },
    // The name keeps its place below the chips at every zoom (only people whose name is drawn carry it).
    { selector: NAMED_WITH_CHIPS, style: { 'text-margin-y': nameMargin(true) } },
  ];
  for (const [attitude, look] of Object.entries(palette.attitude)) {
    blocks.push({ selector: `node.att-${attitude}`, style: { 'background-color': look.fill } });
  }
  for (const [layer, look] of Object.entries(palette.bands)) {
    // Label plates in the band's own tint hide edges behind the text without drawing boxes.
    // Only people whose name is drawn carry it (NAMED_PEOPLE's classes): a property fewer for the others.
    blocks.push({ selector: [namedPeopleWith(`in-${layer}`), `node.person-title.in-${layer}`, `node.department-label.in-${layer}`].join(', '), style: { 'text-background-color': look.fill } });
  }
  for (const [role, shape] of Object.entries(ROLE_SHAPE)) {
    blocks.push({ selector: `node.shape-${role}`, style: { shape } });
  }
  COVERS_BORDER.forEach((border, strength) => {
    blocks.push({
      selector: `node.person.cov-${strength}`,
      style: { 'border-width': border.width, 'border-style': border.style, ...(border.style === 'dashed' ? { 'border-dash-pattern': [...PERSON_DASH] } : {}) },
    });
  });
  return blocks;
}

/** A person's dashed border (no covers, and gone in what-if or removed since a date, overlayStyle.ts). */
const PERSON_DASH = [5, 3] as const;

/** NAMED_PEOPLE narrowed to the people who also carry `className`. */
function namedPeopleWith(className: string): string {
  return NAMED_PEOPLE.split(', ')
    .map((selector) => selector.replace('node.person', `node.person.${className}`))
    .join(', ');
}

/** People whose name is drawn and who have covers chips: the name sits below the chips. */
const NAMED_WITH_CHIPS = namedPeopleWith('has-chips');

const LABEL_PLATE = {
  'text-background-opacity': 1,
  'text-background-shape': 'round-rectangle',
  'text-background-padding': 2,
} as const;


/** Background image lists for a person with covers chips: sign, badge slot, [eye,] chips. */
function chipImages(
  widths: (string | number)[],
  x: string[],
  y: string[],
  offsetX: number[],
  offsetY: number[],
  containment: string[],
): Record<string, StyleValue> {
  return {
    'background-image': widths.length === 3 ? 'data(icons)' : 'data(iconsFlagged)',
    'background-width': widths,
    'background-height': widths.map((w, i) => (i === 0 ? w : 'auto')),
    'background-position-x': x,
    'background-position-y': y,
    'background-offset-x': offsetX,
    'background-offset-y': offsetY,
    'background-clip': widths.map(() => 'none'),
    'background-image-containment': containment,
    // The chips reach past the node's sides and below it: its drawn texture must hold them.
    'bounds-expansion': COVER_CHIP.bounds,
  };
}

/** Chips of a hidden influencer: the eye badge stays third, the chips come fourth. */
export function flaggedChipImages(): Record<string, StyleValue> {
  return chipImages(
    ['56%', 'auto', EYE_BADGE.width, 'auto'],
    ['50%', '100%', '0%', '50%'],
    ['50%', '0%', '0%', '100%'],
    [0, 8, -8, 0],
    [0, -6, -6, COVER_CHIP.drop],
    ['inside', 'over', 'over', 'over'],
  );
}

/**
 * Covers links run from our team's column across every band: hidden unless asked for, the chips on each
 * person say who covers them. They come back for the person in focus (selected or hovered, focus.ts),
 * and all of them with the "Show covers lines" view option.
 */
function coversLineBlocks(showAll: boolean): StyleBlock[] {
  if (showAll) return [];
  return [
    { selector: 'edge.kind-covers', style: { display: 'none' } },
    { selector: 'edge.kind-covers.focus-link, edge.kind-covers:selected, edge.kind-covers.path', style: { display: 'element' } },
  ];
}

/**
 * Level of detail for images: seen from afar (lod.ts) a person draws no sign, role badges or covers
 * chips, and carries none of their properties, but the eye of the hidden-influencer overlay stays. Its
 * blank first image keeps its place (blank.ts) with no size: Cytoscape counts it drawn and draws nothing.
 */
function farFlaggedBlock(): StyleBlock {
  return {
    selector: 'node.person.hidden-influencer',
    style: {
      'background-image': 'data(iconsFarFlagged)',
      'background-width': [0, EYE_BADGE.width],
      'background-height': [0, EYE_BADGE.height],
      'background-position-x': ['50%', '0%'],
      'background-position-y': ['50%', '0%'],
      'background-offset-x': [0, -8],
      'background-offset-y': [0, -6],
      'background-clip': ['none', 'none'],
      'background-image-containment': ['inside', 'over'],
      'bounds-expansion': 10,
    },
  };
}

function backgroundBlocks(theme: MapTheme): StyleBlock[] {
  const palette = PALETTE[theme];
  const blocks: StyleBlock[] = [
    {
      selector: 'node.band',
      style: {
        shape: 'round-rectangle',
        'corner-radius': 14,
        width: 'data(w)',
        height: 'data(h)',
        'border-width': 1,
        'z-compound-depth': 'bottom',
        'z-index': 0,
        events: 'no',
        label: '',
      },
    },
    {
      selector: 'node.band-label',
      style: {
        width: 1,
        height: 1,
        'background-opacity': 0,
        'border-width': 0,
        label: 'data(label)',
        'text-valign': 'center',
        'z-compound-depth': 'bottom',
        'z-index': 1,
        events: 'no',
        'font-family': FONT_STACK,
        color: palette.text,
        'font-weight': 700,
        'font-size': 14,
        'min-zoomed-font-size': 5,
      },
    },
    { selector: 'node.band-title', style: { 'text-halign': 'right' } },
    {
      // A department's name centred over its run of people (elements.ts).
      selector: 'node.department-label',
      style: { 'text-halign': 'center', 'font-size': DEPARTMENT_LABEL.fontSize, 'font-weight': 600, 'min-zoomed-font-size': 6, color: palette.textMuted, ...LABEL_PLATE },
    },
    {
      selector: 'node.band-concern',
      style: { 'text-halign': 'left', 'font-weight': 400, 'font-size': BAND_CONCERN_FONT_SIZE, color: palette.textMuted },
    },
    // Small print of the bands, drawn only from the zoom where it can be read (lod.ts).
    { selector: 'node.department-label, node.band-concern', style: { display: 'none' } },
    { selector: `node.department-label.${BAND_NOTES_SHOWN}, node.band-concern.${BAND_NOTES_SHOWN}`, style: { display: 'element' } },
  ];
  for (const [key, look] of Object.entries(palette.bands)) {
    blocks.push({ selector: `node.band-${key}`, style: { 'background-color': look.fill, 'border-color': look.border } });
    blocks.push({ selector: `node.band-title.for-${key}`, style: { color: look.title } });
  }
  return blocks;
}

/**
 * Label sizes of the workshop's projector theme, in model units. A 1080p room sees the whole demo map at
 * a zoom of about 0.8 (the side panel takes its share of the width), and names must stay about 20 px tall
 * there: hence 26. The name alone is drawn (the caption and the panel carry the job title), wrapped to
 * the band layout's cell so that neighbours in a row never run into each other.
 */
export const PROJECTOR_LABEL = {
  personFontSize: 26,
  personMaxWidth: PRESENTATION_LABEL.person.maxWidth,
  /** a longer name is cut with an ellipsis (elements.ts wraps it), so it never reaches the row below */
  personNameLines: PRESENTATION_LABEL.person.nameLines,
  teamFontSize: 21,
  competitorFontSize: 19,
} as const;

/** Our team's and the competitors' boxes grow in the projector theme, as on a slide, to hold the larger names. */
const PROJECTOR_TEAM_NODE = PRESENTATION_LABEL.team;
const PROJECTOR_COMPETITOR_NODE = PRESENTATION_LABEL.competitor;

/**
 * The workshop's projector theme, read from the back of a room: names large and bold, band names and
 * concerns larger, heavier band borders, and the long covers links less faded. Node positions stay those
 * of the layout, so the same cells hold the labels.
 */
function projectorBlocks(): StyleBlock[] {
  return [
    {
      selector: NAMED_PEOPLE,
      style: {
        label: 'data(roomLabel)',
        'font-size': PROJECTOR_LABEL.personFontSize,
        'font-weight': 700,
        'line-height': 1.1,
        'text-max-width': PROJECTOR_LABEL.personMaxWidth,
        'text-margin-y': 4,
        'text-background-opacity': 1,
        'text-background-padding': 3,
      },
    },
    {
      selector: 'node.team',
      style: {
        width: PROJECTOR_TEAM_NODE.width,
        height: PROJECTOR_TEAM_NODE.height,
        'font-size': PROJECTOR_LABEL.teamFontSize,
        'font-weight': 700,
        'line-height': 1.15,
        'text-max-width': PROJECTOR_TEAM_NODE.width - 16,
      },
    },
    {
      selector: 'node.competitor',
      style: {
        width: PROJECTOR_COMPETITOR_NODE.width,
        height: PROJECTOR_COMPETITOR_NODE.height,
        'font-size': PROJECTOR_LABEL.competitorFontSize,
        'font-weight': 700,
        'line-height': 1.1,
        'text-max-width': PROJECTOR_COMPETITOR_NODE.width - 24,
      },
    },
    // A room reads names; the caption and the panel carry job titles.
    { selector: 'node.person-title', style: { display: 'none' } },
    { selector: NAMED_WITH_CHIPS, style: { 'text-margin-y': nameMargin(true) } },
    { selector: 'node.band', style: { 'border-width': 2 } },
    { selector: 'node.band-title', style: { 'font-size': 24 } },
    { selector: 'node.band-concern', style: { 'font-size': 17, color: PALETTE.contrast.text } },
    { selector: 'edge.kind-covers, edge.kind-competitorTie', style: { opacity: 0.7 } },
  ];
}

export interface StyleOptions {
  /** "Show covers lines": every covers link drawn, not only those of the person in focus. */
  coversLines?: boolean;
}

export function buildStylesheet(theme: MapTheme, options: StyleOptions = {}): StyleBlock[] {
  const palette = PALETTE[theme];
  return [
    {
      selector: 'core',
      style: {
        'active-bg-color': palette.selection,
        'active-bg-opacity': 0.12,
        'selection-box-color': palette.selection,
        'selection-box-border-color': palette.selection,
        'selection-box-opacity': 0.12,
        'selection-box-border-width': 1,
      },
    },
    {
      selector: 'node',
      style: {
        // Only what every node needs: each property here is applied to each node, with or without a label,
        // so the type's properties (the font's 170-character stack among them, hashed for each node) live in
        // the blocks of the nodes that draw a label.
        // The press overlay's padding and shape live with the blocks that show it (:active, gone, removed):
        // Cytoscape's own defaults otherwise, unseen at opacity 0 and not counted in any bounds.
        'overlay-opacity': 0,
        // Nodes without images of their own still get a loaded one (blank.ts): it keeps zooming cheap.
        // With no size it is counted drawn and never drawn: Cytoscape would otherwise clip to the node's
        // shape to blit a transparent pixel, at each first draw of each node. Every block that sets
        // images of its own sets their sizes too.
        'background-image': BLANK_ICON,
        'background-width': 0,
      },
    },
    {
      selector: 'edge',
      style: {
        // Seen from afar (lod.ts) a link is a plain line between the centres of its ends (under the nodes
        // and their name plates, as every link), without end arrows, which would be a few pixels there.
        'curve-style': 'haystack',
        width: 1.5,
        'line-color': palette.edge.reportsTo,
        // Never drawn: no block gives a link an overlay (a press shows none).
        'overlay-opacity': 0,
      },
    },
    // Straight lines draw fastest once arrows are drawn.
    { selector: arrowed('edge'), style: { 'curve-style': 'straight', 'arrow-scale': 0.9 } },
    // Only links sharing their two ends curve apart (elements.ts marks them), at every zoom.
    { selector: 'edge.parallel', style: { 'curve-style': 'bezier', 'control-point-step-size': 36 } },
    ...backgroundBlocks(theme),
    ...edgeBlocks(theme),
    ...personBlocks(theme),
    {
      selector: 'node.team',
      style: {
        shape: TEAM_NODE.shape,
        width: TEAM_NODE.width,
        height: TEAM_NODE.height,
        'corner-radius': 10,
        'background-color': palette.team,
        'border-width': 0,
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': TEAM_LABEL.maxWidth + 20,
        'text-valign': 'center',
        'text-halign': 'center',
        'line-height': 1.15,
        'font-size': TEAM_LABEL.fontSize,
        'font-weight': 600,
        'font-family': FONT_STACK,
        color: palette.teamText,
        'min-zoomed-font-size': 6,
      },
    },
    {
      selector: 'node.competitor',
      style: {
        shape: COMPETITOR_NODE.shape,
        width: COMPETITOR_NODE.width,
        height: COMPETITOR_NODE.height,
        'background-color': palette.competitorFill,
        'border-color': palette.competitorBorder,
        'border-width': 2,
        'border-position': 'inside',
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': TEAM_LABEL.maxWidth + 20,
        'text-valign': 'center',
        'text-halign': 'center',
        'font-size': TEAM_LABEL.fontSize,
        'font-weight': 600,
        'font-family': FONT_STACK,
        color: palette.competitorText,
        'min-zoomed-font-size': 6,
      },
    },
    ...(theme === 'contrast' ? projectorBlocks() : []),
    ...focusBlocks(),
    farFlaggedBlock(),
    ...overlayBlocks(palette),
    { selector: `${PICTURED}.hidden-influencer.has-chips`, style: flaggedChipImages() },
    // Left or on leave: faded and dotted, with a line under the name saying so (elements.ts).
    { selector: 'node.status-left, node.status-onLeave', style: { opacity: 0.42, 'border-style': 'dotted' } },
    // Gone in what-if or removed since a date: a person's border dashed as one without covers.
    { selector: 'node.person.gone, node.person.diff-removed', style: { 'border-dash-pattern': [...PERSON_DASH] } },
    ...focusLinkBlocks(),
    ...coversLineBlocks(options.coversLines === true),
    {
      selector: 'node.person:active, node.team:active, node.competitor:active',
      style: { 'overlay-opacity': 0.08, 'overlay-color': palette.selection, 'overlay-padding': 6 },
    },
    {
      selector: 'node:selected',
      style: {
        'outline-width': 4,
        'outline-color': palette.selection,
        'outline-offset': 4,
        'outline-opacity': 1,
        'underlay-color': palette.selection,
        'underlay-opacity': 0.16,
        'underlay-padding': 14,
        'underlay-shape': 'ellipse',
        'font-weight': 700,
      },
    },
    { selector: 'node.team:selected, node.competitor:selected', style: { 'underlay-shape': 'round-rectangle' } },
    ...selectedOverlayBlocks(palette),
    {
      selector: 'edge:selected',
      style: { 'underlay-color': palette.selection, 'underlay-opacity': 0.35, 'underlay-padding': 5, 'z-index': 10 },
    },
    {
      selector: 'node.link-source',
      style: { 'outline-width': 4, 'outline-color': palette.linkSource, 'outline-offset': 5, 'outline-style': 'dashed' },
    },
    {
      selector: 'node.ghost-end',
      style: { width: 1, height: 1, 'background-opacity': 0, 'border-width': 0, label: '', events: 'no' },
    },
    {
      selector: 'edge.ghost',
      style: {
        'line-color': palette.linkSource,
        'target-arrow-color': palette.linkSource,
        'target-arrow-shape': 'triangle',
        'line-style': 'dashed',
        width: 2.5,
        'curve-style': 'straight',
        events: 'no',
      },
    },
  ];
}
