import type { AccountData } from '../model';

const LISTS = ['competitors', 'team', 'people', 'links'] as const;

/** A value as text with its keys in order, so two records with the same fields compare equal whatever their key order. */
function stable(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
}

/**
 * Where a replayed history and the account as stored disagree (issue 12, bad input: "a history whose
 * records contradict the current state"): one line per record that differs, is missing or is extra.
 * Empty when they agree record for record, field for field (the order of the lists does not count).
 */
export function historyContradictions(replayed: AccountData | null, stored: AccountData | null, limit = 10): string[] {
  if (replayed === null && stored === null) return [];
  if (replayed === null) return ['the history has no account where the database has one'];
  if (stored === null) return ['the history has an account the database does not'];
  const out: string[] = [];
  if (stable(replayed.account) !== stable(stored.account)) out.push(`account ${stored.account.id}: fields differ`);
  for (const list of LISTS) {
    const mine = new Map((replayed[list] as { id: string }[]).map((item) => [item.id, item] as const));
    const theirs = new Map((stored[list] as { id: string }[]).map((item) => [item.id, item] as const));
    for (const [id, item] of theirs) {
      const was = mine.get(id);
      if (was === undefined) out.push(`${list} ${id}: in the database, not in the history`);
      else if (stable(was) !== stable(item)) out.push(`${list} ${id}: fields differ`);
    }
    for (const id of mine.keys()) if (!theirs.has(id)) out.push(`${list} ${id}: in the history, not in the database`);
  }
  return out.slice(0, limit);
}
