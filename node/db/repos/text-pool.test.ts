import { describe, expect, it } from 'vitest';
import { createTextPool } from './text-pool';

describe('a text pool', () => {
  it('gives back each text as it was', () => {
    const pool = createTextPool();
    const day = ['2026-11-', '22'].join('');
    expect(pool.text(day)).toBe('2026-11-22');
    expect(pool.text('2026-11-22')).toBe('2026-11-22');
    expect(pool.text('李伟')).toBe('李伟');
    expect(pool.text('')).toBe('');
  });
});
