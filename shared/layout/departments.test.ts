import { describe, expect, it } from 'vitest';
import { departmentRuns } from './departments';
import { planLayout } from './plan';
import { makeAccount, makePerson, syntheticAccount } from './testing';

describe('departments in the band layout', () => {
  it('seats the people of one department side by side and names the run once, over its cells', () => {
    const people = [
      makePerson('a1', 'implementation', { department: 'IT' }),
      makePerson('b1', 'implementation', { department: 'Finance' }),
      makePerson('a2', 'implementation', { department: 'IT' }),
      makePerson('b2', 'implementation', { department: 'Finance' }),
      makePerson('a3', 'implementation', { department: 'IT' }),
      makePerson('n1', 'implementation', { department: '' }),
    ];
    const plan = planLayout(makeAccount({ people }));
    const runs = departmentRuns(people, plan.positions, plan.geometry);
    expect(runs.map((run) => [run.department, run.people.slice().sort()])).toEqual([
      ['Finance', ['b1', 'b2']],
      ['IT', ['a1', 'a2', 'a3']],
    ]);
    const it = runs.find((run) => run.department === 'IT')!;
    for (const id of it.people) {
      const x = plan.positions.get(id)!.x;
      expect(x).toBeGreaterThan(it.left);
      expect(x).toBeLessThan(it.right);
    }
    // The name sits at the top of the row, above the people.
    expect(it.top).toBeLessThan(plan.positions.get('a1')!.y);
  });

  it('on a large account, every department of a band row is one run unless the row wraps', () => {
    const data = syntheticAccount(300);
    const plan = planLayout(data);
    const runs = departmentRuns(data.people, plan.positions, plan.geometry);
    const named = new Set(runs.flatMap((run) => run.people));
    expect(named.size).toBe(data.people.filter((p) => p.department.trim() !== '').length);
    // Each department appears in a band at most once per row it reaches.
    const perRow = new Map<string, number>();
    for (const run of runs) perRow.set(`${run.layer}:${run.top}:${run.department}`, (perRow.get(`${run.layer}:${run.top}:${run.department}`) ?? 0) + 1);
    expect([...perRow.values()].every((count) => count === 1)).toBe(true);
  });

  it('a person stored away from their colleagues is named on their own', () => {
    const people = [
      makePerson('a1', 'user', { department: 'IT' }),
      makePerson('a2', 'user', { department: 'IT' }),
      makePerson('b1', 'user', { department: 'Finance' }),
    ];
    const plan = planLayout(makeAccount({ people }));
    const positions = new Map(plan.positions);
    const far = positions.get('b1')!;
    positions.set('a2', { x: far.x + 3 * 184, y: far.y });
    const runs = departmentRuns(people, positions, plan.geometry);
    expect(runs.filter((run) => run.department === 'IT').map((run) => run.people)).toEqual([['a1'], ['a2']]);
  });
});
