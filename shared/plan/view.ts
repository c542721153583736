import type { AccountData } from '../model';
import { buildAgenda, type Agenda, type AgendaAccount, type AgendaLine, type AgendaOptions } from './agenda';
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

export function agendaView(accounts: readonly AgendaAccount[], options: AgendaOptions & { locale: PlanLocale }): AgendaView {
  const agenda = buildAgenda(accounts, options);
  const byId = new Map(accounts.map((entry) => [entry.data.account.id, entry] as const));
  const usual = new Map<string, string | null>();
  const lines = agenda.lines.map((line): AgendaViewLine => {
    const entry = byId.get(line.accountId)!;
    if (!usual.has(line.accountId)) usual.set(line.accountId, entry.digest ? usualMemberOf(entry.data, entry.digest.contactsByMember) : usualMember(entry.data, entry.plan?.contacts ?? []));
    return {
      ...line,
      text: agendaLineText(line, entry.data, options.locale),
      accountName: entry.data.account.name,
      logAs: line.teamIds[0] ?? usual.get(line.accountId) ?? null,
    };
  });
  const members = [...new Set(accounts.flatMap((entry) => entry.data.team.map((member) => member.name.trim())).filter(Boolean))].sort((a, b) => a.localeCompare(b));
  return { ...agenda, lines, summary: agendaSummary(agenda.counts, options.locale), members };
}
