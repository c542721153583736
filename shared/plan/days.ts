import { dayNumber } from '../analysis/dates';
import type { IsoDate } from '../model';

const MS_PER_DAY = 86_400_000;

/** How many days after today the agenda screen looks ahead. */
export const AGENDA_DAYS = 7;

/** The `YYYY-MM-DD` of a day number (days since 1970-01-01, UTC), the inverse of the analysis' dayNumber. */
export function dateOfDay(day: number): IsoDate {
  let date = DATES.get(day);
  if (date === undefined) {
    date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (DATES.size < DATE_CACHE_LIMIT) DATES.set(day, date);
  }
  return date;
}

/** Dates of day numbers already formatted (the agenda formats the same few hundred days thousands of times). */
const DATES = new Map<number, IsoDate>();
const DATE_CACHE_LIMIT = 20_000;

/** `date` plus `days` (negative goes back); throws on a date that does not exist, a caller's mistake. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const day = dayNumber(date);
  if (day === null) throw new RangeError(`expected a date as YYYY-MM-DD, got "${date}"`);
  return dateOfDay(day + days);
}
