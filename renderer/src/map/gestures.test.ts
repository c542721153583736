import { describe, expect, it } from 'vitest';
import { DEFAULT_GEOMETRY, bandRect, clampIntoBand, clampIntoTeamColumn } from '../../../shared/layout';
import { dropLayer, hitTest, resolveMoves, sameIds } from './gestures';

const geometry = DEFAULT_GEOMETRY;

describe('dropLayer', () => {
  it('is the band under the drop, or the nearest band above or below the map', () => {
    const decision = bandRect('decision', geometry);
    expect(dropLayer({ x: decision.x + 100, y: decision.y + 10 }, geometry)).toBe('decision');
    expect(dropLayer({ x: 0, y: -500 }, geometry)).toBe('image');
    expect(dropLayer({ x: 0, y: 99999 }, geometry)).toBe('user');
  });
});

describe('resolveMoves', () => {
  it('clamps a person into the band they were dropped in and names the new layer only when it changed', () => {
    const user = bandRect('user', geometry);
    const image = bandRect('image', geometry);
    const intoUser = { x: user.x + 300, y: user.y + 2 };
    const withinImage = { x: image.x + 300, y: image.y + 100 };
    const moves = resolveMoves(
      [
        { id: 'p1', kind: 'person', layer: 'image', ...intoUser },
        { id: 'p2', kind: 'person', layer: 'image', ...withinImage },
      ],
      geometry,
    );
    expect(moves[0]).toEqual({ id: 'p1', ...clampIntoBand('user', intoUser, geometry), layer: 'user' });
    expect(moves[1]).toEqual({ id: 'p2', ...clampIntoBand('image', withinImage, geometry) });
  });

  it('keeps team members in our column', () => {
    const [move] = resolveMoves([{ id: 't1', kind: 'team', x: 900, y: 10 }], geometry);
    expect(move).toEqual({ id: 't1', ...clampIntoTeamColumn({ x: 900, y: 10 }, geometry) });
    expect(move?.x).toBeLessThan(geometry.team.x + geometry.team.w);
  });
});

describe('hitTest', () => {
  const boxes = [
    { id: 'a', x: 0, y: 0, w: 40, h: 40 },
    { id: 'b', x: 30, y: 0, w: 40, h: 40 },
  ];
  it('finds the node under the pointer, the nearest centre where boxes overlap', () => {
    expect(hitTest(boxes, { x: -10, y: 5 })).toBe('a');
    expect(hitTest(boxes, { x: 20, y: 0 })).toBe('b');
    expect(hitTest(boxes, { x: 200, y: 0 })).toBeNull();
  });
});

describe('sameIds', () => {
  it('compares selections as sets', () => {
    expect(sameIds(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameIds(['a'], ['a', 'b'])).toBe(false);
  });
});
