import type { AccountData, Competitor, Person, TeamMember } from '../model';
import { BANDS_LEFT, CLAMP_TOP, CLAMP_X, MIN_COLUMNS, columnsToHold, rowsToHold, type Pos } from './geometry';
import { managersOf } from './order';
import { EPSILON, hasPosition, type LayoutPlan } from './plan';

/**
 * Whether an edit can change the band layout, so the map re-plans only when it must (a person's
 * attitude, roles, notes, a link's strength... never move anyone). Mirrors what planLayout reads:
 * - every person's id, layer and stored position (which band, which cells are taken, how big bands are);
 * - for the people it places itself, what orders them in their band: department, influence, name, and
 *   their reporting lines;
 * - our team's stored positions and order (newcomers take the free slots in order);
 * - the competitors' order (their column lists them one under another).
 * The edit builders replace only the objects they change, so an object found at the same place in
 * both lists is unchanged: the check compares references first and fields only for replaced objects.
 * Any change in who is on the map counts as a layout change. Pure.
 */
export function layoutMayChange(prev: AccountData, next: AccountData, plan: LayoutPlan): boolean {
  const placesSomeone = plan.placed.size > 0;
  if (prev.people !== next.people && peopleMoveLayout(prev.people, next.people, plan)) return true;
  if (prev.team !== next.team && sameIdsWhere(prev.team, next.team, teamMemberMoved) === false) return true;
  if (prev.competitors !== next.competitors && sameIdsWhere(prev.competitors, next.competitors, () => false) === false) return true;
  if (placesSomeone && prev.links !== next.links && !sameManagers(prev, next)) return true;
  return false;
}

function peopleMoveLayout(prev: readonly Person[], next: readonly Person[], plan: LayoutPlan): boolean {
  const moved = (before: Person, after: Person): boolean =>
    before.layer !== after.layer ||
    before.x !== after.x ||
    before.y !== after.y ||
    // Only the people the layout places are ordered by these; stored people stay where they are.
    (plan.placed.has(after.id) &&
      (before.department !== after.department || before.influence !== after.influence || before.name !== after.name));
  return sameIdsWhere(prev, next, moved) === false;
}

const teamMemberMoved = (before: TeamMember, after: TeamMember): boolean => before.x !== after.x || before.y !== after.y;

/**
 * True when both lists hold the same ids in the same order and no replaced object is `changed`;
 * false otherwise (someone added, removed or reordered, or a replaced object changed what matters).
 */
function sameIdsWhere<T extends Person | TeamMember | Competitor>(
  prev: readonly T[],
  next: readonly T[],
  changed: (before: T, after: T) => boolean,
): boolean {
  if (prev.length !== next.length) return false;
  for (let i = 0; i < next.length; i += 1) {
    const before = prev[i] as T;
    const after = next[i] as T;
    if (before === after) continue;
    if (before.id !== after.id || changed(before, after)) return false;
  }
  return true;
}

function sameManagers(prev: AccountData, next: AccountData): boolean {
  const before = managersOf(prev.links);
  const after = managersOf(next.links);
  if (before.size !== after.size) return false;
  for (const [id, manager] of after) if (before.get(id) !== manager) return false;
  return true;
}

/**
 * The plan after an edit that moved stored people within their own bands, without planning again:
 * null unless it provably equals planLayout(next). That holds when the layout placed no person before
 * (so it places none after: everyone keeps their stored spot), only people were replaced, and each moved
 * person stays in their band, inside the grid as it is, and did not hold the grid or their band at its
 * size from their old spot (so nothing grows or shrinks). Then only the moved positions change.
 * Anything else (a layer change, a move that grows or may shrink a band, people the layout places)
 * returns null: the caller plans in full. O(people) reference checks, O(moved) work.
 */
export function planAfterMoves(prev: AccountData, next: AccountData, plan: LayoutPlan): LayoutPlan | null {
  if (prev.team !== next.team || prev.competitors !== next.competitors || prev.people.length !== next.people.length) return null;
  // Team members the layout places take slots of their own column, whoever moves in the bands.
  if (plan.placed.size > next.team.length) return null;
  const team = new Set(next.team.map((member) => member.id));
  for (const id of plan.placed.keys()) if (!team.has(id)) return null;
  const { geometry } = plan;
  let positions: Map<string, Pos> | null = null;
  for (let i = 0; i < next.people.length; i += 1) {
    const before = prev.people[i] as Person;
    const after = next.people[i] as Person;
    if (before === after) continue;
    if (before.id !== after.id || before.layer !== after.layer) return null;
    if (before.x === after.x && before.y === after.y) continue;
    if (!hasPosition(before) || !hasPosition(after)) return null;
    const top = geometry.bands[after.layer].y;
    const rows = geometry.rows[after.layer];
    const inside = after.y >= top + CLAMP_TOP - EPSILON && after.x >= BANDS_LEFT + CLAMP_X - EPSILON;
    if (!inside || columnsToHold(after.x) > geometry.columns || rowsToHold(top, after.y) > rows) return null;
    // Leaving the spot that held the grid's width or the band's height could shrink them.
    if (columnsToHold(before.x) >= geometry.columns && geometry.columns > MIN_COLUMNS) return null;
    if (rowsToHold(top, before.y) >= rows && rows > 1) return null;
    (positions ??= new Map(plan.positions)).set(after.id, { x: after.x, y: after.y });
  }
  return positions ? { positions, placed: plan.placed, geometry } : plan;
}
