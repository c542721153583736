import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { TODAY, accountData, influences, person } from './testing';
import type { AccountData } from '../model';

const hidden = (data: AccountData) => analyze(data, { today: TODAY }).hiddenInfluencers;

describe('hidden influence', () => {
  // Eight people; incoming influence: u1 3+3 = 6, d1 3+2 = 5, i1 2, x 1, the rest 0.
  // Top quarter of 8 = 2 places, so the threshold is the 2nd value, 5: u1 and d1 rank in it.
  const people = [
    person('u1', { layer: 'user', influence: 3 }),
    person('d1', { layer: 'decision', influence: 5 }),
    person('i1', { layer: 'implementation', influence: 4 }),
    person('x', { layer: 'decision', influence: 2 }),
    person('s1', { layer: 'decision' }),
    person('s2', { layer: 'decision' }),
    person('s3', { layer: 'image' }),
    person('s4', { layer: 'image' }),
  ];
  const links = [
    influences('s1', 'u1', 3),
    influences('s2', 'u1', 3),
    influences('s3', 'd1', 3),
    influences('s4', 'd1', 2),
    influences('s1', 'i1', 2),
    influences('s2', 'x', 1),
  ];

  it('marks a top-quarter person in the user or implementation layer, not a decision-layer one rated 5', () => {
    const a = analyze(accountData({ people, links }), { today: TODAY });
    expect(a.hiddenInfluencers).toEqual([{ personId: 'u1', incomingInfluence: 6, rank: 1, reason: 'layer' }]);
    expect(a.findings.find((f) => f.code === 'hidden-influencer')).toMatchObject({
      personIds: ['u1'],
      numbers: { incomingInfluence: 6, influencers: 2, threshold: 5 },
    });
  });

  it('marks a top-quarter person rated 2 or less, and includes ties at the boundary', () => {
    // x now receives 5 too (1 + 3 + 1): tied with d1 for 2nd place, rated 2 -> hidden by rating.
    const more = [...links, influences('s3', 'x', 3), influences('s4', 'x', 1)];
    expect(hidden(accountData({ people, links: more }))).toEqual([
      { personId: 'u1', incomingInfluence: 6, rank: 1, reason: 'layer' },
      { personId: 'x', incomingInfluence: 5, rank: 2, reason: 'rating' },
    ]);
  });

  it('always keeps at least one place, and needs incoming influence above 0', () => {
    // Two people: a quarter is half a place, rounded up to 1. b has the incoming link.
    const two = accountData({ people: [person('a'), person('b')], links: [influences('a', 'b', 1)] });
    expect(hidden(two).map((h) => h.personId)).toEqual(['b']);
    expect(hidden(accountData({ people: [person('a'), person('b')] }))).toEqual([]);
  });

  it('adds up an influence cycle without looping', () => {
    const cycle = accountData({
      people: [person('a'), person('b'), person('c'), person('d')],
      links: [influences('a', 'b', 2), influences('b', 'c', 2), influences('c', 'a', 3)],
    });
    // Incoming: a 3, b 2, c 2, d 0. One place (ceil(4/4)): a.
    expect(hidden(cycle).map((h) => [h.personId, h.incomingInfluence])).toEqual([['a', 3]]);
  });
});
