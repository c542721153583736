import { describe, expect, it } from 'vitest';
import { addLink, allowedLinkKinds, resolveLinkEnds } from './links';
import { deepFreeze, sampleAccount } from './testData';

describe('which links may join which ends', () => {
  const data = deepFreeze(sampleAccount());

  it('offers covers from our team, ties from a competitor, four kinds between people', () => {
    expect(allowedLinkKinds('team', 'person')).toEqual(['covers']);
    expect(allowedLinkKinds('competitor', 'person')).toEqual(['competitorTie']);
    expect(allowedLinkKinds('person', 'person')).toEqual(['reportsTo', 'influences', 'ally', 'rival']);
    expect(allowedLinkKinds('person', 'team')).toEqual([]);
    expect(allowedLinkKinds('team', 'competitor')).toEqual([]);
  });

  it('turns a line drawn from a person to our team member around', () => {
    expect(resolveLinkEnds(data, 'p-dee', 't-lin')).toEqual({ from: 't-lin', to: 'p-dee', kinds: ['covers'] });
    expect(resolveLinkEnds(data, 'p-dee', 'p-ann')?.from).toBe('p-dee');
    expect(resolveLinkEnds(data, 't-lin', 't-sam')).toBeNull();
    expect(resolveLinkEnds(data, 'p-dee', 'p-dee')).toBeNull();
  });

  it('gives each new link its kind default strength, covers dated today', () => {
    const covers = addLink(data, { kind: 'covers', from: 't-lin', to: 'p-dee' }, '2026-06-30');
    expect(covers.ok && covers.link).toMatchObject({ strength: 2, lastContact: '2026-06-30' });
    const influence = addLink(data, { kind: 'influences', from: 'p-dee', to: 'p-ann' });
    expect(influence.ok && influence.link).toMatchObject({ strength: 2, lastContact: null });
    const tie = addLink(data, { kind: 'competitorTie', from: 'c-globex', to: 'p-dee' });
    expect(tie.ok && tie.link).toMatchObject({ strength: 2 });
    const reports = addLink(data, { kind: 'reportsTo', from: 'p-dee', to: 'p-cai' });
    expect(reports.ok && reports.link).toMatchObject({ strength: null, lastContact: null });
  });

  it('refuses kinds the ends do not allow, duplicates, and unknown ends', () => {
    expect(addLink(data, { kind: 'covers', from: 'p-ann', to: 'p-dee' })).toMatchObject({ ok: false, problem: 'kind-not-allowed' });
    expect(addLink(data, { kind: 'influences', from: 't-lin', to: 'p-dee' })).toMatchObject({ ok: false, problem: 'kind-not-allowed' });
    expect(addLink(data, { kind: 'ally', from: 'p-dee', to: 'p-cai' })).toMatchObject({ ok: false, problem: 'duplicate' });
    expect(addLink(data, { kind: 'covers', from: 't-lin', to: 'p-bo' })).toMatchObject({ ok: false, problem: 'duplicate' });
    expect(addLink(data, { kind: 'reportsTo', from: 'p-dee', to: 'ghost' })).toMatchObject({ ok: false, problem: 'unknown-end' });
    expect(addLink(data, { kind: 'ally', from: 'p-dee', to: 'p-dee' })).toMatchObject({ ok: false, problem: 'same-end' });
    expect(addLink(data, { kind: 'influences', from: 'p-dee', to: 'p-ann', strength: 5 })).toMatchObject({ ok: false, problem: 'invalid' });
  });
});
