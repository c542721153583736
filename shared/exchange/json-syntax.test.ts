import { describe, expect, it } from 'vitest';
import { locateJsonSyntaxError } from './json-syntax';

describe('locateJsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON that JSON.parse also accepts', () => {
    const text = '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}}';
    expect(() => JSON.parse(text)).not.toThrow();
    expect(locateJsonSyntaxError(text)).toBeNull();
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
    expect(locateJsonSyntaxError(text)).toEqual({ line, column, reason });
  });

  it('stops at absurd nesting instead of overflowing the stack', () => {
    const text = '['.repeat(100_000);
    expect(locateJsonSyntaxError(text)?.reason).toContain('nested more than 500 levels deep');
  });
});
