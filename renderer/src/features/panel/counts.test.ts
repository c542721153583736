import { describe, expect, it } from 'vitest';
import { sampleAccount } from '../../../../shared/edit/testData';
import { newPerson } from '../../../../shared/edit';
import { countByLayer, countSelection, selectedKind } from './counts';

describe('countByLayer', () => {
  it('counts people per layer and keeps empty layers at zero', () => {
    const data = sampleAccount();
    data.people.push(newPerson('acc-1', { name: 'Eve', layer: 'user' }, 'p-eve'));
    expect(countByLayer(data)).toEqual({ image: 1, decision: 1, implementation: 1, user: 2 });
    expect(countByLayer({ ...data, people: [] })).toEqual({ image: 0, decision: 0, implementation: 0, user: 0 });
  });
});

describe('countSelection', () => {
  it('counts each kind and ignores ids that are gone', () => {
    expect(countSelection(sampleAccount(), ['p-ann', 'p-bo', 't-lin', 'l-rep', 'c-acme', 'gone'])).toEqual({
      people: 2,
      team: 1,
      competitors: 1,
      links: 1,
    });
  });
});

describe('selectedKind', () => {
  it('names the inspector for a selection', () => {
    const data = sampleAccount();
    expect(selectedKind(data, [])).toBe('account');
    expect(selectedKind(data, ['p-cai'])).toBe('person');
    expect(selectedKind(data, ['t-sam'])).toBe('team');
    expect(selectedKind(data, ['c-acme'])).toBe('competitor');
    expect(selectedKind(data, ['l-inf'])).toBe('link');
    expect(selectedKind(data, ['p-cai', 'l-inf'])).toBe('multi');
    expect(selectedKind(data, ['gone'])).toBe('account');
  });
});
