const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `today` minus `days`, as YYYY-MM-DD. Calendar arithmetic in UTC so the result never depends on the
 *  machine's time zone or daylight-saving changes. */
export function daysBefore(today: string, days: number): string {
  const match = ISO_DATE.exec(today);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== today) {
    throw new RangeError(`expected a calendar date as YYYY-MM-DD, got "${today}"`);
  }
  return new Date(time - days * DAY_MS).toISOString().slice(0, 10);
}
