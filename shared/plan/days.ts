import { dayNumber } from '../analysis/dates';
import type { IsoDate } from '../model';

const MS_PER_DAY = 86_400_000;

/** The `YYYY-MM-DD` of a day number (days since 1970-01-01, UTC), the inverse of the analysis' dayNumber. */
export function dateOfDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `date` plus `days` (negative goes back); throws on a date that does not exist, a caller's mistake. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const day = dayNumber(date);
  if (day === null) throw new RangeError(`expected a date as YYYY-MM-DD, got "${date}"`);
  return dateOfDay(day + days);
}
