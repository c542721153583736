import { formatPath } from './issues';

/**
 * Keys that, once copied into a plain object by careless code, change its prototype or constructor.
 * No Power Map record has such a field, so a file that carries one is refused rather than cleaned.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Paths of every forbidden key anywhere in a parsed JSON value. JSON.parse stores `__proto__` as an
 * ordinary own property (it does not touch any prototype), so walking own keys finds them all.
 * The walk uses its own stack: a hostile file may nest deeper than the call stack allows.
 */
export function findForbiddenKeys(root: unknown, max = 100): string[] {
  const found: string[] = [];
  const pending: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: root, path: [] }];
  while (pending.length > 0 && found.length < max) {
    const { value, path } = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) pending.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) found.push(formatPath([...path, key]));
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (!FORBIDDEN_KEYS.has(key)) pending.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return found;
}
