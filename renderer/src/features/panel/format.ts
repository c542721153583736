import type { IsoDate } from '../../../../shared/model';

/** A calendar date (YYYY-MM-DD) in the user's language, read as that local day, not as UTC midnight. */
export function formatDay(iso: IsoDate, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

// Initials are drawn on the map's covers chips too: one rule, in shared/visual.
export { initialsOf } from '../../../../shared/visual/chips';
