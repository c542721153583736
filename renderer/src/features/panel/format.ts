import type { IsoDate } from '../../../../shared/model';

/** A calendar date (YYYY-MM-DD) in the user's language, read as that local day, not as UTC midnight. */
export function formatDay(iso: IsoDate, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** One or two letters standing for a name on an avatar: initials of Latin names, the first character otherwise. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]!][0]!;
  if (!/[A-Za-z]/.test(first)) return first;
  const second = words.length > 1 ? [...words[words.length - 1]!][0] ?? '' : '';
  return (first + second).toUpperCase();
}
