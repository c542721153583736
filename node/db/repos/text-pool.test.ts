import { describe, expect, it } from 'vitest';
import { createTextPool } from './text-pool';

describe('a text pool', () => {
  it('gives back each text as it was, and any other value as read (none as null)', () => {
    const pool = createTextPool();
    const day = ['2026-11-', '22'].join('');
    expect(pool.text(day)).toBe('2026-11-22');
    expect(pool.value('2026-11-22')).toBe('2026-11-22');
    expect(pool.value('李伟')).toBe('李伟');
    expect(pool.value('')).toBe('');
    expect(pool.value(3)).toBe(3);
    expect(pool.value(0)).toBe(0);
    expect(pool.value(null)).toBeNull();
    expect(pool.value(undefined)).toBeNull();
  });
});
