import type { Attitude, Layer, LinkKind } from '../../../shared/model';
import { focusBlocks, focusLinkBlocks, overlayBlocks, selectedOverlayBlocks } from './overlayStyle';

/**
 * The map's visual vocabulary: colours per theme, shapes, sizes, line styles, and the Cytoscape
 * stylesheet built from them. The legend reads the same constants, so the two cannot disagree.
 * Cytoscape draws on a canvas and needs literal colours; these follow tokens.css's palette.
 */

export type MapTheme = 'light' | 'dark';

/** tokens.css --font-ui; canvas text and the SVG badges use the same stack (Latin and CJK). */
export const FONT_STACK =
  'Inter, "Segoe UI", system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Droid Sans Fallback", sans-serif';

export type BandKey = Layer | 'team' | 'competitors';

export interface AttitudeLook {
  fill: string;
  /** colour of the sign drawn inside the node, chosen for contrast with the fill */
  sign: string;
}

export interface Palette {
  canvas: string;
  text: string;
  textMuted: string;
  /** backdrop behind node labels so edges passing under them do not hurt reading */
  labelBackdrop: string;
  team: string;
  teamText: string;
  competitorFill: string;
  competitorBorder: string;
  competitorText: string;
  selection: string;
  linkSource: string;
  badgeFill: string;
  badgeText: string;
  /** thin ring around badges so they read against any node fill */
  badgeRing: string;
  bands: Record<BandKey, { fill: string; border: string; title: string }>;
  attitude: Record<Attitude, AttitudeLook>;
  edge: Record<LinkKind, string>;
  /** analysis marks (overlays.ts); each also has a shape, pattern, badge or line style */
  overlay: OverlayPalette;
}

export interface OverlayPalette {
  bottleneck: string;
  singleThread: string;
  /** uncovered decision maker outline */
  alarm: string;
  hidden: string;
  hiddenText: string;
  path: string;
  spotlight: string;
  gone: string;
  /** band overlays: hatch lines, tint and the title's flag colour */
  uncovered: { hatch: string; tint: string; border: string; text: string };
  missing: { hatch: string; tint: string; border: string; text: string };
}

export const PALETTE: Record<MapTheme, Palette> = {
  light: {
    canvas: '#f4f5f7',
    text: '#1b2230',
    textMuted: '#5d6676',
    labelBackdrop: '#ffffff',
    team: '#2f5fd0',
    teamText: '#ffffff',
    competitorFill: '#fdf1dc',
    competitorBorder: '#b86e00',
    competitorText: '#6b4100',
    selection: '#8b3fe0',
    linkSource: '#d0367d',
    badgeFill: '#27303f',
    badgeText: '#ffffff',
    badgeRing: '#ffffff',
    bands: {
      image: { fill: '#eef2fc', border: '#d5ddf2', title: '#3a4f86' },
      decision: { fill: '#f3effb', border: '#ded4f1', title: '#573d8a' },
      implementation: { fill: '#ecf6f2', border: '#cfe6dc', title: '#2c6a50' },
      user: { fill: '#f9f4ea', border: '#ece0c8', title: '#7a5a1e' },
      team: { fill: '#e9effc', border: '#c9d6f4', title: '#2f5fd0' },
      competitors: { fill: '#fcf3e3', border: '#f0dbb4', title: '#8f5600' },
    },
    attitude: {
      champion: { fill: '#1f8a4c', sign: '#ffffff' },
      supporter: { fill: '#9fdcb4', sign: '#0f4527' },
      neutral: { fill: '#cfd4dc', sign: '#2b3340' },
      skeptic: { fill: '#f4b942', sign: '#4f3300' },
      opponent: { fill: '#d2402f', sign: '#ffffff' },
      unknown: { fill: '#ffffff', sign: '#5d6676' },
    },
    edge: {
      reportsTo: '#7f889a',
      influences: '#7c4dcc',
      ally: '#23904f',
      rival: '#cf3a2a',
      covers: '#2f5fd0',
      competitorTie: '#c27400',
    },
    overlay: {
      bottleneck: '#e8590c',
      singleThread: '#d9a400',
      alarm: '#d6262b',
      hidden: '#6741d9',
      hiddenText: '#ffffff',
      path: '#0b7f8c',
      spotlight: '#1c7ed6',
      gone: '#8a919e',
      uncovered: { hatch: '#d98e04', tint: '#fdf3dd', border: '#e8b34a', text: '#8a5a00' },
      missing: { hatch: '#d6262b', tint: '#fdecec', border: '#eb8c8c', text: '#b3191e' },
    },
  },
  dark: {
    canvas: '#14171c',
    text: '#e7ebf1',
    textMuted: '#9aa4b3',
    labelBackdrop: '#14171c',
    team: '#6d94f2',
    teamText: '#0d1322',
    competitorFill: '#3b2e17',
    competitorBorder: '#f0ad45',
    competitorText: '#f7d49b',
    selection: '#c39bff',
    linkSource: '#ff7ab6',
    badgeFill: '#e7ebf1',
    badgeText: '#14171c',
    badgeRing: '#14171c',
    bands: {
      image: { fill: '#1a2030', border: '#27304a', title: '#a9bcf0' },
      decision: { fill: '#1f1b2d', border: '#2f2845', title: '#c6b2f0' },
      implementation: { fill: '#172420', border: '#233a32', title: '#94d6b5' },
      user: { fill: '#241f17', border: '#3a3123', title: '#e2c68e' },
      team: { fill: '#18213a', border: '#28375e', title: '#87a8f5' },
      competitors: { fill: '#2a2216', border: '#463720', title: '#f0ad45' },
    },
    attitude: {
      champion: { fill: '#2fae63', sign: '#06200f' },
      supporter: { fill: '#94dcae', sign: '#0b3520' },
      neutral: { fill: '#9aa3b1', sign: '#151a22' },
      skeptic: { fill: '#f0ad45', sign: '#2e1d00' },
      opponent: { fill: '#ef6a5b', sign: '#2b0703' },
      unknown: { fill: '#1c2027', sign: '#c5ccd7' },
    },
    edge: {
      reportsTo: '#8d97a8',
      influences: '#b493f5',
      ally: '#5cc98a',
      rival: '#f07263',
      covers: '#6d94f2',
      competitorTie: '#f0ad45',
    },
    overlay: {
      bottleneck: '#ff8a3d',
      singleThread: '#f5c33b',
      alarm: '#ff5c5c',
      hidden: '#9775fa',
      hiddenText: '#14171c',
      path: '#3bc9db',
      spotlight: '#74c0fc',
      gone: '#6b7380',
      uncovered: { hatch: '#c7912c', tint: '#2a2416', border: '#8a6a2a', text: '#f5c66b' },
      missing: { hatch: '#e0605a', tint: '#2c1a1a', border: '#8c3a36', text: '#ff8f87' },
    },
  },
};

/** Signs inside person nodes, so attitude never depends on colour alone (U+2212 minus sign). */
export const ATTITUDE_SIGN: Record<Attitude, string> = {
  champion: '+2',
  supporter: '+1',
  neutral: '0',
  skeptic: '\u22121',
  opponent: '\u22122',
  unknown: '?',
};

export type MainRole = 'decisionMaker' | 'influencer' | 'coach' | 'user';
export type ShapeRole = MainRole | 'none';

/** A person holding several main roles takes the shape of the first here; badges show all of them. */
export const SHAPE_PRIORITY: readonly MainRole[] = ['decisionMaker', 'coach', 'influencer', 'user'];
/** Badges are listed in DOMAIN order. */
export const BADGE_ORDER: readonly MainRole[] = ['decisionMaker', 'influencer', 'coach', 'user'];

export const ROLE_SHAPE: Record<ShapeRole, string> = {
  decisionMaker: 'round-diamond',
  coach: 'round-tag',
  influencer: 'round-hexagon',
  user: 'round-rectangle',
  none: 'ellipse',
};

/** Node diameter per influence rating 1-5. */
export const INFLUENCE_SIZE: readonly number[] = [44, 54, 64, 74, 84];

export function influenceSize(influence: number): number {
  const index = Math.min(5, Math.max(1, Math.round(influence))) - 1;
  return INFLUENCE_SIZE[index] as number;
}

/** Border per our best covers strength 0-3: width and style. None is dashed. */
export const COVERS_BORDER: readonly { width: number; style: 'dashed' | 'solid' }[] = [
  { width: 2, style: 'dashed' },
  { width: 3, style: 'solid' },
  { width: 5, style: 'solid' },
  { width: 7, style: 'solid' },
];

export type ArrowShape = 'none' | 'triangle' | 'vee' | 'tee' | 'circle' | 'square' | 'diamond' | 'chevron';

export interface EdgeLook {
  lineStyle: 'solid' | 'dashed' | 'dotted';
  dash?: readonly number[];
  /** width per strength; index 0 is used for kinds without strength */
  widths: readonly number[];
  sourceArrow: ArrowShape;
  targetArrow: ArrowShape;
  midArrow: ArrowShape;
  /** drawn as two parallel rails (a line in the canvas colour inside an outline of the kind's colour) */
  double?: boolean;
}

/** Every kind differs in line style or arrows, not only in colour. */
export const EDGE_LOOK: Record<LinkKind, EdgeLook> = {
  reportsTo: { lineStyle: 'solid', widths: [1.5], sourceArrow: 'none', targetArrow: 'triangle', midArrow: 'none' },
  influences: { lineStyle: 'dashed', dash: [7, 4], widths: [1.5, 1.5, 2.5, 3.5], sourceArrow: 'none', targetArrow: 'vee', midArrow: 'none' },
  ally: { lineStyle: 'solid', widths: [1.5], sourceArrow: 'none', targetArrow: 'none', midArrow: 'circle', double: true },
  rival: { lineStyle: 'dotted', widths: [2.5], sourceArrow: 'tee', targetArrow: 'tee', midArrow: 'none' },
  covers: { lineStyle: 'solid', widths: [1.25, 1.5, 2.5, 3.5], sourceArrow: 'none', targetArrow: 'circle', midArrow: 'none' },
  competitorTie: { lineStyle: 'dashed', dash: [10, 3, 2, 3], widths: [1.5, 1.5, 2.5, 3.5], sourceArrow: 'none', targetArrow: 'square', midArrow: 'none' },
};

/** Resting opacity of covers links and competitor ties (they cross the whole map). */
export const LONG_LINK_OPACITY = 0.42;

/** Covers strength 0 (none) is dotted even though the kind is solid. */
export const COVERS_NONE_DASH: readonly number[] = [2, 4];

export const TEAM_NODE = { width: 156, height: 46, shape: 'round-rectangle' } as const;
export const COMPETITOR_NODE = { width: 156, height: 44, shape: 'cut-rectangle' } as const;

/** Person labels: pre-wrapped by elements.ts to at most this width (model units) and line count. */
export const PERSON_LABEL = { fontSize: 12, maxWidth: 166, nameLines: 1, titleLines: 2 } as const;
export const TEAM_LABEL = { fontSize: 12, maxWidth: 140 } as const;

/** Sign image: a fraction of the node's box, centred. */
export const SIGN_BOX = '56%';

type StyleValue = string | number | readonly (string | number)[];
export interface StyleBlock {
  selector: string;
  style: Record<string, StyleValue>;
}

function edgeBlocks(theme: MapTheme): StyleBlock[] {
  const palette = PALETTE[theme];
  const blocks: StyleBlock[] = [];
  for (const kind of Object.keys(EDGE_LOOK) as LinkKind[]) {
    const look = EDGE_LOOK[kind];
    const colour = palette.edge[kind];
    const style: Record<string, StyleValue> = {
      'line-color': colour,
      'target-arrow-color': colour,
      'source-arrow-color': colour,
      'mid-target-arrow-color': colour,
      'line-style': look.lineStyle,
      width: look.widths[0] as number,
      'source-arrow-shape': look.sourceArrow,
      'target-arrow-shape': look.targetArrow,
      'mid-target-arrow-shape': look.midArrow,
    };
    if (look.dash) style['line-dash-pattern'] = [...look.dash];
    if (look.double) {
      // Two rails: the line itself in the canvas colour, its outline in the kind's colour.
      style['line-color'] = palette.canvas;
      style['line-outline-color'] = colour;
      style['line-outline-width'] = 1.5;
      style['width'] = 2;
      style['mid-target-arrow-fill'] = 'filled';
    }
    blocks.push({ selector: `edge.kind-${kind}`, style });
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

function personBlocks(theme: MapTheme): StyleBlock[] {
  const palette = PALETTE[theme];
  const blocks: StyleBlock[] = [
    {
      selector: 'node.person',
      style: {
        shape: 'ellipse',
        width: 'data(size)',
        height: 'data(size)',
        'border-color': palette.team,
        'border-width': COVERS_BORDER[0]?.width ?? 2,
        'border-style': 'dashed',
        'border-position': 'inside',
        'border-dash-pattern': [5, 3],
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
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': 400,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 6,
        'line-height': 1.3,
        'font-size': PERSON_LABEL.fontSize,
        'font-weight': 500,
        color: palette.text,
        'text-background-color': palette.labelBackdrop,
        'text-background-opacity': 0.85,
        'text-background-shape': 'round-rectangle',
        'text-background-padding': 2,
        'min-zoomed-font-size': 7,
      },
    },
  ];
  for (const [attitude, look] of Object.entries(palette.attitude)) {
    blocks.push({ selector: `node.att-${attitude}`, style: { 'background-color': look.fill } });
  }
  for (const [layer, look] of Object.entries(palette.bands)) {
    // Label backdrops in the band's own tint hide edges behind the text without drawing boxes.
    blocks.push({ selector: `node.person.in-${layer}`, style: { 'text-background-color': look.fill } });
  }
  for (const [role, shape] of Object.entries(ROLE_SHAPE)) {
    blocks.push({ selector: `node.shape-${role}`, style: { shape } });
  }
  COVERS_BORDER.forEach((border, strength) => {
    blocks.push({
      selector: `node.person.cov-${strength}`,
      style: { 'border-width': border.width, 'border-style': border.style },
    });
  });
  return blocks;
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
        'font-weight': 700,
        'font-size': 14,
        'min-zoomed-font-size': 5,
      },
    },
    { selector: 'node.band-title', style: { 'text-halign': 'right' } },
    {
      selector: 'node.band-concern',
      style: { 'text-halign': 'left', 'font-weight': 400, 'font-size': 12, color: palette.textMuted },
    },
  ];
  for (const [key, look] of Object.entries(palette.bands)) {
    blocks.push({ selector: `node.band-${key}`, style: { 'background-color': look.fill, 'border-color': look.border } });
    blocks.push({ selector: `node.band-title.for-${key}`, style: { color: look.title } });
  }
  return blocks;
}

export function buildStylesheet(theme: MapTheme): StyleBlock[] {
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
        'font-family': FONT_STACK,
        color: palette.text,
        'overlay-opacity': 0,
        'overlay-padding': 6,
        'overlay-shape': 'round-rectangle',
      },
    },
    {
      selector: 'edge',
      style: {
        // Straight lines draw fastest; only edges sharing their two ends curve apart (elements.ts marks them).
        'curve-style': 'straight',
        'control-point-step-size': 36,
        'arrow-scale': 0.9,
        width: 1.5,
        'line-color': palette.edge.reportsTo,
        'overlay-padding': 4,
        'overlay-opacity': 0,
      },
    },
    { selector: 'edge.parallel', style: { 'curve-style': 'bezier' } },
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
        'line-height': 1.25,
        'font-size': TEAM_LABEL.fontSize,
        'font-weight': 600,
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
        color: palette.competitorText,
        'min-zoomed-font-size': 6,
      },
    },
    ...focusBlocks(),
    ...overlayBlocks(palette),
    ...focusLinkBlocks(),
    {
      selector: 'node.person:active, node.team:active, node.competitor:active',
      style: { 'overlay-opacity': 0.08, 'overlay-color': palette.selection },
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
