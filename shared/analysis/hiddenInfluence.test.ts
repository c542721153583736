import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { explainFinding } from './messages';
import { TODAY, accountData, influences, person } from './testing';
import type { AccountData } from '../model';

const hidden = (data: AccountData) => analyze(data, { today: TODAY }).hiddenInfluencers;

describe('hidden influence counts the influence a person exerts (A -> B: A sways B)', () => {
  it('finds the secretary who sways the general manager, not the title swayed by many', () => {
    // Eight people. The secretary (user layer, rated 2) sways the general manager with strength 3.
    // Four colleagues each sway the general manager with strength 1: the general manager is swayed by five
    // (incoming 3+1+1+1+1 = 7) but sways nobody. Outgoing: sec 3, s1..s4 1 each, gm 0, x 0, y 0.
    // Top quarter of 8 = 2 places: sorted 3, 1, 1, 1, 1, 0, 0, 0: threshold is the 2nd value, 1.
    // In the top quarter by outgoing influence: sec (3) and s1..s4 (1, ties at the boundary).
    // sec is user layer and rated 2: hidden. s1..s4 sit in the decision layer rated 3: not hidden.
    const people = [
      person('sec', { name: 'Secretary', layer: 'user', influence: 2 }),
      person('gm', { name: 'General manager', layer: 'image', influence: 2 }),
      person('s1', { layer: 'decision' }),
      person('s2', { layer: 'decision' }),
      person('s3', { layer: 'decision' }),
      person('s4', { layer: 'decision' }),
      person('x', { layer: 'decision' }),
      person('y', { layer: 'decision' }),
    ];
    const links = [
      influences('sec', 'gm', 3),
      influences('s1', 'gm', 1),
      influences('s2', 'gm', 1),
      influences('s3', 'gm', 1),
      influences('s4', 'gm', 1),
    ];
    const data = accountData({ people, links });
    const a = analyze(data, { today: TODAY });
    // The general manager, rated 2 and swayed by five, must NOT be called a hidden influencer.
    expect(a.hiddenInfluencers).toEqual([{ personId: 'sec', outgoingInfluence: 3, rank: 1, reason: 'both' }]);
    const f = a.findings.find((x) => x.code === 'hidden-influencer')!;
    expect(f).toMatchObject({ personIds: ['sec'], numbers: { outgoingInfluence: 3, swayed: 1, threshold: 1, influence: 2 } });
    expect(explainFinding(f, data, 'en')).toBe(
      'Secretary sways 1 colleague (influence strength 3 in all, top quarter of the account), yet Secretary sits in the user layer and is rated 2 of 5 for influence: more weight than the map suggests.',
    );
    expect(explainFinding(f, data, 'zh-CN')).toContain('Secretary影响着 1 位同事（影响强度合计 3');
  });

  // Eight people; outgoing influence: u1 3+3 = 6, d1 3+2 = 5, i1 2, x 1, the rest 0.
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
    influences('u1', 's1', 3),
    influences('u1', 's2', 3),
    influences('d1', 's3', 3),
    influences('d1', 's4', 2),
    influences('i1', 's1', 2),
    influences('x', 's2', 1),
  ];

  it('marks a top-quarter person in the user or implementation layer, not a decision-layer one rated 5', () => {
    const a = analyze(accountData({ people, links }), { today: TODAY });
    expect(a.hiddenInfluencers).toEqual([{ personId: 'u1', outgoingInfluence: 6, rank: 1, reason: 'layer' }]);
    expect(a.findings.find((f) => f.code === 'hidden-influencer')).toMatchObject({
      personIds: ['u1'],
      numbers: { outgoingInfluence: 6, swayed: 2, threshold: 5 },
    });
  });

  it('marks a top-quarter person rated 2 or less, and includes ties at the boundary', () => {
    // x now sways with 5 in all (1 + 3 + 1): tied with d1 for 2nd place, rated 2 -> hidden by rating.
    const more = [...links, influences('x', 's3', 3), influences('x', 's4', 1)];
    expect(hidden(accountData({ people, links: more }))).toEqual([
      { personId: 'u1', outgoingInfluence: 6, rank: 1, reason: 'layer' },
      { personId: 'x', outgoingInfluence: 5, rank: 2, reason: 'rating' },
    ]);
  });

  it('always keeps at least one place, and needs outgoing influence above 0', () => {
    // Two people: a quarter is half a place, rounded up to 1. a sways b, so a holds the influence.
    const two = accountData({ people: [person('a'), person('b')], links: [influences('a', 'b', 1)] });
    expect(hidden(two).map((h) => h.personId)).toEqual(['a']);
    expect(hidden(accountData({ people: [person('a'), person('b')] }))).toEqual([]);
  });

  it('adds up an influence cycle without looping', () => {
    const cycle = accountData({
      people: [person('a'), person('b'), person('c'), person('d')],
      links: [influences('a', 'b', 2), influences('b', 'c', 2), influences('c', 'a', 3)],
    });
    // Outgoing: a 2, b 2, c 3, d 0. One place (ceil(4/4)): c.
    expect(hidden(cycle).map((h) => [h.personId, h.outgoingInfluence])).toEqual([['c', 3]]);
  });
});
