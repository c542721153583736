import { DEFAULT_CADENCE_DAYS } from '../model';
import type { Account } from '../model';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Day numbers already worked out: the agenda and the analysis ask for the same few hundred dates tens of
 * thousands of times (every contact, link and person of 200 accounts), and parsing one costs a regular
 * expression and a Date.
 */
const DAY_NUMBERS = new Map<string, number>();
const DAY_CACHE_LIMIT = 20_000;

/**
 * A `YYYY-MM-DD` date as a whole day count since 1970-01-01 (UTC, so no time zone or daylight-saving
 * shift can move a day), or null when the text is not a real calendar date.
 */
export function dayNumber(iso: string | null | undefined): number | null {
  if (typeof iso !== 'string') return null;
  const known = DAY_NUMBERS.get(iso);
  if (known !== undefined) return known;
  const day = parseDay(iso);
  // A map of years of dates stays small; anything else (typed junk) is not kept.
  if (day !== null && DAY_NUMBERS.size < DAY_CACHE_LIMIT) DAY_NUMBERS.set(iso, day);
  return day;
}

function parseDay(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return Math.round(time / MS_PER_DAY);
}

/** The account's visit cadence in days: its own setting, else its tier's DOMAIN default. */
export function cadenceDays(account: Pick<Account, 'tier' | 'visitCadenceDays'>): number {
  const own = account.visitCadenceDays;
  if (typeof own === 'number' && Number.isFinite(own) && own > 0) return own;
  return DEFAULT_CADENCE_DAYS[account.tier] ?? DEFAULT_CADENCE_DAYS.general;
}
