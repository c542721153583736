import { LAYERS, type Layer, type Person } from '../model';
import { BAND_TITLE_H, CELL_W, CELL_H, type BandGeometry, type Pos } from './geometry';

/**
 * Department names on the map. The band layout seats a department's people side by side (order.ts);
 * each run of neighbours of one department in a row of a band is named once, over its first cell, so a
 * KAM sees "IT Centre" over its four people instead of reading it in four panels. Runs are read from
 * where people are drawn (stored positions included), so a person dragged away starts a run of their own.
 * Pure, O(n log n).
 */

export interface DepartmentRun {
  /** stable while the run's first person stays first */
  id: string;
  layer: Layer;
  department: string;
  /** left edge of the run's first cell and right edge of its last (model units) */
  left: number;
  right: number;
  /** top of the row's cells */
  top: number;
  people: string[];
}

/** Neighbours further apart than this are not one run, even of one department (a gap of a free cell). */
const MAX_STEP = CELL_W * 1.5;

export function departmentRuns(
  people: readonly Pick<Person, 'id' | 'layer' | 'department'>[],
  positions: ReadonlyMap<string, Pos>,
  geometry: BandGeometry,
): DepartmentRun[] {
  const rows = new Map<string, { layer: Layer; row: number; seats: { id: string; department: string; x: number }[] }>();
  for (const person of people) {
    const pos = positions.get(person.id);
    if (!pos) continue;
    const band = geometry.bands[person.layer];
    const row = Math.max(0, Math.floor((pos.y - band.y - BAND_TITLE_H) / CELL_H));
    const key = `${person.layer}:${row}`;
    let entry = rows.get(key);
    if (!entry) rows.set(key, (entry = { layer: person.layer, row, seats: [] }));
    entry.seats.push({ id: person.id, department: person.department.trim(), x: pos.x });
  }
  const runs: DepartmentRun[] = [];
  const ordered = [...rows.values()].sort((a, b) => LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) || a.row - b.row);
  for (const { layer, row, seats } of ordered) {
    seats.sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : 1));
    const top = geometry.bands[layer].y + BAND_TITLE_H + row * CELL_H;
    let current: DepartmentRun | null = null;
    let lastX = -Infinity;
    for (const seat of seats) {
      const joins = current !== null && current.department === seat.department && seat.x - lastX <= MAX_STEP;
      if (joins && current) {
        current.people.push(seat.id);
        current.right = seat.x + CELL_W / 2;
      } else {
        current = { id: `dept:${seat.id}`, layer, department: seat.department, left: seat.x - CELL_W / 2, right: seat.x + CELL_W / 2, top, people: [seat.id] };
        if (seat.department !== '') runs.push(current);
      }
      lastX = seat.x;
    }
  }
  return runs;
}
