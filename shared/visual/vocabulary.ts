import { CELL_W, COMPETITOR_CELL_H, COMPETITOR_COLUMN_W, TEAM_CELL_H, TEAM_COLUMN_W } from '../layout';
import type { Attitude, Layer, LinkKind, Role } from '../model';

/**
 * The map's visual vocabulary: colours per theme, shapes, sizes, line styles. The app's Cytoscape
 * stylesheet, its legend and the exported drawings (SVG, PNG, PDF, slides) all read these constants,
 * so they cannot disagree. Literal colours (canvas and files need them), following tokens.css.
 */

/** `contrast` is the workshop's projector theme: white ground, black text, stronger tints and lines. */
export type MapTheme = 'light' | 'dark' | 'contrast';

/**
 * tokens.css --font-ui: canvas text, badges and exported drawings use the same stack. Latin fonts come
 * before the CJK ones, whose Latin punctuation is full-width; Chinese falls through to the CJK fonts.
 */
export const FONT_STACK =
  'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Droid Sans Fallback", sans-serif';

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
  contrast: {
    canvas: '#ffffff',
    text: '#000000',
    textMuted: '#2b2f36',
    labelBackdrop: '#ffffff',
    team: '#0038b8',
    teamText: '#ffffff',
    competitorFill: '#ffe3b0',
    competitorBorder: '#8a4b00',
    competitorText: '#3d2200',
    selection: '#7a00cc',
    linkSource: '#c2006b',
    badgeFill: '#000000',
    badgeText: '#ffffff',
    badgeRing: '#ffffff',
    // Washed-out projectors lose pale tints: stronger fills and dark borders keep the bands apart.
    bands: {
      image: { fill: '#d9e3fb', border: '#4a64b0', title: '#0f2a6e' },
      decision: { fill: '#e5d9f7', border: '#6a4aa8', title: '#33106b' },
      implementation: { fill: '#d2eee0', border: '#2f7d5a', title: '#0a4a2e' },
      user: { fill: '#f6e5c2', border: '#a67a25', title: '#4a3000' },
      team: { fill: '#d3e0fb', border: '#2f5fd0', title: '#0038b8' },
      competitors: { fill: '#fbe3b8', border: '#b86e00', title: '#5a3300' },
    },
    attitude: {
      champion: { fill: '#0b7a3b', sign: '#ffffff' },
      supporter: { fill: '#7fd49c', sign: '#00331a' },
      neutral: { fill: '#b8bec8', sign: '#000000' },
      skeptic: { fill: '#f2a900', sign: '#2a1a00' },
      opponent: { fill: '#c4161c', sign: '#ffffff' },
      unknown: { fill: '#ffffff', sign: '#000000' },
    },
    edge: {
      reportsTo: '#343b48',
      influences: '#5b21b6',
      ally: '#0b7a3b',
      rival: '#c4161c',
      covers: '#0038b8',
      competitorTie: '#9a5700',
    },
    overlay: {
      bottleneck: '#d9480f',
      singleThread: '#b08900',
      alarm: '#c4161c',
      hidden: '#5b21b6',
      hiddenText: '#ffffff',
      path: '#006d77',
      spotlight: '#0050d0',
      gone: '#6b7280',
      uncovered: { hatch: '#b07000', tint: '#fbe9c4', border: '#b07000', text: '#5a3800' },
      missing: { hatch: '#c4161c', tint: '#fbd9d9', border: '#c4161c', text: '#8a0f13' },
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
/** The other roles draw no shape of their own, only a badge after the main roles' ones. */
export const EXTRA_BADGE_ORDER: readonly Role[] = ['technicalGatekeeper', 'financialGatekeeper', 'purchaser', 'initiator', 'evaluator'];
/** Every role a person holds, as the badges drawn for them, in order. */
export function badgeRolesOf(roles: readonly Role[]): Role[] {
  return [...BADGE_ORDER, ...EXTRA_BADGE_ORDER].filter((role) => roles.includes(role));
}

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

export const TEAM_NODE = { width: 164, height: 54, shape: 'round-rectangle' } as const;
export const COMPETITOR_NODE = { width: 164, height: 50, shape: 'cut-rectangle' } as const;

/**
 * Labels of a map shown to a room (a slide, and the workshop's projector theme, which sets its own type
 * sizes for the screen): the name alone, large and bold, on at most two lines of the layout's cell; our
 * team's and the competitors' boxes grow within their columns to hold larger names. A 17-person map on a
 * 16:9 slide then has names of about 10 pt.
 */
export const PRESENTATION_LABEL = {
  person: { fontSize: 24, maxWidth: CELL_W - 12, nameLines: 2 },
  team: { width: TEAM_COLUMN_W - 20, height: TEAM_CELL_H - 12, nameSize: 18, functionSize: 14 },
  competitor: { width: COMPETITOR_COLUMN_W - 16, height: COMPETITOR_CELL_H - 18, nameSize: 17, nameLines: 2 },
} as const;

/** Person labels in exported files (SVG, PNG, PDF), read at full size: the name bold above the job title. */
export const FILE_PERSON_LABEL = { fontSize: 12, maxWidth: 166, nameLines: 1, titleLines: 2 } as const;

/**
 * Links joining the same two people (an influence and a rival link) are drawn side by side this far
 * apart (model units, centre to centre), on screen and in every export, never on top of each other.
 */
export const PARALLEL_LINK_GAP = 10;

/**
 * Person labels on screen, pre-wrapped by elements.ts to at most this width (model units) and line count.
 * The name is large (a 40-person map fits a 1366x768 laptop with the panel open at a zoom of about 0.5,
 * where names must stay at least 11 px tall); the job title is smaller and drawn only once the user zooms
 * in far enough to read it (`minTitlePx`), so a map at fit shows names, not a grey haze of small print.
 */
export const PERSON_LABEL = {
  fontSize: 24,
  maxWidth: CELL_W - 14,
  nameLines: 2,
  lineHeight: 1.12,
  titleFontSize: 13,
  titleLines: 2,
  titleLineHeight: 1.2,
  /** below this height on screen (px) a secondary label is not drawn at all */
  minTitlePx: 9,
  /** below this height on screen (px) the name of someone who is not a key person is not drawn */
  minNamePx: 8,
  /** the same for key people (decision makers, coaches, influence 4-5): drawn much longer, but not as specks */
  minKeyNamePx: 4,
} as const;
/** Our team's and the competitors' box labels on screen: large enough to read at a laptop's fit. */
export const TEAM_LABEL = { fontSize: 17, maxWidth: 144 } as const;

/**
 * Where a person's words sit under their node on screen (model units): the name this far below the
 * node, or, when covers chips hang under the node, below the chips; the title right under the name.
 */
export const NAME_MARGIN = 5;
export const TITLE_GAP = 3;

/** Role badges on screen: a row of pills over a person's top-right corner, this tall (model units). */
export const ROLE_BADGE_HEIGHT = 18;

/** Covers chips on screen: a row of pills hanging under the node's bottom edge (see shared/visual/chips). */
export const COVER_CHIP = {
  height: 22,
  fontSize: 13,
  /** how far the row's bottom reaches below the node */
  drop: 13,
  /** room the node's drawing keeps around it for the row (it is wider than small nodes) */
  bounds: 48,
} as const;

/** The name's distance below the node: clear of the chips when there are any. */
export function nameMargin(hasChips: boolean): number {
  return hasChips ? COVER_CHIP.drop + 3 : NAME_MARGIN;
}

/** Department names on screen: small type centred at the top of each run of colleagues in a band row. */
export const DEPARTMENT_LABEL = { fontSize: 13, inset: 16, top: 9 } as const;

/** Sign image: a fraction of the node's box, centred. */
export const SIGN_BOX = '56%';

/** Role badges' letters, per language (a person may hold several roles, so several badges). */
const BADGE_LETTERS: Record<'en' | 'zh', Record<Role, string>> = {
  en: { decisionMaker: 'DM', influencer: 'I', coach: 'C', user: 'U', technicalGatekeeper: 'TG', financialGatekeeper: 'FG', purchaser: 'P', initiator: 'In', evaluator: 'E' },
  zh: { decisionMaker: '决', influencer: '影', coach: '教', user: '用', technicalGatekeeper: '技', financialGatekeeper: '财', purchaser: '采', initiator: '发', evaluator: '评' },
};

export function badgeLetters(locale: string): Record<Role, string> {
  return locale.toLowerCase().startsWith('zh') ? BADGE_LETTERS.zh : BADGE_LETTERS.en;
}

/**
 * The mark of a person not verified within 90 days (DOMAIN rule 11): one more badge after the role
 * badges, saying "90+" (days; a sign, not a colour; not a question mark, which is the unknown attitude's
 * sign), the same in every language, on screen and in exports.
 */
export const UNVERIFIED_BADGE = '90+';

/**
 * The mark of a person with open actions (issue 13): a flag badge closing the badge row (a sign, not a
 * colour), the same in every language, on screen and in exports; the hover card gives the count.
 */
export const OPEN_ACTIONS_BADGE = '\u2691';

/**
 * The flag drawn as a path (a pole and a pennant), centred on (cx, cy) and `h` tall: drawings never depend
 * on a font having the flag character (the CJK fonts exports embed do not).
 */
export function openActionsFlagPath(cx: number, cy: number, h: number): string {
  const r = (v: number) => Math.round(v * 100) / 100;
  const top = cy - h / 2;
  const pole = cx - h * 0.3;
  const w = h * 0.3;
  return `M${r(pole)} ${r(cy + h / 2)}V${r(top)}L${r(pole + h * 0.7)} ${r(top + h * 0.28)}L${r(pole)} ${r(top + h * 0.56)}M${r(pole - w * 0.15)} ${r(cy + h / 2)}h${r(w * 0.3)}`;
}
