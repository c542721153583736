import { describe, expect, it } from 'vitest';
import { LAYERS, type AccountData, type Person } from '../model';
import {
  bandOfY,
  clampIntoBand,
  isInsideBand,
  teamColumnRect,
  type BandGeometry,
  type Pos,
} from './geometry';
import { MIN_SPACING, computeBands, layoutAccount, placeOne, planLayout } from './plan';
import { makeAccount, makeLink, makePerson, makeTeamMember, syntheticAccount } from './testing';

/** Everyone drawn where the plan says, as the map would receive it after persisting the layout. */
function withPositions(data: AccountData, positions: Map<string, Pos>): AccountData {
  const at = <T extends { id: string; x: number | null; y: number | null }>(item: T): T => {
    const pos = positions.get(item.id);
    return pos ? { ...item, x: pos.x, y: pos.y } : item;
  };
  return { ...data, people: data.people.map(at), team: data.team.map(at) };
}

function overlaps(positions: readonly Pos[]): [Pos, Pos] | null {
  const sorted = positions.slice().sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i += 1) {
    const a = sorted[i] as Pos;
    for (let j = i + 1; j < sorted.length; j += 1) {
      const b = sorted[j] as Pos;
      if (b.x - a.x >= MIN_SPACING.dx) break;
      if (Math.abs(b.y - a.y) < MIN_SPACING.dy) return [a, b];
    }
  }
  return null;
}

function expectEveryoneInsideTheirBand(data: AccountData, positions: Map<string, Pos>, geometry: BandGeometry) {
  for (const person of data.people) {
    const pos = positions.get(person.id);
    expect(pos, person.id).toBeDefined();
    expect(isInsideBand(person.layer, pos as Pos, geometry), `${person.id} in ${person.layer}`).toBe(true);
    expect(bandOfY((pos as Pos).y, geometry)).toBe(person.layer);
  }
}

describe('band layout of a fresh account', () => {
  it.each([12, 20, 60, 300, 2000])('puts each of %i people inside their band, without overlaps', (size) => {
    const data = syntheticAccount(size);
    const plan = planLayout(data);
    expectEveryoneInsideTheirBand(data, plan.positions, plan.geometry);
    expect(overlaps(data.people.map((p) => plan.positions.get(p.id) as Pos))).toBeNull();
    expect(plan.placed.size).toBe(size + data.team.length);
  });

  it('stacks the bands top to bottom: image, decision, implementation, user', () => {
    const geometry = computeBands(syntheticAccount(40));
    const tops = LAYERS.map((layer) => geometry.bands[layer].y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).toBe(4);
    const team = teamColumnRect(geometry);
    for (const layer of LAYERS) expect(team.x + team.w).toBeLessThan(geometry.bands[layer].x);
    expect(geometry.competitors.x).toBeGreaterThan(geometry.bands.user.x + geometry.bands.user.w);
  });

  it('gives a large account a landscape map by wrapping bands into rows', () => {
    const geometry = computeBands(syntheticAccount(2000));
    const height = geometry.team.h;
    const width = geometry.competitors.x + geometry.competitors.w;
    expect(width / height).toBeGreaterThan(1.2);
    expect(width / height).toBeLessThan(2.5);
    expect(geometry.rows.user).toBeGreaterThan(1);
  });

  it('is deterministic, whatever order the people and links come in', () => {
    const data = syntheticAccount(300);
    const shuffled: AccountData = {
      ...data,
      people: data.people.slice().reverse(),
      links: data.links.slice().reverse(),
    };
    const first = planLayout(data).positions;
    const again = planLayout(data).positions;
    const reordered = planLayout(shuffled).positions;
    for (const person of data.people) {
      expect(again.get(person.id)).toEqual(first.get(person.id));
      expect(reordered.get(person.id)).toEqual(first.get(person.id));
    }
  });

  it('places a manager before (left of or above) their reports in the same band and department', () => {
    const boss = makePerson('boss', 'implementation', { department: 'IT', influence: 1, name: 'Zed' });
    const reports = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) =>
      makePerson(id, 'implementation', { department: 'IT', influence: 5, name: id }),
    );
    const deputy = reports[0] as Person;
    const data = makeAccount({
      people: [...reports, boss],
      links: [
        ...reports.map((r, i) => makeLink(`r${i}`, 'reportsTo', r.id, r === deputy ? boss.id : deputy.id)),
      ],
    });
    const positions = planLayout(data).positions;
    const before = (a: string, b: string): boolean => {
      const pa = positions.get(a) as Pos;
      const pb = positions.get(b) as Pos;
      return pa.y < pb.y || (pa.y === pb.y && pa.x < pb.x);
    };
    expect(before('boss', deputy.id)).toBe(true);
    for (const report of reports.slice(1)) expect(before(deputy.id, report.id)).toBe(true);
  });

  it('groups people of one department together', () => {
    const people = ['x1', 'y1', 'x2', 'y2', 'x3', 'y3'].map((id) =>
      makePerson(id, 'user', { department: id.startsWith('x') ? 'Finance' : 'Academic' }),
    );
    const positions = planLayout(makeAccount({ people })).positions;
    const xs = (prefix: string) => people.filter((p) => p.id.startsWith(prefix)).map((p) => positions.get(p.id)!.x);
    const [finance, academic] = [xs('x'), xs('y')];
    // Same row: one department's people sit side by side, not interleaved with the other's.
    expect(Math.max(...academic) < Math.min(...finance) || Math.max(...finance) < Math.min(...academic)).toBe(true);
  });

  it('puts our team in its own column and competitors right of the bands', () => {
    const data = syntheticAccount(30);
    const plan = planLayout(data);
    const team = plan.geometry.team;
    const teamPositions = data.team.map((m) => plan.positions.get(m.id) as Pos);
    for (const pos of teamPositions) {
      expect(pos.x).toBeGreaterThan(team.x);
      expect(pos.x).toBeLessThan(team.x + team.w);
    }
    expect(new Set(teamPositions.map((p) => p.y)).size).toBe(data.team.length);
    for (const competitor of data.competitors) {
      expect(plan.positions.get(competitor.id)!.x).toBeGreaterThan(plan.geometry.competitors.x);
    }
  });
});

describe('band layout with stored positions', () => {
  it('keeps stored positions and fits newcomers around them', () => {
    const base = syntheticAccount(40);
    const laidOut = withPositions(base, planLayout(base).positions);
    const newcomers = [1, 2, 3, 4, 5].map((i) => makePerson(`new${i}`, i % 2 ? 'decision' : 'user'));
    const data = { ...laidOut, people: [...laidOut.people, ...newcomers] };
    const plan = planLayout(data);
    for (const person of laidOut.people) expect(plan.positions.get(person.id)).toEqual({ x: person.x, y: person.y });
    expect([...plan.placed.keys()].sort()).toEqual(newcomers.map((p) => p.id).sort());
    expectEveryoneInsideTheirBand(data, plan.positions, plan.geometry);
    expect(overlaps(data.people.map((p) => plan.positions.get(p.id) as Pos))).toBeNull();
  });

  it('draws the same bands once the layout is stored, and a clamped drag never grows them', () => {
    const data = syntheticAccount(300);
    const plan = planLayout(data);
    const stored = withPositions(data, plan.positions);
    expect(computeBands(stored)).toEqual(plan.geometry);

    const corner = clampIntoBand('decision', { x: 1e9, y: 1e9 }, plan.geometry);
    const dragged = { ...stored, people: stored.people.map((p, i) => (i === 0 ? { ...p, layer: 'decision' as const, ...corner } : p)) };
    expect(computeBands(dragged)).toEqual(plan.geometry);
  });

  it('widens the bands instead of pushing stored people out of their band', () => {
    const stored = [0, 1, 2].map((i) => makePerson(`u${i}`, 'user'));
    const laidOut = withPositions(makeAccount({ people: stored }), planLayout(makeAccount({ people: stored })).positions);
    const crowd = Array.from({ length: 40 }, (_, i) => makePerson(`d${i}`, 'decision'));
    const data = { ...laidOut, people: [...laidOut.people, ...crowd] };
    const plan = planLayout(data);
    for (const person of laidOut.people) expect(plan.positions.get(person.id)).toEqual({ x: person.x, y: person.y });
    expectEveryoneInsideTheirBand(data, plan.positions, plan.geometry);
    expect(overlaps(crowd.map((p) => plan.positions.get(p.id) as Pos))).toBeNull();
  });

  it('re-places a person whose stored position lies in another band', () => {
    const data = syntheticAccount(20);
    const stored = withPositions(data, planLayout(data).positions);
    const moved = stored.people.find((p) => p.layer === 'user') as Person;
    const promoted = { ...stored, people: stored.people.map((p) => (p.id === moved.id ? { ...p, layer: 'image' as const } : p)) };
    const plan = planLayout(promoted);
    expect(plan.placed.has(moved.id)).toBe(true);
    expectEveryoneInsideTheirBand(promoted, plan.positions, plan.geometry);
  });

  it('layoutAccount returns positions only for people and team members without one', () => {
    const data = syntheticAccount(20);
    const stored = withPositions(data, planLayout(data).positions);
    const fresh = makePerson('fresh', 'implementation');
    const member = makeTeamMember('member');
    const result = layoutAccount({ ...stored, people: [...stored.people, fresh], team: [...stored.team, member] });
    expect([...result.keys()].sort()).toEqual(['fresh', 'member']);
  });
});

describe('placeOne', () => {
  it('finds a free spot in the band without moving anyone', () => {
    const data = syntheticAccount(60);
    const stored = withPositions(data, planLayout(data).positions);
    const newcomer = makePerson('newcomer', 'decision');
    const withNewcomer = { ...stored, people: [...stored.people, newcomer] };
    const spot = placeOne(withNewcomer, 'newcomer') as Pos;
    const placed = { ...withNewcomer, people: withNewcomer.people.map((p) => (p.id === 'newcomer' ? { ...p, ...spot } : p)) };
    const geometry = computeBands(placed);
    expect(isInsideBand('decision', spot, geometry)).toBe(true);
    expectEveryoneInsideTheirBand(placed, planLayout(placed).positions, geometry);
    expect(planLayout(placed).placed.size).toBe(0);
    expect(overlaps([...stored.people.map((p) => ({ x: p.x as number, y: p.y as number })), spot])).toBeNull();
  });

  it('returns null for an unknown person', () => {
    expect(placeOne(syntheticAccount(5), 'nobody')).toBeNull();
  });

  it('places team members one below the other without overlap', () => {
    const first = makeTeamMember('a', { x: 108, y: 86 });
    const data = makeAccount({ team: [first, makeTeamMember('b'), makeTeamMember('c')] });
    const positions = layoutAccount(data);
    const ys = [86, positions.get('b')!.y, positions.get('c')!.y].sort((a, b) => a - b);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(60);
    expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(60);
  });
});
