import type { EntityByKind, EntityKind, Op } from '../model';
import type { Edit } from './edit';
import { NO_EDIT } from './edit';

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return Object.is(a, b);
}

/**
 * A patch of one record as an edit: forward keeps only the fields that really change, inverse puts
 * back their old values. An unchanged field makes no op, so a blur without a change is no undo step.
 */
export function patchEdit<K extends EntityKind>(
  entity: K,
  current: EntityByKind[K] | undefined,
  patch: Partial<EntityByKind[K]>,
): Edit {
  if (!current) return NO_EDIT;
  const forward: Record<string, unknown> = {};
  const inverse: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || key === 'id' || key === 'accountId') continue;
    const old = (current as unknown as Record<string, unknown>)[key];
    if (sameValue(old, value)) continue;
    forward[key] = Array.isArray(value) ? [...value] : value;
    inverse[key] = Array.isArray(old) ? [...old] : old;
  }
  if (Object.keys(forward).length === 0) return NO_EDIT;
  const id = current.id;
  return {
    forward: [{ op: 'patch', entity, id, patch: forward } as Op],
    inverse: [{ op: 'patch', entity, id, patch: inverse } as Op],
  };
}
