import { describe, expect, it } from 'vitest';
import { idsInOrder } from './ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ids for the records of one import', () => {
  it('are UUIDs of version 7 that sort in the order they were made, starting with the time', () => {
    const start = Date.UTC(2026, 11, 7, 18, 0, 0);
    const next = idsInOrder(start);
    // Past 2^18 ids, where the count carries into the version's group.
    const ids = Array.from({ length: 270_000 }, () => next());
    expect(ids.filter((id) => !UUID_V7.test(id))).toEqual([]);
    expect(ids.findIndex((id, index) => index > 0 && ids[index - 1]! >= id)).toBe(-1);
    expect(Number.parseInt(ids[0]!.replace(/-/g, '').slice(0, 12), 16)).toBe(start);
  });

  it('differ between two imports begun in the same millisecond (random bits), and sort by start time', () => {
    const a = idsInOrder(1_000);
    const b = idsInOrder(1_000);
    const fromA = Array.from({ length: 1_000 }, () => a());
    const fromB = Array.from({ length: 1_000 }, () => b());
    expect(new Set([...fromA, ...fromB]).size).toBe(2_000);
    expect(idsInOrder(1_001)() > fromA.at(-1)!).toBe(true);
  });
});
