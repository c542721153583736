import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { TODAY, accountData, covers, member, person } from './testing';

const run = (data: Parameters<typeof analyze>[0]) => analyze(data, { today: TODAY });

describe('role coverage', () => {
  it('reports an account without a decision maker', () => {
    const a = run(accountData({ people: [person('u1')] }));
    expect(a.roleCoverage.hasDecisionMaker).toBe(false);
    expect(a.findings.some((f) => f.code === 'no-decision-maker' && f.severity === 'critical')).toBe(true);
  });

  it('covers a decision maker from strength 2 whatever the attitude, and names each uncovered one', () => {
    const data = accountData({
      team: [member('li'), member('zhang')],
      people: [
        person('ceo', { layer: 'decision', roles: ['decisionMaker'], attitude: 'opponent' }),
        person('cfo', { layer: 'decision', roles: ['decisionMaker', 'financialGatekeeper'] }),
      ],
      links: [covers('li', 'ceo', 2), covers('li', 'cfo', 1), covers('zhang', 'cfo', 0)],
    });
    const a = run(data);
    expect(a.roleCoverage.decisionMakers).toEqual([
      { personId: 'ceo', bestStrength: 2, covered: true },
      { personId: 'cfo', bestStrength: 1, covered: false },
    ]);
    expect(a.roleCoverage.allDecisionMakersCovered).toBe(false);
    const uncovered = a.findings.filter((f) => f.code === 'decision-maker-uncovered');
    expect(uncovered.map((f) => f.personIds)).toEqual([['cfo']]);
    expect(uncovered[0]!.numbers.bestStrength).toBe(1);
  });

  it('counts a person with several roles in each of them', () => {
    const data = accountData({
      team: [member('li')],
      people: [person('boss', { layer: 'decision', roles: ['decisionMaker', 'coach', 'user'] })],
      links: [covers('li', 'boss', 3)],
    });
    const a = run(data);
    expect(a.roleCoverage).toMatchObject({ hasDecisionMaker: true, allDecisionMakersCovered: true, hasCoach: true, coachCovered: true });
    expect(a.findings.some((f) => f.code === 'no-coach' || f.code === 'no-decision-maker')).toBe(false);
  });
});
