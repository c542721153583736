import { formatPath } from './issues';

/**
 * Keys that, once copied into a plain object by careless code, change its prototype or constructor.
 * No Power Map record has such a field, so a file that carries one is refused rather than cleaned.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Visit {
  value: unknown;
  key: PropertyKey;
  parent: Visit | null;
}

/** The path from the root to `visit` plus `last`; built only for a key that is reported. */
function pathOf(visit: Visit, last: PropertyKey): PropertyKey[] {
  const path: PropertyKey[] = [last];
  for (let at: Visit | null = visit; at && at.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Paths of every forbidden key anywhere in a parsed JSON value. JSON.parse stores `__proto__` as an
 * ordinary own property (it does not touch any prototype), so walking own keys finds them all.
 * The walk uses its own stack (a hostile file may nest deeper than the call stack allows), and each
 * value links to its parent instead of carrying a copy of its path, so the walk stays linear however
 * deep the nesting: copying paths cost depth x size, minutes on 630 KB of nested lists.
 */
export function findForbiddenKeys(root: unknown, max = 100): string[] {
  const found: string[] = [];
  const pending: Visit[] = [{ value: root, key: '', parent: null }];
  while (pending.length > 0 && found.length < max) {
    const visit = pending.pop()!;
    const { value } = visit;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) pending.push({ value: value[i], key: i, parent: visit });
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key) && found.length < max) found.push(formatPath(pathOf(visit, key)));
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (!FORBIDDEN_KEYS.has(key)) pending.push({ value: (value as Record<string, unknown>)[key], key, parent: visit });
    }
  }
  return found;
}
