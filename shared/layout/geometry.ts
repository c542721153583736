import { LAYERS, type Layer } from '../model';

/**
 * The map's coordinate system, in model units (1 unit = 1 CSS pixel at zoom 1).
 *
 *   x: 0 ........ TEAM_COLUMN_W | gap | bands (BANDS_LEFT .. BANDS_LEFT + width) | gap | competitors
 *   y: 0 = top of the image band; the four bands stack downwards without gaps.
 *
 * Bands are a grid of cells. A band is `BAND_TITLE_H + rows * CELL_H + BAND_PAD_BOTTOM` high and
 * `2 * BAND_PAD_X + columns * CELL_W` wide; every band has the same width. Heights and widths are
 * quantised to whole cells so that the geometry recovered from stored positions is the geometry that
 * produced them, and a drag clamped into a band can never make the band grow.
 */

export interface Pos {
  x: number;
  y: number;
}

/** Axis-aligned rectangle; (x, y) is the top-left corner. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface BandGeometry {
  bands: Record<Layer, Rect>;
  /** Our team's column, left of the bands, at least as tall as the four bands together. */
  team: Rect;
  /** The competitors' column, right of the bands. */
  competitors: Rect;
  /** Grid columns per band. */
  columns: number;
  /** Grid rows per band. */
  rows: Record<Layer, number>;
}

/** One grid cell holds one person: the node (up to ~84 units) with a two-line label below it. */
export const CELL_W = 184;
export const CELL_H = 156;
/** Strip at the top of a band holding its name. */
export const BAND_TITLE_H = 40;
export const BAND_PAD_X = 28;
export const BAND_PAD_BOTTOM = 8;
/** A node's centre sits this far below the top of its cell, leaving room for the label underneath. */
export const NODE_IN_CELL_Y = 56;
/** A band is never narrower than this many cells: small accounts still look like a map, not a list. */
export const MIN_COLUMNS = 6;
/** Initial layouts aim for a landscape map that fits a laptop screen or a 16:9 slide. */
export const TARGET_ASPECT = 1.6;

export const TEAM_COLUMN_W = 216;
export const COLUMN_GAP = 28;
export const BANDS_LEFT = TEAM_COLUMN_W + COLUMN_GAP;
export const TEAM_CELL_H = 76;
export const TEAM_FIRST_Y = BAND_TITLE_H + 46;
export const COMPETITOR_COLUMN_W = 196;
export const COMPETITOR_CELL_H = 84;
export const COMPETITOR_FIRST_Y = BAND_TITLE_H + 50;

/** How close to a band's edges a node centre may come (clamping after a drag or a click). */
export const CLAMP_TOP = BAND_TITLE_H + 44;
export const CLAMP_BOTTOM = 64;
export const CLAMP_X = 52;
const TEAM_CLAMP_X = 90;
const TEAM_CLAMP_Y = 30;

export function bandHeight(rows: number): number {
  return BAND_TITLE_H + Math.max(1, rows) * CELL_H + BAND_PAD_BOTTOM;
}

export function bandWidth(columns: number): number {
  return 2 * BAND_PAD_X + Math.max(MIN_COLUMNS, columns) * CELL_W;
}

/** Fewest rows whose band still holds a node centre at `y` (given the band's top). */
export function rowsToHold(top: number, y: number): number {
  const rows = Math.ceil((y + CLAMP_BOTTOM - top - BAND_TITLE_H - BAND_PAD_BOTTOM) / CELL_H);
  return Math.max(1, rows);
}

/** Fewest columns whose bands still hold a node centre at `x`. */
export function columnsToHold(x: number): number {
  return Math.max(MIN_COLUMNS, Math.ceil((x + CLAMP_X - BANDS_LEFT - 2 * BAND_PAD_X) / CELL_W));
}

export interface GeometrySpec {
  columns: number;
  rows: Record<Layer, number>;
  /** Lowest team member centre, if any: the team column grows to hold it. */
  teamMaxY?: number;
  competitorCount?: number;
}

export function buildGeometry(spec: GeometrySpec): BandGeometry {
  const columns = Math.max(MIN_COLUMNS, spec.columns);
  const width = bandWidth(columns);
  const bands = {} as Record<Layer, Rect>;
  let top = 0;
  for (const layer of LAYERS) {
    const h = bandHeight(spec.rows[layer]);
    bands[layer] = { x: BANDS_LEFT, y: top, w: width, h };
    top += h;
  }
  const bandsHeight = top;
  // Grows exactly enough to hold the lowest member, so a clamped drag never grows it further.
  const teamHeight = Math.max(bandsHeight, (spec.teamMaxY ?? 0) + TEAM_CLAMP_Y);
  const competitorsHeight = Math.max(
    bandsHeight,
    COMPETITOR_FIRST_Y + (spec.competitorCount ?? 0) * COMPETITOR_CELL_H,
  );
  return {
    bands,
    team: { x: 0, y: 0, w: TEAM_COLUMN_W, h: teamHeight },
    competitors: { x: BANDS_LEFT + width + COLUMN_GAP, y: 0, w: COMPETITOR_COLUMN_W, h: competitorsHeight },
    columns,
    rows: { ...spec.rows },
  };
}

/** The geometry of an empty account: one row per band, MIN_COLUMNS wide. */
export const DEFAULT_GEOMETRY: BandGeometry = buildGeometry({
  columns: MIN_COLUMNS,
  rows: { image: 1, decision: 1, implementation: 1, user: 1 },
});

export function bandRect(layer: Layer, geometry: BandGeometry = DEFAULT_GEOMETRY): Rect {
  return geometry.bands[layer];
}

export function teamColumnRect(geometry: BandGeometry = DEFAULT_GEOMETRY): Rect {
  return geometry.team;
}

export function competitorColumnRect(geometry: BandGeometry = DEFAULT_GEOMETRY): Rect {
  return geometry.competitors;
}

/** The band whose vertical extent holds `y`, or null above or below all bands. */
export function bandOfY(y: number, geometry: BandGeometry = DEFAULT_GEOMETRY): Layer | null {
  for (const layer of LAYERS) {
    const rect = geometry.bands[layer];
    if (y >= rect.y && y < rect.y + rect.h) return layer;
  }
  return null;
}

/** The band under a point, requiring x to be inside the bands too (a click in the team column is not in a band). */
export function bandAt(pos: Pos, geometry: BandGeometry = DEFAULT_GEOMETRY): Layer | null {
  const layer = bandOfY(pos.y, geometry);
  if (layer === null) return null;
  const rect = geometry.bands[layer];
  return pos.x >= rect.x && pos.x <= rect.x + rect.w ? layer : null;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** The nearest position to `pos` where a person's node and label sit fully inside the band. */
export function clampIntoBand(layer: Layer, pos: Pos, geometry: BandGeometry = DEFAULT_GEOMETRY): Pos {
  const rect = geometry.bands[layer];
  return {
    x: clamp(pos.x, rect.x + CLAMP_X, rect.x + rect.w - CLAMP_X),
    y: clamp(pos.y, rect.y + CLAMP_TOP, rect.y + rect.h - CLAMP_BOTTOM),
  };
}

export function isInsideBand(layer: Layer, pos: Pos, geometry: BandGeometry = DEFAULT_GEOMETRY): boolean {
  const clamped = clampIntoBand(layer, pos, geometry);
  return clamped.x === pos.x && clamped.y === pos.y;
}

/** Team members stay in their column. */
export function clampIntoTeamColumn(pos: Pos, geometry: BandGeometry = DEFAULT_GEOMETRY): Pos {
  const rect = geometry.team;
  return {
    x: clamp(pos.x, rect.x + TEAM_CLAMP_X, rect.x + rect.w - TEAM_CLAMP_X),
    y: clamp(pos.y, rect.y + BAND_TITLE_H + TEAM_CLAMP_Y, rect.y + rect.h - TEAM_CLAMP_Y),
  };
}

/** Centre of grid cell (row, column) in a band. */
export function cellCentre(layer: Layer, row: number, column: number, geometry: BandGeometry): Pos {
  const rect = geometry.bands[layer];
  return {
    x: rect.x + BAND_PAD_X + (column + 0.5) * CELL_W,
    y: rect.y + BAND_TITLE_H + row * CELL_H + NODE_IN_CELL_Y,
  };
}

export function teamSlot(index: number): Pos {
  return { x: TEAM_COLUMN_W / 2, y: TEAM_FIRST_Y + index * TEAM_CELL_H };
}
