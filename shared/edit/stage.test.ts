import { describe, expect, it } from 'vitest';
import { suggestStage } from './stage';

describe('suggestStage', () => {
  it('follows DOMAIN.md: under 50 % initial, 50-80 % stable, 80-100 % strategic', () => {
    expect(suggestStage(10)).toBe('initial');
    expect(suggestStage(49.9)).toBe('initial');
    expect(suggestStage(50)).toBe('stable');
    expect(suggestStage(79)).toBe('stable');
    expect(suggestStage(80)).toBe('strategic');
    expect(suggestStage(100)).toBe('strategic');
  });

  it('treats no share as development and suggests nothing without a valid share', () => {
    expect(suggestStage(0)).toBe('development');
    expect(suggestStage(null)).toBeNull();
    expect(suggestStage(-1)).toBeNull();
    expect(suggestStage(101)).toBeNull();
    expect(suggestStage(Number.NaN)).toBeNull();
  });
});
