import { describe, expect, it } from 'vitest';
import { NO_FOCUS, diffFocus, focusClassesFor, type FocusState } from './focus';

const focus = (linked: string[], fading = true): FocusState => ({ linked: new Set(linked), fading });
const LINKS = ['a', 'b', 'c', 'd'];

describe('diffFocus', () => {
  it('brings the focused links forward and fades every other link when focus starts', () => {
    const changes = diffFocus(NO_FOCUS, focus(['a', 'b']), LINKS);
    expect(changes).toEqual([
      { id: 'a', add: ['focus-link'], remove: [] },
      { id: 'b', add: ['focus-link'], remove: [] },
      { id: 'c', add: ['focus-fade'], remove: [] },
      { id: 'd', add: ['focus-fade'], remove: [] },
    ]);
  });

  it('moving the focus touches only the links of the two people', () => {
    const changes = diffFocus(focus(['a', 'b']), focus(['b', 'c']), LINKS);
    expect(changes).toEqual([
      { id: 'a', add: ['focus-fade'], remove: ['focus-link'] },
      { id: 'c', add: ['focus-link'], remove: ['focus-fade'] },
    ]);
  });

  it('restores every link when focus ends', () => {
    const changes = diffFocus(focus(['a']), NO_FOCUS, LINKS);
    expect(changes.map((c) => [c.id, c.remove[0]])).toEqual([
      ['a', 'focus-link'],
      ['b', 'focus-fade'],
      ['c', 'focus-fade'],
      ['d', 'focus-fade'],
    ]);
  });

  it('on a very large map only emphasises (no fading of the rest)', () => {
    expect(diffFocus(NO_FOCUS, focus(['a'], false), LINKS)).toEqual([{ id: 'a', add: ['focus-link'], remove: [] }]);
  });
});

describe('focusClassesFor', () => {
  it('never marks people: only links are emphasised or faded', () => {
    expect(focusClassesFor('p1', focus(['a']), false)).toEqual([]);
    expect(focusClassesFor('b', focus(['a']), true)).toEqual(['focus-fade']);
  });
});
