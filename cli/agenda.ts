import { localToday } from '../shared/edit/defaults';
import { isCalendarDate, type AccountData } from '../shared/model';
import { agendaLineText, agendaReport, agendaSummary, buildAgenda, type AgendaAccount, type PlanLocale } from '../shared/plan';
import type { ParsedArgs } from './args';
import { terminalSafeAccount } from './terminal-text';

/**
 * `power-map agenda`: the week's agenda across the given accounts, with the app's own code (shared/plan):
 * the files' contact logs and actions (format 4) with the last-contact dates they hold from before the log.
 */

export interface AgendaIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
}

type Exit = 0 | 1 | 2;
type LoadAccount = (path: string) => Promise<AgendaAccount | string>;

/** The longest look ahead: a quarter and a bit, as DOMAIN's "each day, month and quarter" asks. */
export const MAX_AGENDA_DAYS = 366;

export const AGENDA_USAGE = `  power-map agenda <a.powermap> [b.powermap ...] [--today YYYY-MM-DD] [--days 7] [--json]
                    [--lang en|zh] [--member NAME]`;

export const AGENDA_HELP = `  agenda    Prints what is due across the accounts for today and the coming --days (default 7): key
            people due or overdue by their account's visit cadence (core and senior every 15 days,
            mid 30, general 60, or the account's own), relationships turning cold, ranked by account
            tier and risk. --member keeps one member of our team's lines (by name). --json prints
            every line with its account and person ids.`;

class UsageError extends Error {}

function localeOf(option: string | true | undefined, env: AgendaIo['env']): PlanLocale {
  if (option === undefined) {
    const system = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
    return system.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  }
  if (option === 'en') return 'en';
  if (option === 'zh' || option === 'zh-CN') return 'zh-CN';
  throw new UsageError(`--lang must be en or zh, got "${String(option)}".`);
}

function daysOf(option: string | true | undefined): number {
  if (option === undefined) return 7;
  const days = Number(option);
  if (typeof option !== 'string' || !/^\d+$/.test(option.trim()) || days > MAX_AGENDA_DAYS) {
    throw new UsageError(`--days must be a whole number of days from 0 to ${MAX_AGENDA_DAYS}, got "${String(option)}".`);
  }
  return days;
}

export async function agendaCommand(args: ParsedArgs, io: AgendaIo, loadAccount: LoadAccount): Promise<Exit> {
  let locale: PlanLocale;
  let days: number;
  let today: string;
  let member: string | null = null;
  try {
    if (args.positional.length === 0) throw new UsageError('power-map agenda needs at least one .powermap file.');
    locale = localeOf(args.options.get('lang'), io.env);
    days = daysOf(args.options.get('days'));
    const day = args.options.get('today');
    if (day !== undefined && (typeof day !== 'string' || !isCalendarDate(day))) throw new UsageError(`--today must be a date as YYYY-MM-DD, got "${String(day)}".`);
    today = typeof day === 'string' ? day : localToday();
    const name = args.options.get('member');
    if (name !== undefined) {
      if (typeof name !== 'string' || name.trim() === '') throw new UsageError('--member must name a member of our team.');
      member = name;
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\nUsage:\n${AGENDA_USAGE}\n`);
    return 2;
  }

  const accounts: AccountData[] = [];
  const entries: AgendaAccount[] = [];
  const fileOf = new Map<string, string>();
  for (const file of args.positional) {
    const loaded = await loadAccount(file);
    if (typeof loaded === 'string') {
      io.err(loaded);
      return 1;
    }
    const { data } = loaded;
    const earlier = fileOf.get(data.account.id);
    if (earlier !== undefined) {
      io.err(`${file} holds the same account as ${earlier} (id ${data.account.id}): give each account once.`);
      return 1;
    }
    fileOf.set(data.account.id, file);
    accounts.push(data);
    entries.push(loaded);
  }

  const agenda = buildAgenda(entries, { today, days, member });
  const byId = new Map(accounts.map((data) => [data.account.id, data] as const));
  if (args.options.has('json')) {
    const lines = agenda.lines.map((line) => ({ ...line, text: agendaLineText(line, byId.get(line.accountId)!, locale) }));
    io.out(`${JSON.stringify({ ...agenda, locale, summary: agendaSummary(agenda.counts, locale), lines }, null, 2)}\n`);
    return 0;
  }
  const safe = new Map([...byId].map(([id, data]) => [id, terminalSafeAccount(data)] as const));
  const safeAgenda = { ...agenda, accounts: agenda.accounts.map((s) => ({ ...s, name: safe.get(s.accountId)!.account.name })) };
  io.out(agendaReport(safeAgenda, safe, locale));
  return 0;
}
