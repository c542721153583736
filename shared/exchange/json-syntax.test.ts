import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, findJsonProblem } from './json-syntax';

describe('findJsonProblem', () => {
  it('finds nothing wrong in valid JSON that JSON.parse also accepts', () => {
    const text = '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n", "😀", "\\ud83d\\ude00"], "b": {}, "c": [{"a": 1}, {"a": 2}]}';
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findJsonProblem(text)).toBeNull();
  });

  it.each([
    ['{"a": 1,}', 1, 9, "a trailing comma before '}' is not allowed"],
    ['[1, 2,\n]', 2, 1, "a trailing comma before ']' is not allowed"],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes but found \'\'\''],
    ['{"a": \'x\'}', 1, 7, "strings must use double quotes (\"), not single quotes (')"],
    ['{\n  "a": "never closed\n}', 2, 21, 'a control character (U+000A) inside a string must be escaped'],
    ['{"a": "open', 1, 7, 'a string is not closed'],
    ['{"a" 1}', 1, 6, "expected ':' after the property name but found '1'"],
    ['{"a": 1} x', 1, 10, "unexpected 'x' after the end of the data"],
    ['{"a": -}', 1, 7, 'a number is malformed'],
    ['{"a": "\\q"}', 1, 8, 'unknown escape sequence \\q'],
    ['{"a": [1 2]}', 1, 10, "expected ',' or ']' but found '2'"],
    ['{"a": ', 1, 7, 'expected a value but found the end of the file'],
  ])('%j breaks at line %i, column %i', (text, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonProblem(text)).toMatchObject({ kind: 'syntax', line, column, reason });
  });

  it('stops at absurd nesting instead of overflowing the stack', () => {
    const problem = findJsonProblem('['.repeat(100_000));
    expect(problem).toMatchObject({ kind: 'too-deep', line: 1, column: MAX_JSON_DEPTH + 1 });
    expect(problem?.reason).toBe(`the data is nested more than ${MAX_JSON_DEPTH} levels deep`);
  });

  it(`accepts exactly ${MAX_JSON_DEPTH} levels of nesting`, () => {
    expect(findJsonProblem('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBeNull();
    expect(findJsonProblem('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1))?.kind).toBe('too-deep');
  });

  it('refuses a key given twice, at the top level and nested, naming the key and where it sits', () => {
    expect(() => JSON.parse('{"a": 1, "a": 2}')).not.toThrow();
    expect(findJsonProblem('{"a": 1,\n "a": 2}')).toEqual({
      kind: 'duplicate-key',
      line: 2,
      column: 2,
      reason: 'the key "a" appears twice in one object',
      path: '',
    });
    expect(findJsonProblem('{"people": [{"name": "x"}, {"name": "y", "name": "z"}]}')).toMatchObject({
      kind: 'duplicate-key',
      reason: 'the key "name" appears twice in one object',
      path: 'people[1]',
    });
  });

  it('sees through escapes when comparing keys', () => {
    expect(findJsonProblem('{"name": 1, "n\\u0061me": 2}')?.reason).toBe('the key "name" appears twice in one object');
  });

  it('lets the same key appear once in each of several objects', () => {
    expect(findJsonProblem('[{"id": 1}, {"id": 2}, {"inner": {"id": 3}, "id": 4}]')).toBeNull();
  });

  it.each([
    ['an escaped high surrogate alone', '{"name": "Chen \\uD800 Jie"}', 'U+D800', 16],
    ['an escaped high surrogate at the end', '{"name": "Chen\\uD800"}', 'U+D800', 15],
    ['an escaped low surrogate alone', '{"name": "\\uDC00"}', 'U+DC00', 11],
    ['two high surrogates', '{"name": "\\uD800\\uD801\\uDC00"}', 'U+D800', 11],
    ['a raw high surrogate', '{"name": "a\uD800b"}', 'U+D800', 12],
  ])('refuses %s', (_label, text, code, column) => {
    expect(findJsonProblem(text)).toEqual({
      kind: 'lone-surrogate',
      line: 1,
      column,
      reason: `a lone surrogate (${code}) is half of a character, not text`,
      path: 'name',
    });
  });
});
