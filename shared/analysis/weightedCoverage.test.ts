import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { TODAY, accountData, covers, member, person } from './testing';

const run = (data: Parameters<typeof analyze>[0]) => analyze(data, { today: TODAY });

describe('weighted coverage', () => {
  it('weighs each person by influence and best covers strength', () => {
    const data = accountData({
      team: [member('li'), member('zhang')],
      people: [person('a', { influence: 5 }), person('b', { influence: 3 }), person('c', { influence: 2 })],
      links: [covers('li', 'a', 1), covers('zhang', 'a', 3), covers('li', 'b', 1)],
    });
    const w = run(data).weightedCoverage;
    // a: 5 x 3/3 = 5 (best of 1 and 3), b: 3 x 1/3 = 1, c: 2 x 0 = 0; influence 5 + 3 + 2 = 10.
    // score = 100 x (5 + 1) / 10 = 60; a brings 50 points (share 50/60), b 10 (10/60), c 0.
    expect(w.totalInfluence).toBe(10);
    expect(w.score).toBeCloseTo(60, 10);
    expect(w.contributions.map((c) => [c.personId, c.bestStrength])).toEqual([
      ['a', 3],
      ['b', 1],
      ['c', 0],
    ]);
    expect(w.contributions[0]!.points).toBeCloseTo(50, 10);
    expect(w.contributions[0]!.share).toBeCloseTo(5 / 6, 10);
    expect(w.contributions[1]!.share).toBeCloseTo(1 / 6, 10);
    expect(w.contributions[2]!.share).toBe(0);
  });

  it('gives 0 and an empty-account note, not NaN, when nobody is in the account', () => {
    const a = run(accountData());
    expect(a.weightedCoverage.score).toBe(0);
    expect(a.findings.some((f) => f.code === 'empty-account' && f.severity === 'info')).toBe(true);
  });

  it('is 100 when every person is trusted and 0 when nobody is covered', () => {
    const people = [person('a', { influence: 4 }), person('b', { influence: 1 })];
    const full = accountData({ team: [member('li')], people, links: [covers('li', 'a', 3), covers('li', 'b', 3)] });
    const none = accountData({ team: [member('li')], people });
    expect(run(full).weightedCoverage.score).toBeCloseTo(100, 10);
    expect(run(none).weightedCoverage.score).toBe(0);
  });
});
