import type { AccountData, IsoDate } from '../model';
import { addDays } from './days';
import { namesList, planWords, type PlanLocale } from './messages';
import type { AccountPlan } from './types';
import { findingTitle } from '../analysis/messages';

/**
 * Actions and planned contacts as an iCalendar file (RFC 5545) that Outlook, Google and Apple calendars
 * import: one all-day VEVENT per open action (on its due date) and per contact planned after today, each
 * with a UID that stays the same across exports so a re-import updates rather than duplicates. Lines end
 * in CRLF and are folded at 75 octets without splitting a UTF-8 character; TEXT values escape \ ; , and
 * line breaks. Private notes stay out unless asked for.
 */

export interface CalendarAccount {
  data: AccountData;
  plan: AccountPlan;
}

export interface IcsOptions {
  today: IsoDate;
  /** The export's instant (DTSTAMP), from the app's one clock, e.g. `2026-12-07T09:30:00.000Z`. */
  stamp: string;
  locale: PlanLocale;
  includePrivate?: boolean;
}

export type IcsResult =
  | { ok: true; text: string; events: number }
  | { ok: false; error: { code: 'nothing-to-export'; key: 'plan.ics.empty'; message: string } };

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** RFC 5545 3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped; other controls dropped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- TEXT may not hold control characters other than tab
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/** RFC 5545 3.1: a content line longer than 75 octets continues on lines starting with one space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines begin with the folding space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const compactDate = (date: IsoDate) => date.replace(/-/g, '');

function stampOf(instant: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) throw new RangeError(`the calendar needs the export's instant, got "${instant}"`);
  return new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

interface EventParts {
  uid: string;
  date: IsoDate;
  summary: string;
  description: string[];
}

function event(parts: EventParts, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(parts.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(parts.date)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(parts.date, 1))}`,
    `SUMMARY:${escapeText(parts.summary)}`,
    ...(parts.description.length > 0 ? [`DESCRIPTION:${escapeText(parts.description.join('\n'))}`] : []),
    // An all-day reminder, not a meeting: it must not mark the day busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function writeCalendar(accounts: readonly CalendarAccount[], options: IcsOptions): IcsResult {
  const w = planWords(options.locale);
  const stamp = stampOf(options.stamp);
  const events: string[][] = [];
  for (const { data, plan } of accounts) {
    const field = (label: string, value: string) => `${label}${w.ics.colon}${value}`;
    const account = field(w.ics.account, data.account.name);
    for (const action of plan.actions) {
      if (action.status !== 'open' || action.accountId !== data.account.id) continue;
      const description = [account, field(w.ics.owner, namesList([action.ownerId], data, options.locale, true))];
      if (action.personIds.length > 0) description.push(field(w.ics.people, namesList(action.personIds, data, options.locale)));
      if (action.origin.kind === 'finding') description.push(field(w.ics.from, findingTitle(action.origin.code, options.locale)));
      events.push(event({ uid: `action-${data.account.id}-${action.id}@power-map`, date: action.due, summary: w.ics.action(action.text), description }, stamp));
    }
    for (const contact of plan.contacts) {
      if (contact.date <= options.today || contact.accountId !== data.account.id) continue;
      const people = namesList(contact.personIds, data, options.locale);
      const description = [account, field(w.ics.team, namesList(contact.teamIds, data, options.locale, true))];
      if (contact.note.trim() !== '' && (!contact.private || options.includePrivate)) description.push(field(w.ics.note, contact.note));
      events.push(event({ uid: `contact-${data.account.id}-${contact.id}@power-map`, date: contact.date, summary: w.ics.planned(w.channel[contact.channel], people), description }, stamp));
    }
  }
  if (events.length === 0) return { ok: false, error: { code: 'nothing-to-export', key: 'plan.ics.empty', message: w.ics.empty } };
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Power Map//Plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return { ok: true, text: lines.map(foldLine).join(CRLF) + CRLF, events: events.length };
}
