import { describe, expect, it } from 'vitest';
import { resolveLinkEnds } from '../../../../shared/edit';
import { sampleAccount } from '../../../../shared/edit/testData';
import { canReverse, endName, linkChoices } from './linkChoices';

describe('the link chooser', () => {
  const data = sampleAccount();

  it('offers the four person-to-person kinds and marks the ones already there (ally either way round)', () => {
    const ends = resolveLinkEnds(data, 'p-dee', 'p-cai')!;
    expect(linkChoices(data, ends)).toEqual([
      { kind: 'reportsTo', exists: false },
      { kind: 'influences', exists: false },
      { kind: 'ally', exists: true },
      { kind: 'rival', exists: false },
    ]);
  });

  it('treats a directed link as existing only in its own direction', () => {
    const forward = linkChoices(data, resolveLinkEnds(data, 'p-bo', 'p-ann')!);
    const backward = linkChoices(data, resolveLinkEnds(data, 'p-ann', 'p-bo')!);
    expect(forward.find((choice) => choice.kind === 'reportsTo')?.exists).toBe(true);
    expect(backward.find((choice) => choice.kind === 'reportsTo')?.exists).toBe(false);
  });

  it('lets only links between two customer people be turned around', () => {
    expect(canReverse(data, { from: 'p-bo', to: 'p-ann' })).toBe(true);
    const covers = resolveLinkEnds(data, 'p-dee', 't-lin')!;
    expect(covers).toMatchObject({ from: 't-lin', to: 'p-dee', kinds: ['covers'] });
    expect(canReverse(data, covers)).toBe(false);
  });

  it('names people, our team and competitors alike', () => {
    expect([endName(data, 'p-ann'), endName(data, 't-sam'), endName(data, 'c-acme'), endName(data, 'gone')]).toEqual(['王校长', 'Sam', 'Acme', '']);
  });
});
