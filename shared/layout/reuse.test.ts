import { describe, expect, it } from 'vitest';
import { applyOps } from '../edit/applyOps';
import { ATTITUDES, LAYERS, type AccountData, type Op, type Person } from '../model';
import { planLayout } from './plan';
import { CELL_H, CELL_W } from './geometry';
import { layoutMayChange, planAfterMoves } from './reuse';
import { makeLink, makePerson, syntheticAccount } from './testing';

/** The account with everyone at the spot the layout gave them (as after people were dragged once). */
function allStored(data: AccountData): AccountData {
  const { positions } = planLayout(data);
  const at = (p: Person): Person => ({ ...p, x: positions.get(p.id)?.x ?? null, y: positions.get(p.id)?.y ?? null });
  return { ...data, people: data.people.map(at) };
}

const patchPerson = (id: string, patch: Partial<Person>): Op => ({ op: 'patch', entity: 'person', id, patch });

describe('layoutMayChange', () => {
  const placed = syntheticAccount(40);
  const stored = allStored(placed);
  const someone = placed.people[12] as Person;

  it('says no for edits that move nobody: attitude, roles, notes, link strength', () => {
    for (const data of [placed, stored]) {
      const plan = planLayout(data);
      const link = data.links.find((l) => l.kind === 'influences');
      const edits: Op[][] = [
        [patchPerson(someone.id, { attitude: someone.attitude === 'champion' ? 'opponent' : 'champion' })],
        [patchPerson(someone.id, { roles: ['coach'], privateNotes: 'met at the fair' })],
        [{ op: 'patch', entity: 'link', id: link?.id ?? '', patch: { strength: 3 } }],
        [{ op: 'patch', entity: 'team', id: 't0', patch: { name: 'Renamed' } }],
      ];
      for (const ops of edits) expect(layoutMayChange(data, applyOps(data, ops), plan)).toBe(false);
    }
  });

  it('says yes when someone moves, changes layer, arrives or leaves', () => {
    const plan = planLayout(stored);
    const person = stored.people[12] as Person;
    const edits: Op[][] = [
      [patchPerson(person.id, { x: (person.x ?? 0) + 200 })],
      [patchPerson(person.id, { layer: person.layer === 'user' ? 'decision' : 'user' })],
      [{ op: 'put', entity: 'person', value: makePerson('newcomer', 'decision') }],
      [{ op: 'delete', entity: 'person', id: person.id }],
      [{ op: 'patch', entity: 'team', id: 't1', patch: { x: 40, y: 400 } }],
      [{ op: 'delete', entity: 'competitor', id: 'c0' }],
    ];
    for (const ops of edits) expect(layoutMayChange(stored, applyOps(stored, ops), plan)).toBe(true);
  });

  it('says yes for what orders the people it places (name, department, reporting line), and only then', () => {
    const placedPlan = planLayout(placed);
    const storedPlan = planLayout(stored);
    const rename = [patchPerson(someone.id, { name: 'Aaron' })];
    expect(layoutMayChange(placed, applyOps(placed, rename), placedPlan)).toBe(true);
    expect(layoutMayChange(stored, applyOps(stored, rename), storedPlan)).toBe(false);
    // p00001 (image layer) reports to nobody yet: a new reporting line reorders the band.
    const report: Op[] = [{ op: 'put', entity: 'link', value: makeLink('new-report', 'reportsTo', 'p00001', 'p00000') }];
    expect(layoutMayChange(placed, applyOps(placed, report), placedPlan)).toBe(true);
    const influence: Op[] = [{ op: 'put', entity: 'link', value: makeLink('new-influence', 'influences', someone.id, 'p00000', 2) }];
    expect(layoutMayChange(placed, applyOps(placed, influence), placedPlan)).toBe(false);
  });

  it('never says no when the full plan would differ (random edits)', () => {
    let seed = 11;
    const rnd = (): number => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (const start of [placed, stored]) {
      let data = start;
      for (let step = 0; step < 120; step += 1) {
        const person = data.people[Math.floor(rnd() * data.people.length)] as Person;
        const link = data.links[Math.floor(rnd() * data.links.length)];
        const choices: Op[] = [
          patchPerson(person.id, { attitude: ATTITUDES[Math.floor(rnd() * ATTITUDES.length)] }),
          patchPerson(person.id, { influence: 1 + Math.floor(rnd() * 5) }),
          patchPerson(person.id, { name: `N${Math.floor(rnd() * 1000)}`, department: `Dept ${1 + Math.floor(rnd() * 3)}` }),
          patchPerson(person.id, { layer: LAYERS[Math.floor(rnd() * LAYERS.length)] }),
          patchPerson(person.id, { x: 300 + Math.floor(rnd() * 1500), y: 80 + Math.floor(rnd() * 900) }),
          { op: 'put', entity: 'link', value: makeLink(`r${step}`, 'reportsTo', person.id, (data.people[0] as Person).id) },
          ...(link ? [{ op: 'delete', entity: 'link', id: link.id } as Op, { op: 'patch', entity: 'link', id: link.id, patch: { strength: 1 } } as Op] : []),
        ];
        const next = applyOps(data, [choices[Math.floor(rnd() * choices.length)] as Op]);
        const plan = planLayout(data);
        if (!layoutMayChange(data, next, plan)) expect(planLayout(next)).toEqual(plan);
        data = next;
      }
    }
  });
});

describe('planAfterMoves', () => {
  const stored = allStored(syntheticAccount(80));
  const plan = planLayout(stored);

  it('moves only the dragged person when they stay well inside their band', () => {
    const person = stored.people.find((p) => p.layer === 'implementation' && p.x !== null) as Person;
    const next = applyOps(stored, [patchPerson(person.id, { x: (person.x as number) + 30, y: (person.y as number) + 10 })]);
    const moved = planAfterMoves(stored, next, plan);
    expect(moved?.geometry).toBe(plan.geometry);
    expect(moved?.positions.get(person.id)).toEqual({ x: (person.x as number) + 30, y: (person.y as number) + 10 });
    expect(moved).toEqual(planLayout(next));
  });

  it('gives up on what needs the full plan: a layer change, a move that grows a band, people the layout places', () => {
    const person = stored.people.find((p) => p.layer === 'decision') as Person;
    expect(planAfterMoves(stored, applyOps(stored, [patchPerson(person.id, { layer: 'user' })]), plan)).toBeNull();
    const far = applyOps(stored, [patchPerson(person.id, { x: (person.x as number) + 40 * CELL_W })]);
    expect(planAfterMoves(stored, far, plan)).toBeNull();
    const placed = syntheticAccount(80);
    const someone = placed.people[20] as Person;
    expect(planAfterMoves(placed, applyOps(placed, [patchPerson(someone.id, { x: 600, y: 400 })]), planLayout(placed))).toBeNull();
  });

  it('equals the full plan whenever it answers (random drags, many near band edges)', () => {
    let seed = 3;
    const rnd = (): number => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    let data = stored;
    let current = plan;
    let answered = 0;
    for (let step = 0; step < 400; step += 1) {
      // Half the time someone at an edge of the grid (rightmost, or lowest in their band), who holds its size.
      const layer = LAYERS[Math.floor(rnd() * LAYERS.length)];
      const inLayer = data.people.filter((p) => p.layer === layer);
      const edge = rnd() < 0.5 ? (p: Person) => p.x ?? 0 : (p: Person) => p.y ?? 0;
      const person =
        rnd() < 0.5 && inLayer.length > 0
          ? inLayer.reduce((a, b) => (edge(b) > edge(a) ? b : a))
          : (data.people[Math.floor(rnd() * data.people.length)] as Person);
      const dx = Math.round((rnd() - 0.5) * 4 * CELL_W);
      const dy = Math.round((rnd() - 0.5) * 3 * CELL_H);
      const next = applyOps(data, [patchPerson(person.id, { x: (person.x as number) + dx, y: (person.y as number) + dy })]);
      const quick = planAfterMoves(data, next, current);
      const full = planLayout(next);
      if (quick) {
        answered += 1;
        expect(quick, `step ${step}`).toEqual(full);
      }
      // Keep everyone stored where the full plan drew them, as the map would after a drop.
      data = next;
      current = full;
      if (full.placed.size > 0) {
        data = allStored(data);
        current = planLayout(data);
      }
    }
    // Most drags take the quick path; the rest fall back to planning in full.
    expect(answered).toBeGreaterThan(100);
  });
});
