import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createStore } from '../../node/db';
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

/**
 * The agenda from SQLite: the store's one-transaction read of every account and its plan, then the agenda;
 * next to the portfolio's read of the accounts alone (what opening the account list's portfolio costs).
 * Logging one contact at the store (a plan op through the change log), next to a person's one-field edit.
 * Prints the query plans of the plan's reads.
 */
export function benchAgendaFromStore(accounts = 200, people = 50, contacts = 50_000): Record<string, string | number>[] {
  const dir = mkdtempSync(join(tmpdir(), 'power-map-agenda-bench-'));
  const dbPath = join(dir, 'bench.sqlite3');
  try {
    const store = createStore(dbPath);
    const portfolio = agendaPortfolio(accounts, people, contacts);
    // Accounts older than their actions (an action may not be due before its account existed).
    for (const entry of portfolio) store.importAccount({ ...entry.data, account: { ...entry.data.account, createdAt: '2026-01-01T00:00:00.000Z' } }, undefined, entry.plan);
    const fromStore = () => buildAgenda(store.allAccountsWithPlans(), { today: TODAY, days: 7 });
    timeEach(2, fromStore);
    const agenda = timeEach(10, fromStore);
    const reads = timeEach(10, () => store.allAccounts());
    const { data } = portfolio[0]!;
    const log = timeEach(300, (i) =>
      store.applyOps([{ op: 'logContact', value: { id: `bench-${i}`, accountId: data.account.id, date: TODAY, teamIds: [data.team[0]!.id], personIds: [data.people[i % data.people.length]!.id], channel: 'call', note: '', private: true } }]),
    );
    const edit = timeEach(300, (i) => store.applyOps([{ op: 'patch', entity: 'person', id: data.people[i % data.people.length]!.id, patch: { nextStep: `step ${i}` } }]));
    store.close();
    const raw = new Database(dbPath, { readonly: true });
    for (const sql of [
      "SELECT cp.contact_id, cp.person_id FROM contacts c JOIN contact_people cp ON cp.contact_id = c.id WHERE c.account_id = 'x' ORDER BY cp.contact_id, cp.position",
      "SELECT DISTINCT contact_id FROM contact_people WHERE person_id = 'x'",
      "SELECT * FROM actions WHERE account_id = 'x' ORDER BY due, rowid",
    ]) {
      const plan = raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[];
      console.log(`  ${sql.slice(0, 70)}…\n    ${plan.map((row) => row.detail).join(' | ')}`);
    }
    raw.close();
    return [
      {
        accounts,
        'logged contacts': contacts,
        'agenda from SQLite p50': ms(median(agenda), 1),
        p95: ms(percentile(agenda, 95), 1),
        'accounts read alone p50': ms(median(reads), 1),
        'log a contact p50': ms(median(log), 3),
        'log p95': ms(percentile(log, 95), 3),
        'person edit p95': ms(percentile(edit, 95), 3),
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function runAgendaBench(): void {
  console.log('\nAgenda: today and the coming 7 days across 200 accounts, 10,000 people, 50,000 logged contacts, in memory (issue target from SQLite < 200 ms)');
  table(benchAgenda());
  console.log("\nAgenda from SQLite (the store's read of every account and plan, then the agenda), and logging one contact at the store (target < 1 ms p95)");
  table(benchAgendaFromStore());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [accounts, people, contacts] = process.argv.slice(2).map(Number);
  if (accounts) {
    table(benchAgenda(accounts, people || 50, contacts || accounts * 250));
    table(benchAgendaFromStore(accounts, people || 50, contacts || accounts * 250));
  }
  else runAgendaBench();
}
