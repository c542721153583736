import { departmentRuns, planLayout, type BandGeometry, type LayoutPlan, type Pos, type Rect } from '../layout';
import { LAYERS, type AccountData, type Link, type LinkKind, type Person } from '../model';
import { isUnverified } from '../analysis/staleMap';
import { chipLook, coversByPerson, type PersonCovers } from './chips';
import { mapLabels, type MapLabels } from './labels';
import { textWidth, wrapText } from './text';
import {
  ATTITUDE_SIGN,
  BADGE_ORDER,
  badgeRolesOf,
  COMPETITOR_NODE,
  COVER_CHIP,
  COVERS_BORDER,
  DEPARTMENT_LABEL,
  COVERS_NONE_DASH,
  EDGE_LOOK,
  FILE_PERSON_LABEL,
  PALETTE,
  PARALLEL_LINK_GAP,
  PRESENTATION_LABEL,
  SHAPE_PRIORITY,
  TEAM_NODE,
  UNVERIFIED_BADGE,
  OPEN_ACTIONS_BADGE,
  badgeLetters,
  influenceSize,
  type ArrowShape,
  type MainRole,
  type MapTheme,
  type Palette,
} from './vocabulary';

/**
 * The power map as a page of plain shapes (bands, links, people, words, legend), computed from the
 * account's data and our own band layout: no window, no Cytoscape. Exports draw it: as SVG text, then
 * PNG and PDF from the SVG, and as native shapes in an editable slide. So the app's exports and the
 * command line's are the same picture.
 *
 * Only what the map shows is here: names, titles, roles, attitude, influence, coverage and links.
 * Contact details, personal drivers and private notes never enter a scene.
 */

export interface SceneOptions {
  theme: MapTheme;
  locale: string;
  /** white: an opaque page; transparent: nothing behind the bands (for laying over a slide) */
  background: 'white' | 'transparent';
  legend: boolean;
  /** The heading over the map (the account's name by default); null for none. */
  title?: string | null;
  /** A smaller line under the title, e.g. the date of the export. */
  subtitle?: string;
  /**
   * For a room (a slide): each person's name alone in large type, the job title left out (the people
   * slide lists it), and larger names in our team's and the competitors' boxes. Files keep every label.
   */
  presentation?: boolean;
  /** Today (ISO): people not verified within 90 days carry the "90+" badge after their role badges, as on the map. */
  today?: string;
  /** How many open actions concern each person (shared/plan openActionsByPerson): they carry the flag badge, as on the map. */
  openActions?: ReadonlyMap<string, number>;
}

export type ShapeKind = 'ellipse' | 'diamond' | 'hexagon' | 'tag' | 'roundRect' | 'cutRect';

export interface SceneTextLine {
  text: string;
  size: number;
  bold: boolean;
  color: string;
}

export interface SceneNode {
  id: string;
  kind: 'person' | 'team' | 'competitor' | 'swatch';
  shape: ShapeKind;
  /** centre */
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string | null;
  stroke: string;
  strokeWidth: number;
  dash: readonly number[] | null;
  /** Drawn in the middle of the node (the attitude sign, or a team member's name). */
  inside: SceneTextLine[];
  /** Small round badges at the top-right (role letters). */
  badges: string[];
  /** Lines under the node (a person's name and title). */
  below: SceneTextLine[];
  /** Covers chips hanging under a person (chips.ts), as the map draws them; the lines go below them. */
  chips?: SceneChip[];
  /** A plate of this colour behind the lines under the node, so links crossing them do not (a slide's large names). */
  belowPlate?: string;
}

/** One covers chip: a pill with a team member's initials (bold) and the strength, or "+n" for more. */
export interface SceneChip {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  stroke: string;
  dashed: boolean;
  initials: string;
  /** the strength as a number; '' for the "+n" pill */
  strength: string;
  ink: string;
  size: number;
}

export interface SceneEdge {
  id: string;
  kind: LinkKind;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  dash: readonly number[] | null;
  /** two rails (ally) */
  double: boolean;
  startArrow: ArrowShape;
  endArrow: ArrowShape;
  midArrow: ArrowShape;
}

export interface SceneBand {
  key: string;
  rect: Rect;
  fill: string;
  border: string;
  title: string;
  titleColor: string;
  /** what the layer cares about, at the band's top-right */
  note: string;
}

export interface SceneText {
  x: number;
  y: number;
  text: string;
  size: number;
  bold: boolean;
  color: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface Scene {
  width: number;
  height: number;
  /** null: transparent */
  background: string | null;
  canvasColor: string;
  title: string;
  bands: SceneBand[];
  edges: SceneEdge[];
  nodes: SceneNode[];
  texts: SceneText[];
}

const MARGIN = 32;
const BAND_GAP = 6;
const TITLE_H = 64;
const LEGEND_ROW = 22;
const LEGEND_TOP_GAP = 28;
const SHAPE_OF: Record<MainRole | 'none', ShapeKind> = {
  decisionMaker: 'diamond',
  coach: 'tag',
  influencer: 'hexagon',
  user: 'roundRect',
  none: 'ellipse',
};

function mainRoles(person: Person): MainRole[] {
  return BADGE_ORDER.filter((role) => person.roles.includes(role));
}

/** The chips' row centred under a node of `size`, straddling its bottom edge as on the map. */
function chipRow(covers: PersonCovers, centre: Pos, size: number, palette: Palette): SceneChip[] {
  const { fontSize, height, drop } = COVER_CHIP;
  const gap = 2;
  const pills = covers.chips.map((chip) => {
    const look = chipLook(chip.strength, palette);
    const w = textWidth(chip.initials, fontSize) + textWidth('0', fontSize) + 14;
    return { w, fill: look.fill, stroke: palette.team, dashed: look.dashed, initials: chip.initials, strength: String(chip.strength), ink: look.ink };
  });
  if (covers.more > 0) {
    const text = `+${covers.more}`;
    pills.push({ w: textWidth(text, fontSize) + 8, fill: palette.canvas, stroke: palette.textMuted, dashed: false, initials: text, strength: '', ink: palette.text });
  }
  const total = pills.reduce((sum, pill) => sum + pill.w, 0) + gap * (pills.length - 1);
  const y = centre.y + size / 2 + drop - height;
  let x = centre.x - total / 2;
  return pills.map((pill) => {
    const chip = { ...pill, x, y, h: height, size: fontSize };
    x += pill.w + gap;
    return chip;
  });
}

/** The words under a person: name and job title, or the name alone in large type for a room. */
function personLabel(person: Person, palette: Palette, presentation: boolean): SceneTextLine[] {
  if (presentation) {
    const { fontSize, maxWidth, nameLines } = PRESENTATION_LABEL.person;
    return wrapText(person.name, maxWidth, fontSize, nameLines).map((text) => ({ text, size: fontSize, bold: true, color: palette.text }));
  }
  const { fontSize, maxWidth, nameLines, titleLines } = FILE_PERSON_LABEL;
  const name = wrapText(person.name, maxWidth, fontSize, nameLines);
  const title = wrapText(person.title, maxWidth, fontSize - 1, titleLines);
  return [
    ...name.map((text) => ({ text, size: fontSize, bold: true, color: palette.text })),
    ...title.map((text) => ({ text, size: fontSize - 1, bold: false, color: palette.textMuted })),
  ];
}

function personNode(person: Person, pos: Pos, covers: PersonCovers | undefined, palette: Palette, locale: string, presentation: boolean, today?: string, flagged = false): SceneNode {
  const best = covers?.best ?? 0;
  const size = influenceSize(person.influence);
  const roles = mainRoles(person);
  const shapeRole = SHAPE_PRIORITY.find((role) => roles.includes(role)) ?? 'none';
  const border = COVERS_BORDER[Math.min(3, Math.max(0, best))] ?? COVERS_BORDER[0]!;
  const look = palette.attitude[person.attitude];
  const letters = badgeLetters(locale);
  return {
    id: person.id,
    kind: 'person',
    shape: SHAPE_OF[shapeRole],
    x: pos.x,
    y: pos.y,
    w: size,
    h: size,
    fill: look.fill,
    stroke: palette.team,
    strokeWidth: border.width,
    dash: border.style === 'dashed' ? [5, 4] : null,
    inside: [{ text: ATTITUDE_SIGN[person.attitude], size: Math.round(size * 0.32), bold: true, color: look.sign }],
    badges: [...badgeRolesOf(person.roles).map((role) => letters[role]), ...(today !== undefined && isUnverified(person, today) ? [UNVERIFIED_BADGE] : []), ...(flagged ? [OPEN_ACTIONS_BADGE] : [])],
    below: personLabel(person, palette, presentation),
    ...(presentation ? { belowPlate: palette.bands[person.layer].fill } : {}),
    ...(covers && covers.chips.length > 0 ? { chips: chipRow(covers, pos, size, palette) } : {}),
  };
}

function boxNode(
  id: string,
  kind: 'team' | 'competitor',
  pos: Pos,
  lines: SceneTextLine[],
  look: { fill: string; stroke: string; strokeWidth: number },
  presentation: boolean,
): SceneNode {
  const box = presentation ? PRESENTATION_LABEL[kind] : kind === 'team' ? TEAM_NODE : COMPETITOR_NODE;
  return { id, kind, shape: kind === 'team' ? 'roundRect' : 'cutRect', x: pos.x, y: pos.y, w: box.width, h: box.height, ...look, dash: null, inside: lines, badges: [], below: [] };
}

/** Where the straight line from a node's centre towards `toward` leaves the node. */
function boundaryPoint(node: SceneNode, toward: Pos): Pos {
  const dx = toward.x - node.x;
  const dy = toward.y - node.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return { x: node.x, y: node.y };
  if (node.kind === 'person') {
    const r = node.w / 2 + 2;
    return { x: node.x + (dx / length) * r, y: node.y + (dy / length) * r };
  }
  const t = Math.min(Math.abs(dx) > 0 ? node.w / 2 / Math.abs(dx) : Infinity, Math.abs(dy) > 0 ? node.h / 2 / Math.abs(dy) : Infinity);
  return { x: node.x + dx * t, y: node.y + dy * t };
}

const pairOf = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * How far each link is shifted sideways from the line joining its two ends: 0 for a link alone between
 * its pair, else the pair's links spread evenly around that line, PARALLEL_LINK_GAP apart. The shift is
 * measured on the pair's own axis (from the end with the smaller id), so links drawn in opposite
 * directions still fan out instead of landing on each other.
 */
export function parallelOffsets(links: readonly Pick<Link, 'id' | 'from' | 'to'>[]): Map<string, number> {
  const byPair = new Map<string, string[]>();
  for (const link of links) {
    if (link.from === link.to) continue;
    const key = pairOf(link.from, link.to);
    const ids = byPair.get(key);
    if (ids) ids.push(link.id);
    else byPair.set(key, [link.id]);
  }
  const offsets = new Map<string, number>();
  for (const ids of byPair.values()) {
    ids.forEach((id, i) => offsets.set(id, (i - (ids.length - 1) / 2) * PARALLEL_LINK_GAP));
  }
  return offsets;
}

/** `edge` moved sideways by `offset`, perpendicular to the axis from the pair's lower id to its higher one. */
function shiftSideways(edge: SceneEdge, link: Link, offset: number): SceneEdge {
  if (offset === 0) return edge;
  const forward = link.from < link.to;
  const ax = forward ? edge.x2 - edge.x1 : edge.x1 - edge.x2;
  const ay = forward ? edge.y2 - edge.y1 : edge.y1 - edge.y2;
  const length = Math.hypot(ax, ay);
  if (length === 0) return edge;
  const nx = (-ay / length) * offset;
  const ny = (ax / length) * offset;
  return { ...edge, x1: edge.x1 + nx, y1: edge.y1 + ny, x2: edge.x2 + nx, y2: edge.y2 + ny };
}

function edgeFor(link: Link, from: SceneNode, to: SceneNode, palette: Palette): SceneEdge {
  const look = EDGE_LOOK[link.kind];
  const strength = link.strength ?? 0;
  const width = look.widths[Math.min(look.widths.length - 1, strength)] ?? look.widths[0]!;
  const dash =
    link.kind === 'covers' && strength === 0
      ? COVERS_NONE_DASH
      : look.lineStyle === 'dashed'
        ? (look.dash ?? [6, 4])
        : look.lineStyle === 'dotted'
          ? [1.5, 4]
          : null;
  const a = boundaryPoint(from, to);
  const b = boundaryPoint(to, from);
  return {
    id: link.id,
    kind: link.kind,
    x1: a.x,
    y1: a.y,
    x2: b.x,
    y2: b.y,
    color: palette.edge[link.kind],
    width,
    dash,
    double: look.double === true,
    startArrow: look.sourceArrow,
    endArrow: look.targetArrow,
    midArrow: look.midArrow,
  };
}

function bandsOf(geometry: BandGeometry, labels: MapLabels, palette: Palette): SceneBand[] {
  const layerBands = LAYERS.map((layer) => ({
    key: layer,
    rect: geometry.bands[layer],
    fill: palette.bands[layer].fill,
    border: palette.bands[layer].border,
    title: labels.layer[layer],
    titleColor: palette.bands[layer].title,
    note: labels.layerConcern[layer],
  }));
  const column = (key: 'team' | 'competitors', rect: Rect, title: string): SceneBand => ({
    key,
    rect,
    fill: palette.bands[key].fill,
    border: palette.bands[key].border,
    title,
    titleColor: palette.bands[key].title,
    note: '',
  });
  return [column('team', geometry.team, labels.team), ...layerBands, column('competitors', geometry.competitors, labels.competitors)];
}

/** The legend under the map, in four columns: attitude, role, our best coverage, links. */
function legendItems(left: number, top: number, width: number, labels: MapLabels, palette: Palette, locale: string) {
  const nodes: SceneNode[] = [];
  const edges: SceneEdge[] = [];
  const texts: SceneText[] = [];
  const columnW = width / 4;
  const heading = (column: number, text: string) =>
    texts.push({ x: left + column * columnW, y: top, text, size: 12, bold: true, color: palette.text, anchor: 'start' });
  const row = (column: number, index: number, text: string) => {
    const y = top + 14 + (index + 0.5) * LEGEND_ROW;
    texts.push({ x: left + column * columnW + 30, y: y + 4, text, size: 11, bold: false, color: palette.textMuted, anchor: 'start' });
    return { x: left + column * columnW + 10, y };
  };
  const swatch = (at: Pos, shape: ShapeKind, fill: string | null, stroke: string, strokeWidth: number, dash: readonly number[] | null, inside: SceneTextLine[] = []): SceneNode => ({
    id: `legend-${nodes.length}`,
    kind: 'swatch',
    shape,
    x: at.x,
    y: at.y,
    w: 16,
    h: 16,
    fill,
    stroke,
    strokeWidth,
    dash,
    inside,
    badges: [],
    below: [],
  });

  heading(0, labels.legend.fill);
  (['champion', 'supporter', 'neutral', 'skeptic', 'opponent', 'unknown'] as const).forEach((attitude, i) => {
    const at = row(0, i, labels.attitude[attitude]);
    const look = palette.attitude[attitude];
    nodes.push(swatch(at, 'ellipse', look.fill, palette.textMuted, 1, null, [{ text: ATTITUDE_SIGN[attitude], size: 8, bold: true, color: look.sign }]));
  });
  heading(1, labels.legend.shape);
  const letters = badgeLetters(locale);
  (['decisionMaker', 'influencer', 'coach', 'user'] as const).forEach((role, i) => {
    nodes.push(swatch(row(1, i, `${labels.role[role]} · ${letters[role]}`), SHAPE_OF[role], palette.attitude.neutral.fill, palette.textMuted, 1, null));
  });
  nodes.push(swatch(row(1, 4, labels.role.other), 'ellipse', palette.attitude.neutral.fill, palette.textMuted, 1, null));
  nodes.push({ ...swatch(row(1, 5, labels.legend.unverified), 'ellipse', palette.attitude.neutral.fill, palette.textMuted, 1, null), badges: [UNVERIFIED_BADGE] });
  heading(2, labels.legend.border);
  COVERS_BORDER.forEach((border, strength) => {
    const text = strength === 0 ? labels.legend.borderNone : labels.coversStrength[strength as 1 | 2 | 3];
    nodes.push(swatch(row(2, strength, text), 'ellipse', null, palette.team, Math.max(1.5, border.width * 0.6), border.style === 'dashed' ? [3, 2] : null));
  });
  nodes.push({ ...swatch(row(2, 4, labels.legend.openActions), 'ellipse', palette.attitude.neutral.fill, palette.textMuted, 1, null), badges: [OPEN_ACTIONS_BADGE] });
  texts.push({ x: left + 2 * columnW, y: top + 14 + 5.9 * LEGEND_ROW, text: `${labels.legend.size}${labels.legend.colon}${labels.legend.sizeLow} … ${labels.legend.sizeHigh}`, size: 11, bold: false, color: palette.textMuted, anchor: 'start' });
  heading(3, labels.legend.links);
  (['reportsTo', 'influences', 'ally', 'rival', 'covers', 'competitorTie'] as const).forEach((kind, i) => {
    const at = row(3, i, labels.link[kind]);
    const from = swatch({ x: at.x - 6, y: at.y }, 'ellipse', null, 'transparent', 0, null);
    const to = swatch({ x: at.x + 14, y: at.y }, 'ellipse', null, 'transparent', 0, null);
    const link: Link = { id: `legend-${kind}`, accountId: '', kind, from: '', to: '', strength: kind === 'influences' || kind === 'covers' || kind === 'competitorTie' ? 2 : null, lastContact: null };
    const edge = edgeFor(link, { ...from, w: 0 }, { ...to, w: 0 }, palette);
    edges.push({ ...edge, x1: at.x - 10, x2: at.x + 16, y1: at.y, y2: at.y });
  });
  return { nodes, edges, texts, height: 14 + 6 * LEGEND_ROW };
}

function inset(rect: Rect, by: number): Rect {
  return { x: rect.x, y: rect.y + by, w: rect.w, h: rect.h - 2 * by };
}

/** Department names over their runs of people, as the map draws them (shared/layout/departments.ts). */
function departmentTexts(people: readonly Person[], plan: LayoutPlan, at: (pos: Pos) => Pos, palette: Palette): SceneText[] {
  const { fontSize, inset, top } = DEPARTMENT_LABEL;
  return departmentRuns(people, plan.positions, plan.geometry).map((run) => {
    const centre = at({ x: (run.left + run.right) / 2, y: run.top + top });
    const text = wrapText(run.department, run.right - run.left - 2 * inset, fontSize, 1)[0] ?? '';
    // y is the baseline: the map centres the name on `top`.
    return { x: centre.x, y: centre.y + fontSize * 0.35, text, size: fontSize, bold: true, color: palette.textMuted, anchor: 'middle' as const };
  });
}

export function buildScene(data: AccountData, options: SceneOptions): Scene {
  const palette = PALETTE[options.theme];
  const labels = mapLabels(options.locale);
  const plan = planLayout(data);
  const geometry = plan.geometry;
  const title = options.title === undefined ? data.account.name : options.title;
  const titleH = title === null ? 0 : TITLE_H;
  const mapW = geometry.competitors.x + geometry.competitors.w;
  const mapH = Math.max(geometry.team.y + geometry.team.h, geometry.bands.user.y + geometry.bands.user.h);
  const dx = MARGIN;
  const dy = MARGIN + titleH;
  const at = (pos: Pos): Pos => ({ x: pos.x + dx, y: pos.y + dy });
  const shift = (rect: Rect): Rect => ({ ...rect, x: rect.x + dx, y: rect.y + dy });

  const covers = coversByPerson(data.links, data.team);
  const presentation = options.presentation === true;
  const teamText = presentation ? PRESENTATION_LABEL.team : { width: TEAM_NODE.width, nameSize: 12, functionSize: 10 };
  const competitorText = presentation ? PRESENTATION_LABEL.competitor : { width: COMPETITOR_NODE.width, nameSize: 12, nameLines: 1 };
  const byId = new Map<string, SceneNode>();
  for (const member of data.team) {
    const pos = plan.positions.get(member.id);
    if (!pos) continue;
    byId.set(
      member.id,
      boxNode(
        member.id,
        'team',
        at(pos),
        [
          { text: wrapText(member.name, teamText.width - 16, teamText.nameSize, 1)[0] ?? '', size: teamText.nameSize, bold: true, color: palette.teamText },
          { text: labels.teamFunction[member.function], size: teamText.functionSize, bold: false, color: palette.teamText },
        ],
        { fill: palette.team, stroke: palette.team, strokeWidth: 1 },
        presentation,
      ),
    );
  }
  for (const competitor of data.competitors) {
    const pos = plan.positions.get(competitor.id);
    if (!pos) continue;
    const name = wrapText(competitor.name, competitorText.width - 16, competitorText.nameSize, competitorText.nameLines);
    byId.set(
      competitor.id,
      boxNode(
        competitor.id,
        'competitor',
        at(pos),
        name.map((text) => ({ text, size: competitorText.nameSize, bold: true, color: palette.competitorText })),
        { fill: palette.competitorFill, stroke: palette.competitorBorder, strokeWidth: 1.5 },
        presentation,
      ),
    );
  }
  for (const person of data.people) {
    const pos = plan.positions.get(person.id);
    if (pos) byId.set(person.id, personNode(person, at(pos), covers.get(person.id), palette, options.locale, presentation, options.today, (options.openActions?.get(person.id) ?? 0) > 0));
  }
  const edges: SceneEdge[] = [];
  const drawable = data.links.filter((link) => byId.has(link.from) && byId.has(link.to) && link.from !== link.to);
  const offsets = parallelOffsets(drawable);
  for (const link of drawable) {
    const edge = edgeFor(link, byId.get(link.from) as SceneNode, byId.get(link.to) as SceneNode, palette);
    edges.push(shiftSideways(edge, link, offsets.get(link.id) ?? 0));
  }

  const texts: SceneText[] = departmentTexts(data.people, plan, at, palette);
  if (title !== null) {
    texts.push({ x: MARGIN, y: MARGIN + 26, text: title, size: 24, bold: true, color: palette.text, anchor: 'start' });
    if (options.subtitle) texts.push({ x: MARGIN, y: MARGIN + 48, text: options.subtitle, size: 13, bold: false, color: palette.textMuted, anchor: 'start' });
  }
  let height = dy + mapH + MARGIN;
  const nodes = [...byId.values()];
  if (options.legend) {
    const legendTop = dy + mapH + LEGEND_TOP_GAP;
    const legend = legendItems(MARGIN + 8, legendTop, Math.max(720, mapW - 16), labels, palette, options.locale);
    nodes.push(...legend.nodes);
    edges.push(...legend.edges);
    texts.push(...legend.texts);
    height = legendTop + legend.height + MARGIN;
  }
  return {
    width: Math.ceil(Math.max(mapW, options.legend ? 736 : 0) + 2 * MARGIN),
    height: Math.ceil(height),
    background: options.background === 'white' ? '#ffffff' : null,
    canvasColor: palette.canvas,
    title: title ?? data.account.name,
    // A hairline gap between stacked bands, as the app draws them, so each reads as its own band.
    bands: bandsOf(geometry, labels, palette).map((band) => ({ ...band, rect: inset(shift(band.rect), BAND_GAP / 2) })),
    edges,
    nodes,
    texts,
  };
}
