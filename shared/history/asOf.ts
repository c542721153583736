import type { AccountData, IsoDate } from '../model';
import { replayChanges, type ChangeRecord } from './changes';

export type AsOf = { ok: true; data: AccountData } | { ok: false; reason: 'before-account' | 'deleted' };

/**
 * The account as it stood at the end of `day` (the user's day, via `dayOf`), rebuilt from its change
 * records: the ground of the as-of view and of comparing two dates. A day before the account's first
 * record, or one on which it had been deleted, has no map, and says which.
 */
export function accountAsOf(records: readonly ChangeRecord[], accountId: string, day: IsoDate, dayOf: (at: string) => IsoDate = (at) => at.slice(0, 10)): AsOf {
  const upTo = records.filter((change) => change.accountId === accountId && dayOf(change.at) <= day);
  if (upTo.length === 0) return { ok: false, reason: 'before-account' };
  const data = replayChanges(upTo).get(accountId);
  return data === undefined ? { ok: false, reason: 'deleted' } : { ok: true, data };
}
