import { describe, expect, it } from 'vitest';
import { LAYERS } from '../model';
import {
  DEFAULT_GEOMETRY,
  bandAt,
  bandOfY,
  bandRect,
  clampIntoBand,
  clampIntoTeamColumn,
  isInsideBand,
  teamColumnRect,
} from './geometry';

describe('band geometry', () => {
  it('finds the band under a point, and none above, below or beside the bands', () => {
    for (const layer of LAYERS) {
      const rect = bandRect(layer);
      expect(bandOfY(rect.y + rect.h / 2)).toBe(layer);
      expect(bandAt({ x: rect.x + 10, y: rect.y + 1 })).toBe(layer);
    }
    expect(bandOfY(-1)).toBeNull();
    const user = bandRect('user');
    expect(bandOfY(user.y + user.h + 1)).toBeNull();
    expect(bandAt({ x: teamColumnRect().x + 10, y: bandRect('decision').y + 20 })).toBeNull();
  });

  it('clamps a drop far outside a band to a spot inside it, leaving room for the label', () => {
    for (const layer of LAYERS) {
      for (const pos of [
        { x: -1e6, y: -1e6 },
        { x: 1e6, y: 1e6 },
        { x: 0, y: bandRect(layer).y },
      ]) {
        const clamped = clampIntoBand(layer, pos);
        expect(isInsideBand(layer, clamped)).toBe(true);
        expect(bandOfY(clamped.y)).toBe(layer);
      }
    }
    const inside = { x: bandRect('implementation').x + 200, y: bandRect('implementation').y + 100 };
    expect(clampIntoBand('implementation', inside)).toEqual(inside);
  });

  it('keeps team members inside the team column', () => {
    const clamped = clampIntoTeamColumn({ x: 5000, y: -50 });
    const team = teamColumnRect(DEFAULT_GEOMETRY);
    expect(clamped.x).toBeLessThan(team.x + team.w);
    expect(clamped.y).toBeGreaterThan(team.y);
  });
});
