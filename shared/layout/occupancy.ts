import type { Pos } from './geometry';

/**
 * A spatial hash of node centres answering "is anyone too close to this spot?" in O(1), so that finding
 * free spots stays linear in the number of people even at thousands of them.
 */
export interface Occupancy {
  add(pos: Pos): void;
  isFree(pos: Pos): boolean;
}

/** Two nodes closer than this (on both axes) would overlap, labels included. */
export function createOccupancy(minDx: number, minDy: number): Occupancy {
  const buckets = new Map<string, Pos[]>();
  const key = (bx: number, by: number): string => `${bx}:${by}`;
  const bucketOf = (pos: Pos): [number, number] => [Math.floor(pos.x / minDx), Math.floor(pos.y / minDy)];

  return {
    add(pos) {
      const [bx, by] = bucketOf(pos);
      const k = key(bx, by);
      const list = buckets.get(k);
      if (list) list.push(pos);
      else buckets.set(k, [pos]);
    },
    isFree(pos) {
      const [bx, by] = bucketOf(pos);
      for (let dx = -1; dx <= 1; dx += 1) {
        for (let dy = -1; dy <= 1; dy += 1) {
          const list = buckets.get(key(bx + dx, by + dy));
          if (!list) continue;
          for (const other of list) {
            if (Math.abs(other.x - pos.x) < minDx && Math.abs(other.y - pos.y) < minDy) return false;
          }
        }
      }
      return true;
    },
  };
}
