import { analyze } from '../../shared/analysis';
import { TIERS } from '../../shared/model';
import { addDays, buildAgenda, type AgendaAccount, type LoggedContact, type PlanAction } from '../../shared/plan';
import { prng, syntheticAccount } from '../support/synthetic-account';
import { median, ms, percentile, table, timeEach } from './stats';

const TODAY = '2026-11-22';

/**
 * A portfolio as issue 13 sizes it: `accounts` accounts of `people` each (the tiers in turn), `contacts`
 * logged contacts spread evenly (one to three people, one or two of our team, over the last 120 days, one
 * in twenty planned ahead), and ten actions per account.
 */
export function agendaPortfolio(accounts = 200, people = 50, contacts = 50_000): AgendaAccount[] {
  const random = prng(13);
  const perAccount = Math.round(contacts / accounts);
  return Array.from({ length: accounts }, (_, a) => {
    const base = syntheticAccount(people, a + 1, `agenda-${a}`);
    const data = { ...base, account: { ...base.account, name: `Account ${a}`, tier: TIERS[a % TIERS.length]! } };
    const id = data.account.id;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const log: LoggedContact[] = Array.from({ length: perAccount }, (_, c) => {
      const personIds = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(data.people).id))];
      const teamIds = [...new Set(Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(data.team).id))];
      const offset = random() < 0.05 ? 1 + Math.floor(random() * 20) : -Math.floor(random() * 120);
      return { id: `${id}-c${c}`, accountId: id, date: addDays(TODAY, offset), teamIds, personIds, channel: 'visit', note: '', private: true };
    });
    const actions: PlanAction[] = Array.from({ length: 10 }, (_, i) => ({
      id: `${id}-a${i}`,
      accountId: id,
      text: `Action ${i}`,
      ownerId: pick(data.team).id,
      due: addDays(TODAY, Math.floor(random() * 30) - 10),
      personIds: [pick(data.people).id],
      status: i % 5 === 0 ? 'done' : 'open',
      origin: { kind: 'typed' },
      createdOn: '2026-10-01',
      doneOn: i % 5 === 0 ? '2026-11-01' : null,
    }));
    return { data, plan: { contacts: log, actions } };
  });
}

/**
 * The agenda for today and the coming 7 days over the whole portfolio, in memory: every account's last
 * contacts from its log, its analysis (key people, fading links, risk) and the ranking, next to the
 * analysis alone of the same accounts (the ratio is what the log and the agenda add). The SQLite read
 * comes with the store's tables (issue 13's target, < 200 ms, is for the agenda from SQLite).
 */
export function benchAgenda(accounts = 200, people = 50, contacts = 50_000): Record<string, string | number>[] {
  const portfolio = agendaPortfolio(accounts, people, contacts);
  const once = () => buildAgenda(portfolio, { today: TODAY, days: 7 });
  const first = once();
  timeEach(3, once);
  const samples = timeEach(accounts >= 100 ? 20 : 50, once);
  const filtered = timeEach(10, () => buildAgenda(portfolio, { today: TODAY, days: 7, member: 'Team 1' }));
  // Reference in the same run: the analysis alone of every account, which the agenda runs once each.
  const reference = timeEach(10, () => portfolio.forEach(({ data }) => analyze(data, { today: TODAY })));
  return [
    {
      accounts,
      people: accounts * people,
      'logged contacts': portfolio.reduce((n, a) => n + (a.plan?.contacts.length ?? 0), 0),
      'agenda lines': first.lines.length,
      'agenda p50': ms(median(samples), 1),
      p95: ms(percentile(samples, 95), 1),
      'one member p50': ms(median(filtered), 1),
      'analysis alone p50': ms(median(reference), 1),
      'agenda / analysis': (median(samples) / median(reference)).toFixed(2),
    },
  ];
}

export function runAgendaBench(): void {
  console.log('\nAgenda: today and the coming 7 days across 200 accounts, 10,000 people, 50,000 logged contacts, in memory (the SQLite read comes later; issue target from SQLite < 200 ms)');
  table(benchAgenda());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [accounts, people, contacts] = process.argv.slice(2).map(Number);
  if (accounts) table(benchAgenda(accounts, people || 50, contacts || accounts * 250));
  else runAgendaBench();
}
