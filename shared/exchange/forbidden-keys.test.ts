import { describe, expect, it } from 'vitest';
import { findForbiddenKeys } from './forbidden-keys';

describe('findForbiddenKeys', () => {
  it('names each forbidden key with its path', () => {
    const value = JSON.parse('{"a": [{"b": 1}, {"__proto__": 1, "c": {"constructor": {"prototype": 2}}}], "prototype": 3}') as unknown;
    expect(findForbiddenKeys(value)).toEqual(['prototype', 'a[1].__proto__', 'a[1].c.constructor']);
  });

  it('walks 315,000 levels of nesting in one pass and finds the key at the bottom', () => {
    // Copying the path at every level made this walk quadratic: about 5e10 steps here, minutes of a hung app.
    let value: unknown = { constructor: 1 };
    for (let i = 0; i < 315_000; i++) value = [value];
    const found = findForbiddenKeys(value);
    expect(found).toHaveLength(1);
    expect(found[0]).toBe(`${'[0]'.repeat(315_000)}.constructor`);
  });

  it('stops at the limit it is given', () => {
    const many = Array.from({ length: 10 }, () => ({ __proto__: null, constructor: 1 }));
    expect(findForbiddenKeys(JSON.parse(JSON.stringify(many)), 3)).toHaveLength(3);
  });
});
