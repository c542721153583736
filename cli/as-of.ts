import { localToday } from '../shared/edit/defaults';
import type { AccountFile } from '../shared/exchange';
import { accountAsOf } from '../shared/history/asOf';
import { isCalendarDate, type AccountData } from '../shared/model';
import type { ParsedArgs } from './args';

export const AS_OF_HELP = `  --as-of   analyze and export: the account as it stood at the end of that day (YYYY-MM-DD, your
            computer's day), rebuilt from the history the file carries (files exported by Power Map do).`;

/** The `--as-of` day, undefined when not given, or the usage message for a wrong one. */
export function asOfOption(args: ParsedArgs): string | undefined | Error {
  const raw = args.options.get('as-of');
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !isCalendarDate(raw)) return new Error(`--as-of must be a date as YYYY-MM-DD, got "${String(raw)}".`);
  return raw;
}

/** The changes' days are the user's days, as in the app's History tab. */
const localDayOf = (at: string) => localToday(new Date(at));

/**
 * The account of `file` as it stood at the end of `day`, or why there is none: a file without history, a
 * day before the account's first record, a day on which it had been deleted.
 */
export function accountOnDay(path: string, file: AccountFile, day: string): AccountData | string {
  if (file.history === null || file.history.length === 0) {
    return `${path} carries no history, so --as-of cannot rebuild the account as of ${day}. Files exported by Power Map carry their history.`;
  }
  const past = accountAsOf(file.history, file.data.account.id, day, localDayOf);
  if (past.ok) return past.data;
  if (past.reason === 'deleted') return `${path}: the account had been deleted by the end of ${day}, so there is no map as of that day.`;
  const first = localDayOf(file.history[0]!.at);
  return `${path}: the account did not exist yet on ${day}; its history begins on ${first}.`;
}
