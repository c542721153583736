import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../demo';
import type { Link } from '../model';
import { buildScene, parallelOffsets, type SceneEdge } from './scene';
import { PARALLEL_LINK_GAP } from './vocabulary';

const DAY = '2026-11-22';

const link = (id: string, from: string, to: string): Pick<Link, 'id' | 'from' | 'to'> => ({ id, from, to });

/** Distance from the midpoint of `a` to the infinite line through `b`. */
function gapBetween(a: SceneEdge, b: SceneEdge): number {
  const mx = (a.x1 + a.x2) / 2;
  const my = (a.y1 + a.y2) / 2;
  const dx = b.x2 - b.x1;
  const dy = b.y2 - b.y1;
  return Math.abs(dy * (mx - b.x1) - dx * (my - b.y1)) / Math.hypot(dx, dy);
}

describe('links between the same two people', () => {
  it('a link alone keeps its line; two or three of a pair spread evenly around it, whatever their direction', () => {
    const offsets = parallelOffsets([link('a', 'p1', 'p2'), link('b', 'p2', 'p1'), link('c', 'p1', 'p3'), link('d', 'p1', 'p2')]);
    expect(offsets.get('c')).toBe(0);
    expect([offsets.get('a'), offsets.get('b'), offsets.get('d')]).toEqual([-PARALLEL_LINK_GAP, 0, PARALLEL_LINK_GAP]);
  });

  it('an influence and a rival link between two people are drawn side by side in the exported picture', () => {
    const data = buildDemoAccount('en', DAY);
    const [a, b] = data.people;
    const extra = (id: string, kind: Link['kind'], from: string, to: string): Link => ({ id, accountId: data.account.id, kind, from, to, strength: kind === 'influences' ? 2 : null, lastContact: null });
    const withPair = { ...data, links: [...data.links, extra('x-influence', 'influences', a!.id, b!.id), extra('x-rival', 'rival', b!.id, a!.id)] };
    const scene = buildScene(withPair, { theme: 'light', locale: 'en', background: 'white', legend: false });
    const influence = scene.edges.find((edge) => edge.id === 'x-influence')!;
    const rival = scene.edges.find((edge) => edge.id === 'x-rival')!;
    expect(gapBetween(influence, rival)).toBeGreaterThanOrEqual(PARALLEL_LINK_GAP - 0.01);
    // Side by side, not crossing: both ends are apart by the same gap.
    expect(Math.hypot(influence.x1 - rival.x2, influence.y1 - rival.y2)).toBeCloseTo(PARALLEL_LINK_GAP, 0);
  });
});
