import { describe, expect, it } from 'vitest';
import { carriedNext, HYSTERESIS, NAME_ZOOM } from './lod';

describe('level of detail thresholds', () => {
  it('shows a detail from its zoom on and hides it again only one zoom step below it', () => {
    // Hidden at fit, a step in reaches the threshold: names appear.
    expect(carriedNext(NAME_ZOOM, true, NAME_ZOOM * 0.9)).toBe(true);
    expect(carriedNext(NAME_ZOOM, true, NAME_ZOOM)).toBe(false);
    // The step back out (one toolbar step) keeps them: nobody is restyled twice.
    expect(carriedNext(NAME_ZOOM, false, NAME_ZOOM / HYSTERESIS)).toBe(false);
    expect(carriedNext(NAME_ZOOM, false, NAME_ZOOM * 0.9)).toBe(false);
    // Further out they go.
    expect(carriedNext(NAME_ZOOM, false, (NAME_ZOOM / HYSTERESIS) * 0.99)).toBe(true);
    // Coming back in from there, they appear at the threshold again, not before.
    expect(carriedNext(NAME_ZOOM, true, NAME_ZOOM * 0.95)).toBe(true);
  });
});
