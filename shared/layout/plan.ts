import { LAYERS, type AccountData, type Layer, type Person, type TeamMember } from '../model';
import {
  BAND_PAD_BOTTOM,
  BAND_TITLE_H,
  BANDS_LEFT,
  CELL_H,
  CELL_W,
  CLAMP_TOP,
  CLAMP_X,
  COLUMN_GAP,
  COMPETITOR_CELL_H,
  COMPETITOR_COLUMN_W,
  COMPETITOR_FIRST_Y,
  MIN_COLUMNS,
  TARGET_ASPECT,
  TEAM_CELL_H,
  TEAM_COLUMN_W,
  bandHeight,
  bandWidth,
  buildGeometry,
  cellCentre,
  columnsToHold,
  rowsToHold,
  teamSlot,
  type BandGeometry,
  type Pos,
} from './geometry';
import { createOccupancy, type Occupancy } from './occupancy';
import { managersOf, orderForBand } from './order';

/**
 * The band layout. Stored positions are never moved; everyone without one (or whose stored position
 * lies outside their band, e.g. a file from another tool) gets a free grid cell in their band.
 *
 * Bands grow to hold what they must: a band with nobody stored below it adds rows; otherwise the bands
 * widen instead, because adding rows would push the stored people of the bands below out of them.
 * Linear in the number of people apart from sorting each band's newcomers: O(n log n).
 */

export interface LayoutPlan {
  /** Where every person, team member and competitor is drawn. */
  positions: Map<string, Pos>;
  /** Only the people and team members the layout placed (no usable stored position). */
  placed: Map<string, Pos>;
  geometry: BandGeometry;
}

/** Two people closer than this on both axes would overlap, labels included. */
const MIN_DX = CELL_W * 0.82;
const MIN_DY = CELL_H * 0.66;
const TEAM_MIN_DY = TEAM_CELL_H * 0.8;
/** Stored positions come back from the database as floats: accept a clamped edge position as inside. */
export const EPSILON = 0.5;

export function hasPosition(item: { x: number | null; y: number | null }): item is { x: number; y: number } {
  return item.x !== null && item.y !== null && Number.isFinite(item.x) && Number.isFinite(item.y);
}

interface BandPlan {
  stored: Person[];
  newcomers: Person[];
  rows: number;
}

/** Columns for a fresh layout: the narrowest grid giving a landscape map, never wider than needed. */
export function chooseColumns(counts: Record<Layer, number>): number {
  const widest = Math.max(MIN_COLUMNS, ...LAYERS.map((layer) => counts[layer]));
  const width = (c: number): number => TEAM_COLUMN_W + COLUMN_GAP + bandWidth(c) + COLUMN_GAP + COMPETITOR_COLUMN_W;
  for (let c = MIN_COLUMNS; c < widest; c += 1) {
    const height = LAYERS.reduce((sum, layer) => sum + bandHeight(Math.ceil(counts[layer] / c)), 0);
    if (width(c) / height >= TARGET_ASPECT) return c;
  }
  return widest;
}

function cellsOf(layer: Layer, rows: number, columns: number, geometry: BandGeometry): Pos[] {
  const cells: Pos[] = [];
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) cells.push(cellCentre(layer, row, column, geometry));
  }
  return cells;
}

/** A geometry good enough to compute cell centres of one band, whose top is `top`. */
function probeGeometry(layer: Layer, top: number, rows: number, columns: number): BandGeometry {
  const geometry = buildGeometry({ columns, rows: { image: 1, decision: 1, implementation: 1, user: 1 } });
  geometry.bands[layer] = { x: BANDS_LEFT, y: top, w: bandWidth(columns), h: bandHeight(rows) };
  return geometry;
}

function occupancyOf(people: readonly Person[]): Occupancy {
  const occupancy = createOccupancy(MIN_DX, MIN_DY);
  for (const person of people) occupancy.add({ x: person.x as number, y: person.y as number });
  return occupancy;
}

/**
 * How many rows a band needs for its stored people. Consistent data needs exactly the rows holding the
 * lowest of them. When a stored position contradicts the others (someone's layer changed in the panel
 * while their position stayed in the old band), the split that strands the fewest people wins, so one
 * stray position is re-placed instead of stretching the band and pushing every band below out of place.
 */
function chooseRows(top: number, own: readonly Person[], below: readonly Person[]): number {
  let most = 1;
  const needs = own.map((p) => {
    const rows = rowsToHold(top, p.y as number);
    most = Math.max(most, rows);
    return rows;
  });
  if (below.length === 0 || most === 1) return most;
  // ownLeft[r]: own people needing more than r rows; belowCut[r]: people below pushed out by r rows.
  const needing = new Array<number>(most + 2).fill(0);
  for (const rows of needs) needing[rows] = (needing[rows] ?? 0) + 1;
  const cutAt = new Array<number>(most + 2).fill(0);
  for (const p of below) {
    const fits = Math.floor(((p.y as number) - CLAMP_TOP + EPSILON - top - BAND_TITLE_H - BAND_PAD_BOTTOM) / CELL_H);
    if (fits >= 1 && fits < most) cutAt[fits + 1] = (cutAt[fits + 1] ?? 0) + 1;
  }
  let best = most;
  let bestCost = Infinity;
  let ownLeft = own.length;
  let belowCut = 0;
  for (let rows = 1; rows <= most; rows += 1) {
    ownLeft -= needing[rows] ?? 0;
    belowCut += cutAt[rows] ?? 0;
    if (ownLeft + belowCut < bestCost) {
      bestCost = ownLeft + belowCut;
      best = rows;
    }
  }
  return best;
}

function countFree(layer: Layer, top: number, rows: number, columns: number, stored: readonly Person[]): number {
  const occupancy = occupancyOf(stored);
  const geometry = probeGeometry(layer, top, rows, columns);
  return cellsOf(layer, rows, columns, geometry).filter((cell) => occupancy.isFree(cell)).length;
}

export function planLayout(data: AccountData): LayoutPlan {
  const managers = managersOf(data.links);
  const candidates: Record<Layer, Person[]> = { image: [], decision: [], implementation: [], user: [] };
  const unplaced: Record<Layer, Person[]> = { image: [], decision: [], implementation: [], user: [] };
  for (const person of data.people) (hasPosition(person) ? candidates : unplaced)[person.layer].push(person);

  const anyStored = LAYERS.some((layer) => candidates[layer].length > 0);
  let columns = MIN_COLUMNS;
  for (const layer of LAYERS) for (const p of candidates[layer]) columns = Math.max(columns, columnsToHold(p.x as number));
  if (!anyStored) {
    columns = chooseColumns({
      image: unplaced.image.length,
      decision: unplaced.decision.length,
      implementation: unplaced.implementation.length,
      user: unplaced.user.length,
    });
  }

  // Top-down: each band's rows hold its stored people, then room is made for its newcomers.
  const bands = {} as Record<Layer, BandPlan>;
  let top = 0;
  LAYERS.forEach((layer, index) => {
    const below = LAYERS.slice(index + 1).flatMap((l) => candidates[l]);
    const newcomers = unplaced[layer].slice();
    const inBand: Person[] = [];
    for (const person of candidates[layer]) {
      // Above its band's top (or left of the bands) means it was stored under another geometry: place it afresh.
      if ((person.y as number) >= top + CLAMP_TOP - EPSILON && (person.x as number) >= BANDS_LEFT + CLAMP_X - EPSILON) {
        inBand.push(person);
      } else {
        newcomers.push(person);
      }
    }
    let rows = chooseRows(top, inBand, below);
    const stored: Person[] = [];
    for (const person of inBand) (rowsToHold(top, person.y as number) <= rows ? stored : newcomers).push(person);
    const storedBelow = below.some((p) => (p.y as number) >= top + bandHeight(rows) + CLAMP_TOP - EPSILON);
    if (newcomers.length > 0) {
      if (stored.length === 0 && !storedBelow) {
        rows = Math.max(rows, Math.ceil(newcomers.length / columns));
      } else {
        let free = countFree(layer, top, rows, columns, stored);
        while (free < newcomers.length) {
          const missing = newcomers.length - free;
          if (storedBelow) columns += Math.max(1, Math.ceil(missing / rows));
          else rows += Math.max(1, Math.ceil(missing / columns));
          free = countFree(layer, top, rows, columns, stored);
        }
      }
    }
    bands[layer] = { stored, newcomers, rows };
    top += bandHeight(rows);
  });

  const team = planTeam(data.team);
  const geometry = buildGeometry({
    columns,
    rows: {
      image: bands.image.rows,
      decision: bands.decision.rows,
      implementation: bands.implementation.rows,
      user: bands.user.rows,
    },
    teamMaxY: team.maxY,
    competitorCount: data.competitors.length,
  });

  const positions = new Map<string, Pos>();
  const placed = new Map<string, Pos>();
  for (const layer of LAYERS) {
    const band = bands[layer];
    for (const person of band.stored) positions.set(person.id, { x: person.x as number, y: person.y as number });
    const ordered = orderForBand(band.newcomers, managers);
    const spots =
      band.stored.length === 0
        ? freshSpots(layer, ordered.length, geometry)
        : freeSpots(layer, ordered.length, band.stored, geometry);
    ordered.forEach((person, i) => {
      const spot = spots[i] as Pos;
      positions.set(person.id, spot);
      placed.set(person.id, spot);
    });
  }
  for (const [id, pos] of team.positions) positions.set(id, pos);
  for (const [id, pos] of team.placed) placed.set(id, pos);
  data.competitors.forEach((competitor, i) => {
    positions.set(competitor.id, {
      x: geometry.competitors.x + COMPETITOR_COLUMN_W / 2,
      y: COMPETITOR_FIRST_Y + i * COMPETITOR_CELL_H,
    });
  });

  return { positions, placed, geometry };
}

/** A band of newcomers only: rows filled left to right, the last row centred (a pyramid for small bands). */
function freshSpots(layer: Layer, count: number, geometry: BandGeometry): Pos[] {
  const columns = geometry.columns;
  const spots: Pos[] = [];
  for (let i = 0; i < count; i += 1) {
    const row = Math.floor(i / columns);
    const inRow = Math.min(columns, count - row * columns);
    // Whole cells, so the gaps stay on the grid and can take newcomers later.
    const offset = Math.floor((columns - inRow) / 2);
    const cell = cellCentre(layer, row, 0, geometry);
    spots.push({ x: cell.x + (offset + (i % columns)) * CELL_W, y: cell.y });
  }
  return spots;
}

function freeSpots(layer: Layer, count: number, stored: readonly Person[], geometry: BandGeometry): Pos[] {
  const occupancy = occupancyOf(stored);
  const spots: Pos[] = [];
  const cells = cellsOf(layer, geometry.rows[layer], geometry.columns, geometry);
  for (const cell of cells) {
    if (spots.length === count) break;
    if (!occupancy.isFree(cell)) continue;
    occupancy.add(cell);
    spots.push(cell);
  }
  return spots;
}

interface TeamPlan {
  positions: Map<string, Pos>;
  placed: Map<string, Pos>;
  maxY: number;
}

function planTeam(team: readonly TeamMember[]): TeamPlan {
  const positions = new Map<string, Pos>();
  const placed = new Map<string, Pos>();
  const occupancy = createOccupancy(TEAM_COLUMN_W, TEAM_MIN_DY);
  const newcomers: TeamMember[] = [];
  let maxY = 0;
  for (const member of team) {
    if (hasPosition(member) && member.x >= 0 && member.x <= TEAM_COLUMN_W && member.y >= 0) {
      const pos = { x: member.x, y: member.y };
      positions.set(member.id, pos);
      occupancy.add(pos);
      maxY = Math.max(maxY, pos.y);
    } else {
      newcomers.push(member);
    }
  }
  let slot = 0;
  for (const member of newcomers) {
    while (!occupancy.isFree(teamSlot(slot))) slot += 1;
    const pos = teamSlot(slot);
    occupancy.add(pos);
    positions.set(member.id, pos);
    placed.set(member.id, pos);
    maxY = Math.max(maxY, pos.y);
  }
  return { positions, placed, maxY };
}

/** Positions for every person and team member without a usable stored one; stored positions are kept. */
export function layoutAccount(data: AccountData): Map<string, Pos> {
  return planLayout(data).placed;
}

/** The band geometry that holds every person of `data` (stored or laid out): what the map draws. */
export function computeBands(data: AccountData): BandGeometry {
  return planLayout(data).geometry;
}

/**
 * A free spot in a person's band for one person without a position, leaving everyone else where they
 * are. Other people without positions are ignored (they are not anywhere yet).
 */
export function placeOne(data: AccountData, personId: string): Pos | null {
  const person = data.people.find((p) => p.id === personId);
  if (!person) return null;
  const others = data.people.filter((p) => p.id !== personId && hasPosition(p));
  const plan = planLayout({ ...data, people: [...others, { ...person, x: null, y: null }] });
  return plan.placed.get(personId) ?? null;
}

/** Spacing the layout keeps between people (labels included); the tests check against it. */
export const MIN_SPACING = { dx: MIN_DX, dy: MIN_DY };
