import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { DEFAULT_ANALYSIS_OPTIONS } from './options';
import { TODAY, accountData, covers, influences, kitchenSinkAccount, link, member, person, reportsTo } from './testing';

const codes = (a: ReturnType<typeof analyze>) => a.findings.map((f) => f.code);

describe('analyze', () => {
  it('gives an empty account sensible findings and numbers, not NaN', () => {
    const a = analyze(accountData(), { today: TODAY });
    expect(a.weightedCoverage.score).toBe(0);
    expect(a.layerCoverageRatio).toBe(0);
    expect(a.layerCoverage.map((l) => l.status)).toEqual(['missing', 'missing', 'missing', 'missing']);
    expect(codes(a)).toEqual(
      expect.arrayContaining(['empty-account', 'layer-missing', 'no-decision-maker', 'no-coach', 'no-working-relationship']),
    );
    expect(a.singleThread.contact).toEqual({ status: 'none', personId: null, strongCount: 0, topShare: 0 });
  });

  it('orders findings most severe first and fills in the DOMAIN defaults', () => {
    const a = analyze(kitchenSinkAccount(), { today: TODAY });
    const rank = { critical: 0, warning: 1, info: 2 };
    const ranks = a.findings.map((f) => rank[f.severity]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(a.options).toEqual({ today: TODAY, ...DEFAULT_ANALYSIS_OPTIONS });
    expect(a.cadenceDays).toBe(30);
    expect(new Set(a.findings.map((f) => f.key)).size).toBe(a.findings.length);
  });

  it('copes with cycles, self-links, repeated ids and links to people who do not exist', () => {
    const data = accountData({
      team: [member('li'), member('li')],
      people: [
        person('a', { roles: ['decisionMaker', 'coach'], layer: 'decision' }),
        person('b'),
        person('a', { name: 'duplicate' }),
      ],
      links: [
        covers('li', 'b', 2, TODAY),
        reportsTo('a', 'b'),
        reportsTo('b', 'a'),
        influences('a', 'b', 3),
        influences('b', 'a', 3),
        link('reportsTo', 'a', 'a'),
        link('ally', 'b', 'nobody'),
        link('covers', 'nobody', 'a', { strength: 3 }),
        link('covers', 'li', 'a', { strength: null }),
        link('competitorTie', 'no-competitor', 'a', { strength: 3 }),
      ],
    });
    const a = analyze(data, { today: TODAY });
    expect(a.weightedCoverage.totalInfluence).toBe(6);
    expect(a.singleThread.bottlenecks).toEqual([{ personId: 'b', decisionMakerIds: ['a'] }]);
    // li -> b (covers 2) -> a (influence 3): the weakest link is 2.
    expect(a.pathsToPower[0]).toMatchObject({ nodeIds: ['li', 'b', 'a'], strength: 2 });
    // The null-strength covers link counts as strength 0: a is neither covered nor faded.
    expect(a.roleCoverage.decisionMakers[0]).toMatchObject({ personId: 'a', bestStrength: 0 });
    expect(a.fadingLinks.map((l) => l.personId)).toEqual(['b']);
  });

  it('handles a team of one holding everyone', () => {
    const data = accountData({
      team: [member('li')],
      people: [
        person('ceo', { layer: 'decision', roles: ['decisionMaker'], attitude: 'supporter', influence: 5, lastContact: TODAY }),
        person('coach', { layer: 'user', roles: ['coach', 'user'], attitude: 'champion', influence: 4, lastContact: TODAY }),
      ],
      links: [covers('li', 'ceo', 3, TODAY), covers('li', 'coach', 3, TODAY)],
    });
    // Two people held at 3: the CEO carries 5 / (5 + 4) = 56 % < 60 %, so only our side is single-threaded.
    const a = analyze(data, { today: TODAY });
    expect(codes(a)).toContain('owner-single-thread');
    expect(codes(a)).not.toContain('contact-single-thread');
    expect(a.singleThread.owner).toEqual({ status: 'single', ownerIds: ['li'] });
  });

  it('ignores gone ids that are not in the account and refuses an impossible date', () => {
    const data = kitchenSinkAccount();
    expect(analyze(data, { today: TODAY, goneIds: ['nobody'] }).findings).toEqual(analyze(data, { today: TODAY }).findings);
    expect(() => analyze(data, { today: '2026-02-30' })).toThrow(RangeError);
  });
});
