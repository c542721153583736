import { describe, expect, it } from 'vitest';
import { parseDate } from './values';

describe('parseDate', () => {
  it('reads the dates CRM exports and Chinese sheets write, and only real days', () => {
    expect(parseDate('2024-01-10')).toBe('2024-01-10');
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2000-02-29')).toBe('2000-02-29');
    expect(parseDate('2024/1/5')).toBe('2024-01-05');
    expect(parseDate('2024年3月5日')).toBe('2024-03-05');
    expect(parseDate('2024-05-02 10:15')).toBe('2024-05-02');
    expect(parseDate('2023-02-29')).toBeUndefined();
    expect(parseDate('1900-02-29')).toBeUndefined();
    expect(parseDate('2024-04-31')).toBeUndefined();
    expect(parseDate('2024-13-01')).toBeUndefined();
    expect(parseDate('1899-12-31')).toBeUndefined();
  });
});
