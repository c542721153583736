import type { AccountData, IsoDate } from '../model';
import { buildAgenda, type Agenda, type AgendaAccount, type AgendaLine, type AgendaThresholds } from './agenda';
import { agendaLineText, agendaSummary, type PlanLocale } from './messages';
import type { LoggedContact } from './types';

/**
 * The agenda as a screen shows it: each line in words with its account's name, the day's sum-up, and
 * what one click needs to log a contact in place (the account's usual member of our team when the line
 * names none). Pure; the main process builds it from the store, the tests from plain data.
 */
export type AgendaViewLine = AgendaLine & {
  text: string;
  accountName: string;
  /** Who logs the contact one click makes: the line's first member of our team, else the account's usual one. */
  logAs: string | null;
};

export interface AgendaView extends Omit<Agenda, 'lines'> {
  lines: AgendaViewLine[];
  summary: string;
  /** The names of our team across the accounts, for the filter (each once, in name order). */
  members: string[];
}

/**
 * The member of our team who usually makes the contacts: the one in most logged contacts, else the one
 * holding the most covers links, else the first listed. Null when the account has no team.
 */
export function usualMember(data: AccountData, contacts: readonly LoggedContact[]): string | null {
  const counts = new Map<string, number>();
  for (const contact of contacts) for (const id of contact.teamIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return usualMemberOf(data, counts);
}

/** As usualMember, from how many logged contacts each member of our team took part in. */
export function usualMemberOf(data: AccountData, contactsByMember: ReadonlyMap<string, number>): string | null {
  let counts = contactsByMember;
  if (counts.size === 0) {
    const covers = new Map<string, number>();
    for (const link of data.links) if (link.kind === 'covers') covers.set(link.from, (covers.get(link.from) ?? 0) + 1);
    counts = covers;
  }
  let best: string | null = null;
  let most = 0;
  for (const member of data.team) {
    const n = counts.get(member.id) ?? 0;
    if (best === null || n > most) {
      best = member.id;
      most = n;
    }
  }
  return best;
}

/** A section of the agenda screen: the lines due now (overdue, today, never contacted), then one per day. */
export type AgendaSectionKey = 'now' | IsoDate;

export interface AgendaSection {
  key: AgendaSectionKey;
  /** How many lines the section holds; `lines` may carry only its first ones (see agendaPage). */
  total: number;
}

/** The section a line is drawn in: due now when it has no day or its day is today or before, else its day. */
export function agendaSectionOf(line: Pick<AgendaLine, 'dueOn'>, today: IsoDate): AgendaSectionKey {
  return line.dueOn === null || line.dueOn <= today ? 'now' : line.dueOn;
}

/** The agenda as the screen draws it: no list of every account (the lines name theirs). */
export interface AgendaPage extends Omit<AgendaView, 'accounts'> {
  /** Every section in screen order with its number of lines, whether or not all of them were sent. */
  sections: AgendaSection[];
}

export interface AgendaPageOptions {
  today: IsoDate;
  days: number;
  member?: string | null;
  locale: PlanLocale;
  /**
   * Each section's first lines only (its most urgent: the lines come ranked), as many for the lines due
   * now as `now` and for each coming day as `ahead`; null or absent: every line.
   */
  firstLines?: { now: number; ahead: number } | null;
  /** Sections sent whole whatever firstLines says (the screen's "Show all"). */
  whole?: readonly AgendaSectionKey[];
  /** The user's analysis thresholds, so risk ranks as in the portfolio (see AgendaOptions). */
  thresholds?: AgendaThresholds;
}

/** The agenda built, and the lines the options ask for in words, with every section's count. */
function agendaInWords(accounts: readonly AgendaAccount[], options: AgendaPageOptions): { view: AgendaView; sections: AgendaSection[] } {
  const agenda = buildAgenda(accounts, options);
  const byId = new Map(accounts.map((entry) => [entry.data.account.id, entry] as const));
  const usual = new Map<string, string | null>();
  const toView = (line: AgendaLine): AgendaViewLine => {
    const entry = byId.get(line.accountId)!;
    if (!usual.has(line.accountId)) usual.set(line.accountId, entry.digest ? usualMemberOf(entry.data, entry.digest.contactsByMember) : usualMember(entry.data, entry.plan?.contacts ?? []));
    return {
      ...line,
      text: agendaLineText(line, entry.data, options.locale),
      accountName: entry.data.account.name,
      logAs: line.teamIds[0] ?? usual.get(line.accountId) ?? null,
    };
  };
  const first = (key: AgendaSectionKey) => (options.firstLines ? options.firstLines[key === 'now' ? 'now' : 'ahead'] : Number.POSITIVE_INFINITY);
  const whole = new Set(options.whole ?? []);
  const sections: AgendaSection[] = [];
  const lines: AgendaViewLine[] = [];
  // The lines come ranked due now first, then day by day, so one pass meets each section once, in order.
  for (const line of agenda.lines) {
    const key = agendaSectionOf(line, agenda.today);
    let section = sections[sections.length - 1];
    if (section?.key !== key) {
      section = { key, total: 0 };
      sections.push(section);
    }
    section.total += 1;
    if (section.total <= first(key) || whole.has(key)) lines.push(toView(line));
  }
  const members = [...new Set(accounts.flatMap((entry) => entry.data.team.map((member) => member.name.trim())).filter(Boolean))].sort((a, b) => a.localeCompare(b));
  return { view: { ...agenda, lines, summary: agendaSummary(agenda.counts, options.locale), members }, sections };
}

/**
 * The agenda as the screen asks for it: every section's count, but only the lines it draws. A week across
 * 200 accounts holds thousands of lines; putting each in words and sending them all across IPC cost the
 * start screen more than drawing them. The counts and the summary are those of the whole agenda.
 */
export function agendaPage(accounts: readonly AgendaAccount[], options: AgendaPageOptions): AgendaPage {
  const { view, sections } = agendaInWords(accounts, options);
  const { accounts: _accounts, ...page } = view;
  return { ...page, sections };
}

/** The whole agenda in words: every line of every section, and every account's summary. */
export function agendaView(accounts: readonly AgendaAccount[], options: { today: IsoDate; days: number; member?: string | null; locale: PlanLocale; thresholds?: AgendaThresholds }): AgendaView {
  return agendaInWords(accounts, options).view;
}
