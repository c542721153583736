import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createStore } from '../../node/db';
import { analyze } from '../../shared/analysis';
import { TIERS } from '../../shared/model';
import { addDays, buildAgenda, type AgendaAccount, type LoggedContact, type PlanAction } from '../../shared/plan';
import { prng, syntheticAccount } from '../support/synthetic-account';
import { createDigestReader } from '../../node/db/repos/plan-digest';
import { median, ms, percentile, table, timeAndCpuEach, timeEach } from './stats';

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

/** Prints SQLite's query plan of each statement, one line each. */
function printQueryPlans(db: Database.Database, statements: Record<string, string>): void {
  for (const [name, sql] of Object.entries(statements)) {
    // Named parameters: the days, and the account of the one-account reads.
    const named = { today: TODAY, until: TODAY, account: 'agenda-0' };
    const params = Object.fromEntries(Object.entries(named).filter(([name]) => sql.includes(`@${name}`)));
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[];
    console.log(`  ${name}: ${plan.map((row) => row.detail).join(' | ')}`);
  }
}

const p50p95 = (samples: readonly number[], digits = 1) => `${ms(median(samples), digits)} / ${ms(percentile(samples, 95), digits)}`;

/** Builds the portfolio's database once (importing 200 accounts and 50,000 contacts takes a while). */
export function portfolioDatabase(dir: string, accounts: number, people: number, contacts: number): string {
  const dbPath = join(dir, 'bench.sqlite3');
  const store = createStore(dbPath);
  // Accounts older than their actions (an action may not be due before its account existed).
  for (const entry of agendaPortfolio(accounts, people, contacts)) store.importAccount({ ...entry.data, account: { ...entry.data.account, createdAt: '2026-01-01T00:00:00.000Z' } }, undefined, entry.plan);
  store.close();
  return dbPath;
}

/**
 * (a) The agenda from SQLite, as the app builds it (plan.agenda): every account and the store's digest of
 * each plan (a few indexed queries over the whole database, node/db/repos/plan-digest.ts), then the agenda;
 * next to the path before (every account with its whole contact log, 220,000 rows read into objects), to
 * every account read alone, and to the analysis alone of every account, which the agenda runs once each
 * (it ranks by each account's risk). Four ways: a refresh, with the accounts and the day's digest kept
 * (the store keeps them until the database changes; the start reads them ahead); the accounts kept and the
 * digest read (a new day); after an edit of one account (that account and its digest read again); and
 * first after opening the database, when everything is read. Wall and CPU time, p50 / p95, alternating
 * rounds. Prints the query plans of the digest's statements.
 */
export function benchAgendaFromStore(accounts = 200, people = 50, contacts = 50_000, rounds = 8): Record<string, string | number>[] {
  const dir = mkdtempSync(join(tmpdir(), 'power-map-agenda-bench-'));
  try {
    const dbPath = portfolioDatabase(dir, accounts, people, contacts);
    const store = createStore(dbPath);
    const until = addDays(TODAY, 7);
    const digest = () => buildAgenda(store.agendaAccounts(TODAY, until), { today: TODAY, days: 7 });
    // The accounts kept and the plans' digest read (the first agenda of a day, or of other days ahead): the
    // store keeps two days' digests, so three in turn are each read.
    let turn = 0;
    const digestRead = () => {
      const days = 7 + (turn++ % 3);
      return buildAgenda(store.agendaAccounts(TODAY, addDays(TODAY, days)), { today: TODAY, days });
    };
    // An edit takes its own account again (node/db/accounts-snapshot.ts): one account's notes here.
    const noted = store.allAccounts()[0]!.account.id;
    let writes = 0;
    const afterWrite = () => {
      writes += 1;
      store.applyOps([{ op: 'patch', entity: 'account', id: noted, patch: { notes: `seen ${writes}` } }]);
      return digest();
    };
    // Nothing read yet: the first agenda of a store just opened (the Monday-morning start), read-only so
    // that its opening starts no writer thread and takes no backup.
    const firstAfterOpen = () => {
      const opened = createStore(dbPath, { readOnly: true });
      try {
        return timeAndCpuEach(1, () => buildAgenda(opened.agendaAccounts(TODAY, until), { today: TODAY, days: 7 }));
      } finally {
        opened.close();
      }
    };
    // The same, in its three parts, on another store just opened: every account read, the plans' digest
    // read (the accounts then kept), the agenda built. Where the first agenda's time goes.
    const firstAfterOpenParts = () => {
      const opened = createStore(dbPath, { readOnly: true });
      try {
        const parts = { read: 0, digest: 0, agenda: 0 };
        let accounts: ReturnType<typeof opened.agendaAccounts> = [];
        parts.read = timeEach(1, () => opened.keepAccountsRead())[0]!;
        parts.digest = timeEach(1, () => (accounts = opened.agendaAccounts(TODAY, until)))[0]!;
        parts.agenda = timeEach(1, () => buildAgenda(accounts, { today: TODAY, days: 7 }))[0]!;
        return parts;
      } finally {
        opened.close();
      }
    };
    const parts: { read: number[]; digest: number[]; agenda: number[] } = { read: [], digest: [], agenda: [] };
    const whole = () => buildAgenda(store.allAccountsWithPlans(), { today: TODAY, days: 7 });
    const same = JSON.stringify(digest()) === JSON.stringify(whole());
    const all = store.allAccounts();
    const samples = { digest: { wall: [] as number[], cpu: [] as number[] }, digestRead: { wall: [] as number[], cpu: [] as number[] }, edited: { wall: [] as number[], cpu: [] as number[] }, opened: { wall: [] as number[], cpu: [] as number[] }, whole: { wall: [] as number[], cpu: [] as number[] }, reads: { wall: [] as number[], cpu: [] as number[] }, analysis: { wall: [] as number[], cpu: [] as number[] } };
    const add = (into: { wall: number[]; cpu: number[] }, from: { wall: number[]; cpu: number[] }) => {
      into.wall.push(...from.wall);
      into.cpu.push(...from.cpu);
    };
    for (let round = 0; round < rounds; round++) {
      add(samples.digest, timeAndCpuEach(2, digest));
      add(samples.digestRead, timeAndCpuEach(2, digestRead));
      add(samples.edited, timeAndCpuEach(2, afterWrite));
      add(samples.opened, firstAfterOpen());
      const part = firstAfterOpenParts();
      for (const key of ['read', 'digest', 'agenda'] as const) parts[key].push(part[key]);
      add(samples.reads, timeAndCpuEach(2, () => store.allAccounts()));
      add(samples.analysis, timeAndCpuEach(2, () => all.forEach((data) => analyze(data, { today: TODAY }))));
      if (round % 2 === 0) add(samples.whole, timeAndCpuEach(1, whole));
    }
    store.close();
    const raw = new Database(dbPath, { readonly: true });
    console.log('  Query plans of the agenda digest (one run of each per agenda, over the whole database):');
    printQueryPlans(raw, createDigestReader(raw).sql());
    raw.close();
    return [
      { what: 'a refresh: the accounts and the day\'s digest kept (after the start\'s read-ahead)', 'p50 / p95': p50p95(samples.digest.wall), cpu: p50p95(samples.digest.cpu) },
      { what: 'the accounts kept, the plans\' digest read from SQLite (a new day, other days ahead)', 'p50 / p95': p50p95(samples.digestRead.wall), cpu: p50p95(samples.digestRead.cpu) },
      { what: 'after an edit of one account (that account and its digest read again)', 'p50 / p95': p50p95(samples.edited.wall), cpu: p50p95(samples.edited.cpu) },
      { what: 'the first agenda after opening the database (every account read)', 'p50 / p95': p50p95(samples.opened.wall), cpu: p50p95(samples.opened.cpu) },
      { what: `  its parts, p50: every account read ${ms(median(parts.read), 0)}, the digest ${ms(median(parts.digest), 0)}, the agenda ${ms(median(parts.agenda), 0)}`, 'p50 / p95': '', cpu: '' },
      { what: 'before: every plan read whole, then the agenda', 'p50 / p95': p50p95(samples.whole.wall), cpu: p50p95(samples.whole.cpu) },
      { what: 'every account read alone (reference)', 'p50 / p95': p50p95(samples.reads.wall), cpu: p50p95(samples.reads.cpu) },
      { what: 'the analysis alone of every account (reference)', 'p50 / p95': p50p95(samples.analysis.wall), cpu: p50p95(samples.analysis.cpu) },
      { what: `same agenda both ways: ${same}`, 'p50 / p95': '', cpu: '' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * (b) Logging one contact at the store (a plan op with its change record, one transaction), next to
 * the raw statements of the same contact (the contact, its person and team rows, in one transaction),
 * the raw statements plus what the store adds at SQL level (the change record and the account's
 * updatedAt), and a person's one-field edit at the store. Alternating rounds; wall p50 / p95 and CPU time.
 * Prints the size of a contact's change record and the query plans of the log's lookups.
 */
export function benchLogContact(accounts = 200, people = 50, contacts = 50_000, rounds = 6, perRound = 100): Record<string, string | number>[] {
  const dir = mkdtempSync(join(tmpdir(), 'power-map-log-bench-'));
  try {
    const dbPath = portfolioDatabase(dir, accounts, people, contacts);
    const store = createStore(dbPath);
    const data = store.openAccount(store.listAccounts()[0]!.id)!;
    const person = (i: number) => data.people[i % data.people.length]!.id;
    const member = data.team[0]!.id;
    let n = 0;
    const log = () => {
      n += 1;
      store.applyOps([{ op: 'logContact', value: { id: `bench-${n}`, accountId: data.account.id, date: TODAY, teamIds: [member], personIds: [person(n)], channel: 'call', note: '', private: true } }]);
    };
    const edit = () => {
      n += 1;
      store.applyOps([{ op: 'patch', entity: 'person', id: person(n), patch: { nextStep: `step ${n}` } }]);
    };
    const raw = new Database(dbPath);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('secure_delete = ON');
    const insertContact = raw.prepare('INSERT INTO contacts (id, account_id, date, channel, note, private) VALUES (?, ?, ?, ?, ?, ?)');
    const insertPerson = raw.prepare('INSERT INTO contact_people (contact_id, position, person_id) VALUES (?, ?, ?)');
    const insertMember = raw.prepare('INSERT INTO contact_team (contact_id, position, team_id) VALUES (?, ?, ?)');
    const touch = raw.prepare('UPDATE accounts SET updated_at = ? WHERE id = ?');
    const change = raw.prepare(
      "INSERT INTO changes (id, account_id, hlc, at, actor, origin, entity, entity_id, kind, before, after) VALUES (?, ?, ?, ?, 'bench', 'edit', 'contact', ?, 'put', NULL, ?)",
    );
    const rawLog = raw.transaction((id: string, withRecord: boolean) => {
      insertContact.run(id, data.account.id, TODAY, 'call', '', 1);
      insertPerson.run(id, 0, person(n));
      insertMember.run(id, 0, member);
      if (withRecord) {
        change.run(`raw-change-${id}`, data.account.id, `zzzz-${id}`, new Date().toISOString(), id, JSON.stringify({ id, accountId: data.account.id, date: TODAY, teamIds: [member], personIds: [person(n)], channel: 'call', note: '', private: true }));
        touch.run(new Date().toISOString(), data.account.id);
      }
    });
    const rawOnly = () => {
      n += 1;
      rawLog.immediate(`raw-${n}`, false);
    };
    const rawWithRecord = () => {
      n += 1;
      rawLog.immediate(`raw-rec-${n}`, true);
    };
    const runs = { log: { wall: [] as number[], cpu: [] as number[] }, raw: { wall: [] as number[], cpu: [] as number[] }, rawRecord: { wall: [] as number[], cpu: [] as number[] }, edit: { wall: [] as number[], cpu: [] as number[] } };
    timeAndCpuEach(30, log);
    timeAndCpuEach(30, rawOnly);
    for (let round = 0; round < rounds; round++) {
      for (const [key, fn] of [['log', log], ['raw', rawOnly], ['rawRecord', rawWithRecord], ['edit', edit]] as const) {
        const { wall, cpu } = timeAndCpuEach(perRound, fn);
        runs[key].wall.push(...wall);
        runs[key].cpu.push(...cpu);
      }
    }
    const record = raw.prepare("SELECT length(coalesce(before, '')) + length(coalesce(after, '')) FROM changes WHERE entity = 'contact' AND entity_id = 'bench-1'").pluck().get() as number;
    console.log(`  A logged contact's change record: ${record} bytes of before/after (the new contact only; nothing else is recomputed or recorded).`);
    console.log("  Query plans of the log's lookups:");
    printQueryPlans(raw, {
      'the contact by id': "SELECT * FROM contacts WHERE id = '2026-11-22'",
      "a person's account": "SELECT account_id FROM people WHERE id = '2026-11-22'",
      "a team member's account": "SELECT account_id FROM team_members WHERE id = '2026-11-22'",
      'the account touched': "UPDATE accounts SET updated_at = 'x' WHERE id = '2026-11-22'",
    });
    raw.close();
    store.close();
    const row = (what: string, key: keyof typeof runs) => ({ what, 'wall p50 / p95': p50p95(runs[key].wall, 3), 'p99': ms(percentile(runs[key].wall, 99), 2), 'cpu p50 / p95': p50p95(runs[key].cpu, 3) });
    return [
      row('log a contact at the store (applyOps, change record)', 'log'),
      row('raw: the same INSERTs, one transaction', 'raw'),
      row('raw: the INSERTs + change record + account touched', 'rawRecord'),
      row("a person's one-field edit at the store", 'edit'),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function runAgendaBench(): void {
  console.log('\nAgenda: today and the coming 7 days across 200 accounts, 10,000 people, 50,000 logged contacts, in memory (issue target from SQLite < 200 ms)');
  table(benchAgenda());
  console.log('\n(a) The agenda from SQLite, 200 accounts, 10,000 people, 50,000 logged contacts (target < 200 ms, indexes used)');
  table(benchAgendaFromStore());
  console.log('\n(b) Logging one contact at the store, in a database of 200 accounts and 50,000 contacts (target < 1 ms p95)');
  table(benchLogContact());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [accounts, people, contacts] = process.argv.slice(2).map(Number);
  if (accounts) {
    table(benchAgenda(accounts, people || 50, contacts || accounts * 250));
    table(benchAgendaFromStore(accounts, people || 50, contacts || accounts * 250));
    table(benchLogContact(accounts, people || 50, contacts || accounts * 250));
  } else runAgendaBench();
}
