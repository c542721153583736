import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../demo';
import type { Link } from '../model';
import { initialsOf } from './chips';
import { buildScene, parallelOffsets, type SceneEdge } from './scene';
import { chipsBottom, escapeXml, sceneToSvg } from './svg';
import { OPEN_ACTIONS_BADGE, PARALLEL_LINK_GAP, UNVERIFIED_BADGE } from './vocabulary';

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

describe('what the map shows, the exported picture shows', () => {
  const data = buildDemoAccount('en', DAY);
  const scene = buildScene(data, { theme: 'light', locale: 'en', background: 'white', legend: false, title: null });
  const svg = sceneToSvg(scene);

  it('names each department over its people, as the map does', () => {
    const departments = new Set(data.people.map((person) => person.department.trim()).filter(Boolean));
    expect(departments.size).toBeGreaterThan(0);
    // A long name is cut with an ellipsis to its run's width, as on the map.
    for (const department of departments) expect(svg).toContain(`>${escapeXml(department.slice(0, 12))}`);
  });

  it('hangs covers chips (initials and strength) under each covered person, with the name below them', () => {
    const covered = data.links.filter((l) => l.kind === 'covers');
    const person = data.people.find((p) => covered.some((l) => l.to === p.id))!;
    const best = covered.filter((l) => l.to === person.id).sort((a, b) => (b.strength ?? 0) - (a.strength ?? 0))[0]!;
    const member = data.team.find((m) => m.id === best.from)!;
    const node = scene.nodes.find((n) => n.id === person.id)!;
    const first = node.chips?.[0];
    expect(first?.initials).toBe(initialsOf(member.name));
    expect(first?.strength).toBe(String(best.strength ?? 0));
    // The chips straddle the node's bottom edge; the name starts under them.
    expect(first!.y).toBeLessThan(node.y + node.h / 2);
    const nameAt = svg.indexOf(`>${escapeXml(node.below[0]!.text)}</text>`);
    const nameY = Number(/y="([\d.]+)"[^>]*>[^<]*$/.exec(svg.slice(0, nameAt + 1))?.[1]);
    expect(nameY).toBeGreaterThan(chipsBottom(node.chips!));
    const uncovered = scene.nodes.filter((n) => n.kind === 'person' && !covered.some((l) => l.to === n.id));
    expect(uncovered.every((n) => n.chips === undefined)).toBe(true);
  });
});

describe('people not verified within 90 days (rule 11) in the exported picture', () => {
  it('carry the "90+" badge after their role badges, as on the map, and the legend says what it means', () => {
    const data = buildDemoAccount('en', DAY);
    const [first, second] = data.people;
    const people = data.people.map((p) => (p.id === first!.id ? { ...p, verifiedOn: null } : p.id === second!.id ? { ...p, verifiedOn: DAY } : p));
    const scene = buildScene({ ...data, people }, { theme: 'light', locale: 'en', background: 'white', legend: true, today: DAY });
    const node = (id: string) => scene.nodes.find((n) => n.id === id);
    expect(node(first!.id)?.badges.at(-1)).toBe(UNVERIFIED_BADGE);
    expect(node(second!.id)?.badges).not.toContain(UNVERIFIED_BADGE);
    expect(scene.texts.map((t) => t.text)).toContain('Not verified in 90 days');
    expect(sceneToSvg(scene)).toContain(`>${UNVERIFIED_BADGE}</text>`);
    // Without a day to count from, nobody is marked.
    const undated = buildScene({ ...data, people }, { theme: 'light', locale: 'en', background: 'white', legend: false });
    expect(undated.nodes.some((n) => n.kind === 'person' && n.badges.includes(UNVERIFIED_BADGE))).toBe(false);
  });
});

describe('people with open actions (issue 13) in the exported picture', () => {
  it('carry the flag badge closing their badge row, as on the map, and the legend says what it means', () => {
    const data = buildDemoAccount('zh-CN', DAY);
    const [first, second] = data.people;
    const scene = buildScene(data, { theme: 'light', locale: 'zh-CN', background: 'white', legend: true, today: DAY, openActions: new Map([[first!.id, 2]]) });
    const node = (id: string) => scene.nodes.find((n) => n.id === id);
    expect(node(first!.id)?.badges.at(-1)).toBe(OPEN_ACTIONS_BADGE);
    expect(node(second!.id)?.badges).not.toContain(OPEN_ACTIONS_BADGE);
    expect(scene.texts.map((t) => t.text)).toContain('有未完成的行动项');
    // Drawn as a path, so no font needs the flag character (the CJK fonts exports embed lack it).
    const svg = sceneToSvg(scene);
    expect(svg.match(/<path d="M[^"]+" fill="#ffffff" stroke="#ffffff"/g)).toHaveLength(2); // the person and the legend
    expect(svg).not.toContain(OPEN_ACTIONS_BADGE);
    // Without a plan, nobody carries it.
    const plain = buildScene(data, { theme: 'light', locale: 'zh-CN', background: 'white', legend: false, today: DAY });
    expect(plain.nodes.some((n) => n.kind === 'person' && n.badges.includes(OPEN_ACTIONS_BADGE))).toBe(false);
  });
});
