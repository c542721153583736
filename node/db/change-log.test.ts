import { describe, expect, it } from 'vitest';
import { timeOrderedId } from './change-log';

describe('change record ids', () => {
  it('are UUIDs version 7: unique within one millisecond, and ordered by their time', () => {
    const same = Array.from({ length: 10_000 }, () => timeOrderedId(Date.parse('2026-12-07T08:00:00.000Z')));
    expect(new Set(same).size).toBe(same.length);
    for (const id of same.slice(0, 50)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const times = ['2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.001Z', '2026-06-01T12:00:00.000Z', '2031-01-01T00:00:00.000Z'];
    const ids = times.map((t) => timeOrderedId(Date.parse(t)));
    expect([...ids].sort()).toEqual(ids);
  });
});
