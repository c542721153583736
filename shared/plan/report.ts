import { dayNumber } from '../analysis/dates';
import type { AccountData } from '../model';
import type { Agenda, AgendaLine } from './agenda';
import { agendaLineText, agendaSummary, planWords, type PlanLocale } from './messages';

/**
 * The agenda as plain text, what the command line prints: a title and the day's sum-up, then "Due now"
 * and each coming day, lines grouped under their account (with its tier and risk) in the agenda's order.
 * `accounts` gives each line's account data, for names.
 */
export function agendaReport(agenda: Agenda, accounts: ReadonlyMap<string, AccountData>, locale: PlanLocale): string {
  const w = planWords(locale);
  const summaries = new Map(agenda.accounts.map((s) => [s.accountId, s] as const));
  const title = `${w.agenda.title(agenda.today, agenda.until)}${agenda.member === null ? '' : ` ${w.agenda.member(agenda.member)}`} — ${w.agenda.accounts(agenda.accounts.length)}`;
  const out = [title, agendaSummary(agenda.counts, locale)];
  if (agenda.lines.length === 0) return `${out.join('\n')}\n`;

  const heading = (line: AgendaLine) => {
    if (line.dueOn === null || line.dueOn <= agenda.today) return w.agenda.now;
    return `${line.dueOn} ${w.weekday[(dayNumber(line.dueOn)! + 4) % 7]}`;
  };
  let day = '';
  let account = '';
  for (const line of agenda.lines) {
    const h = heading(line);
    if (h !== day) {
      out.push('', h);
      day = h;
      account = '';
    }
    if (line.accountId !== account) {
      const s = summaries.get(line.accountId)!;
      out.push(`  ${w.accountHeading(s.name, w.tier[s.tier], w.risk[s.risk])}`);
      account = line.accountId;
    }
    out.push(`    - ${agendaLineText(line, accounts.get(line.accountId)!, locale)}`);
  }
  return `${out.join('\n')}\n`;
}
