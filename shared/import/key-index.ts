/**
 * A map from text keys (an import's e-mail and name keys) split over small maps by a hash of the key.
 * V8 rehashes a Map as it grows, and past a few thousand entries each rehash costs several times more
 * per entry than in a small map (the table no longer fits the cache, and moves to large-object space):
 * for the 10,000 rows of a large import, one Map per key spent about as long growing as the rest of
 * the matching. Small maps keep every rehash cheap.
 */

const SHARDS = 16;

function shardOf(key: string): number {
  let hash = key.length;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
  return hash & (SHARDS - 1);
}

export class KeyIndex<T> {
  private readonly shards: Map<string, T>[] = Array.from({ length: SHARDS }, () => new Map<string, T>());

  get(key: string): T | undefined {
    return (this.shards[shardOf(key)] as Map<string, T>).get(key);
  }

  set(key: string, value: T): void {
    (this.shards[shardOf(key)] as Map<string, T>).set(key, value);
  }
}
