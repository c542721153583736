import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { addDays, agendaView, buildAgenda, planDigest, type LoggedContact } from '../../shared/plan';
import { agendaPortfolio } from '../../test/bench/agenda.bench';
import { useTempStore } from './test-support';

/**
 * Issue 13's agenda from SQLite: the store's digest of every plan (a few queries over the whole database)
 * gives the agenda the same answers as the whole log read into memory.
 */

const fx = useTempStore();
const TODAY = '2026-11-22';

function fill() {
  // Twelve accounts, the four tiers in turn, 30 people each, 1,200 contacts (some planned), ten actions each.
  const portfolio = agendaPortfolio(12, 30, 1_200);
  for (const entry of portfolio) fx.store.importAccount({ ...entry.data, account: { ...entry.data.account, createdAt: '2026-01-01T00:00:00.000Z' } }, undefined, entry.plan);
  // An account with no plan at all, and an action done (the digest keeps only open ones).
  const bare = agendaPortfolio(1, 10, 0)[0]!.data;
  fx.store.importAccount({ ...bare, account: { ...bare.account, id: 'bare', name: 'Bare' }, people: bare.people.map((p) => ({ ...p, id: `bare-${p.id}`, accountId: 'bare' })), team: bare.team.map((t) => ({ ...t, id: `bare-${t.id}`, accountId: 'bare' })), links: [], competitors: [] });
  return portfolio;
}

describe('the agenda from the store', () => {
  it('reads each plan as the whole log would give it: last contacts, planned contacts, open actions due, contacts per member', () => {
    fill();
    for (const days of [0, 7, 30]) {
      const until = addDays(TODAY, days);
      const full = new Map(fx.store.allAccountsWithPlans().map((entry) => [entry.data.account.id, entry] as const));
      const digests = fx.store.agendaAccounts(TODAY, until);
      expect(digests.map((entry) => entry.data.account.id).sort()).toEqual([...full.keys()].sort());
      for (const { data, digest } of digests) {
        const expected = planDigest(data, full.get(data.account.id)!.plan, TODAY, until);
        expect(digest, `${data.account.name}, ${days} days`).toEqual(expected);
      }
      // Contacts planned within the days (none today alone), the next one of each pair at any day ahead.
      expect(digests.some(({ digest }) => (digest.planned.length > 0) === days > 0 && digest.plannedByPair.size > 0 && digest.actions.length > 0)).toBe(true);
      const beyond = digests.flatMap(({ digest }) => [...digest.plannedByPair.values()].flatMap((dates) => [...dates.values()])).filter((date) => date > until);
      // The portfolio plans up to 20 days ahead.
      expect(beyond.length > 0).toBe(days < 20);
    }
  });

  it('gives the same agenda, line for line, as the whole log, for everyone and for one member', () => {
    fill();
    for (const [days, member] of [[7, null], [0, null], [14, 'Team 1']] as const) {
      const until = addDays(TODAY, days);
      const fromLog = buildAgenda(fx.store.allAccountsWithPlans(), { today: TODAY, days, member });
      const fromDigest = buildAgenda(fx.store.agendaAccounts(TODAY, until), { today: TODAY, days, member });
      expect(fromDigest.lines.length).toBeGreaterThan(0);
      expect(fromDigest).toEqual(fromLog);
    }
    const view = (accounts: Parameters<typeof agendaView>[0]) => agendaView(accounts, { today: TODAY, days: 7, locale: 'en' });
    expect(view(fx.store.agendaAccounts(TODAY, addDays(TODAY, 7)))).toEqual(view(fx.store.allAccountsWithPlans()));
  });

  it('keeps each pair\'s latest contact through every edit of the log, people and team, for any today', () => {
    const [entry] = fill();
    const { data, plan } = entry!;
    const accountId = data.account.id;
    const [p0, p1, p2] = data.people;
    const [t0, t1] = data.team;
    const latestPlanned = plan!.contacts.filter((c) => c.date > TODAY).sort((a, b) => b.date.localeCompare(a.date))[0]!;
    // Every day of each pair (migration 010) as the log gives it, made and planned, in the whole file.
    const pairDays = () => {
      const raw = new Database(fx.temp.dbPath, { readonly: true });
      try {
        const kept = raw.prepare('SELECT team_id, person_id, day FROM contact_days ORDER BY 1, 2, 3').raw().all();
        const fromLog = raw
          .prepare(
            `SELECT DISTINCT ct.team_id, cp.person_id, c.date FROM contacts c JOIN contact_people cp ON cp.contact_id = c.id
               JOIN contact_team ct ON ct.contact_id = c.id ORDER BY 1, 2, 3`,
          )
          .raw()
          .all();
        return { kept, fromLog };
      } finally {
        raw.close();
      }
    };
    const check = (what: string) => {
      const days = pairDays();
      expect(days.kept.length, what).toBeGreaterThan(0);
      expect(days.kept, what).toEqual(days.fromLog);
      const whole = fx.store.allAccountsWithPlans().find((e) => e.data.account.id === accountId)!;
      // Before the log's first day, on a day between made and planned contacts, today, and after every planned one.
      for (const today of ['2026-01-01', addDays(TODAY, -30), TODAY, addDays(latestPlanned.date, -1), '2027-06-01']) {
        const digest = fx.store.agendaAccounts(today, today).find((e) => e.data.account.id === accountId)!.digest;
        const expected = planDigest(whole.data, whole.plan, today, today);
        expect(digest.logged, `${what}, as of ${today}`).toEqual(expected.logged);
        expect(digest.contactsByMember, `${what}: contacts per member`).toEqual(expected.contactsByMember);
        expect(digest.plannedByPair, `${what}: next planned, as of ${today}`).toEqual(expected.plannedByPair);
        // The contacts planned within 60 days, with their people and team.
        const until = addDays(today, 60);
        const ahead = fx.store.agendaAccounts(today, until).find((e) => e.data.account.id === accountId)!.digest;
        expect(ahead.planned, `${what}: planned until ${until}`).toEqual(planDigest(whole.data, whole.plan, today, until).planned);
      }
    };
    check('as imported');
    const contact = { id: 'new-contact', accountId, date: TODAY, teamIds: [t0!.id, t1!.id], personIds: [p0!.id, p1!.id, p2!.id], channel: 'visit' as const, note: '', private: true };
    fx.store.applyOps([{ op: 'logContact', value: contact }]);
    check('a contact logged for three people with two of our team');
    fx.store.applyOps([{ op: 'logContact', value: { ...contact, id: 'planned', date: addDays(latestPlanned.date, 30), teamIds: [t1!.id] } }]);
    check('a visit planned after every other');
    fx.store.applyOps([{ op: 'deleteContact', id: 'new-contact' }]);
    check('the contact deleted');
    fx.store.applyOps([{ op: 'deleteContact', id: latestPlanned.id }]);
    check('a planned contact deleted');
    // The app writes a contact again to change it; another program may change its date in place.
    const other = new Database(fx.temp.dbPath);
    other.prepare('UPDATE contacts SET date = ? WHERE id = ?').run(addDays(TODAY, 3), 'planned');
    other.prepare('UPDATE contacts SET date = ? WHERE id = ?').run(addDays(TODAY, -400), plan!.contacts.find((c) => c.date <= TODAY)!.id);
    check('two contacts dated again in place');
    // And take a person off a contact, or add one, leaving the contact and its team as they were.
    // (Both within the 60 days the check reads planned contacts for, from 30 days before today.)
    const recent = (c: LoggedContact) => c.date <= TODAY && c.date > addDays(TODAY, -30) && c.id !== latestPlanned.id;
    const shared = plan!.contacts.find((c) => recent(c) && c.personIds.length > 1)!;
    other.prepare('DELETE FROM contact_people WHERE contact_id = ? AND person_id = ?').run(shared.id, shared.personIds[0]);
    check('a person taken off a contact');
    const together = plan!.contacts.find((c) => recent(c) && c.teamIds.length > 1)!;
    other.prepare('DELETE FROM contact_team WHERE contact_id = ? AND team_id = ?').run(together.id, together.teamIds[0]);
    check('a member of our team taken off a contact');
    other.prepare('INSERT INTO contact_people (contact_id, position, person_id) VALUES (?, 99, ?)').run('planned', data.people[3]!.id);
    check('a person added to a planned contact');
    other.close();
    fx.store.applyOps([{ op: 'delete', entity: 'person', id: p1!.id }]);
    check('a person deleted');
    fx.store.erasePerson(p2!.id);
    check('a person erased');
    fx.store.applyOps([{ op: 'delete', entity: 'team', id: t0!.id }]);
    check('a member of our team deleted');
  });

  it('reads the accounts once until the database changes, here or on another connection, and shares them frozen', () => {
    const [entry] = fill();
    const accountId = entry!.data.account.id;
    const person = entry!.data.people[0]!;
    const read = () => fx.store.agendaAccounts(TODAY, TODAY).find((e) => e.data.account.id === accountId)!.data;
    const first = read();
    expect(read()).toBe(first);
    expect(Object.isFrozen(first.people[0])).toBe(true);
    expect(() => {
      (first.people[0] as { name: string }).name = 'changed';
    }).toThrow(TypeError);

    // Settings and the reminder's day are no account's records: the accounts stay as read.
    fx.store.setReminders({ lastShownOn: TODAY });
    fx.store.setSettings({ theme: 'dark' });
    expect(read()).toBe(first);

    // An edit takes its own account again and keeps the others as read; the whole reads as the file does.
    const otherBefore = fx.store.agendaAccounts(TODAY, TODAY).find((e) => e.data.account.id !== accountId)!.data;
    fx.store.applyOps([{ op: 'patch', entity: 'person', id: person.id, patch: { attitude: 'opponent' } }]);
    expect(read().people.find((p) => p.id === person.id)!.attitude).toBe('opponent');
    expect(fx.store.agendaAccounts(TODAY, TODAY).find((e) => e.data.account.id === otherBefore.account.id)!.data).toBe(otherBefore);
    expect(fx.store.agendaAccounts(TODAY, TODAY).map((e) => e.data)).toEqual(fx.store.allAccounts());
    // An account the edit creates is read too, last, as the file orders them.
    const created = { ...entry!.data.account, id: 'created-by-ops', name: 'Created' };
    fx.store.applyOps([{ op: 'put', entity: 'account', value: created }]);
    expect(fx.store.agendaAccounts(TODAY, TODAY).map((e) => e.data)).toEqual(fx.store.allAccounts());
    expect(fx.store.agendaAccounts(TODAY, TODAY).at(-1)!.data.account.id).toBe('created-by-ops');

    // Another program (or the writer thread) writes the file: the next read sees it.
    const other = new Database(fx.temp.dbPath);
    other.prepare('UPDATE people SET title = ? WHERE id = ?').run('Chief of staff', person.id);
    other.close();
    expect(read().people.find((p) => p.id === person.id)!.title).toBe('Chief of staff');
  });

  it('keeps every plan\'s digest for the day until the database changes, and reads again only the account an edit touched', () => {
    const [entry] = fill();
    const accountId = entry!.data.account.id;
    const [p0, p1] = entry!.data.people;
    const [t0] = entry!.data.team;
    const until = addDays(TODAY, 7);
    const digests = (days = until) => new Map(fx.store.agendaAccounts(TODAY, days).map((e) => [e.data.account.id, e.digest] as const));
    const asTheLogSays = (what: string) => {
      const now = digests();
      for (const whole of fx.store.allAccountsWithPlans()) {
        expect(now.get(whole.data.account.id), `${what}: ${whole.data.account.name}`).toEqual(planDigest(whole.data, whole.plan, TODAY, until));
      }
      return now;
    };
    // The account without a plan ('bare') gets an empty digest each time; every other is kept.
    const first = asTheLogSays('first read');
    first.delete('bare');
    const again = digests();
    for (const [id, digest] of first) expect(again.get(id), 'nothing changed').toBe(digest);

    // Logging a contact takes that account's digest again; the others are kept as they were.
    fx.store.applyOps([{ op: 'logContact', value: { id: 'kept-1', accountId, date: TODAY, teamIds: [t0!.id], personIds: [p0!.id, p1!.id], channel: 'call', note: '', private: true } }]);
    const logged = asTheLogSays('a contact logged');
    expect(logged.get(accountId)).not.toBe(first.get(accountId));
    expect(logged.get(accountId)!.logged.byPerson.get(p1!.id)).toBe(TODAY);
    for (const [id, digest] of first) if (id !== accountId) expect(logged.get(id), id).toBe(digest);

    // A visit planned, then deleted: the same account, again.
    fx.store.applyOps([{ op: 'logContact', value: { id: 'kept-2', accountId, date: addDays(TODAY, 3), teamIds: [t0!.id], personIds: [p1!.id], channel: 'visit', note: '', private: true } }]);
    expect(asTheLogSays('a visit planned').get(accountId)!.planned.some((c) => c.id === 'kept-2')).toBe(true);
    fx.store.applyOps([{ op: 'deleteContact', id: 'kept-2' }]);
    expect(asTheLogSays('the visit deleted').get(accountId)!.planned.some((c) => c.id === 'kept-2')).toBe(false);

    // Another connection's write, another week, a person erased: every digest is read again.
    const before = digests();
    const other = new Database(fx.temp.dbPath);
    other.prepare("UPDATE actions SET status = 'done' WHERE account_id = ? AND status = 'open'").run(accountId);
    other.close();
    const afterOther = asTheLogSays('actions done on another connection');
    expect(afterOther.get(accountId)!.actions).toEqual([]);
    for (const [id, digest] of afterOther) expect(digest, id).not.toBe(before.get(id));
    expect(digests(addDays(TODAY, 14)).get(accountId)).not.toBe(afterOther.get(accountId));
    fx.store.erasePerson(p1!.id);
    expect(asTheLogSays('a person erased').get(accountId)!.logged.byPerson.has(p1!.id)).toBe(false);
  });

  it('reads ids that hold the separator the digest joins lists with as exactly as any other', () => {
    fill();
    // Ids are any text of 1 to 64 characters: these hold the unit separator (char 31) followed by what
    // looks like a day, so a plain split would cut them into a wrong person and a wrong date.
    const [entry] = agendaPortfolio(1, 20, 400);
    const odd = JSON.parse(
      JSON.stringify(entry)
        .replaceAll('"agenda-0"', '"odd"')
        .replace(/agenda-0-p(\d+)/g, 'p\\u001f2026-01-01\\u001f$1')
        .replace(/agenda-0-t(\d+)/g, '李\\u001f$1')
        .replace(/agenda-0-/g, 'odd-'),
    ) as typeof entry;
    expect(odd!.data.people[0]!.id).toContain('\u001f');
    fx.store.importAccount({ ...odd!.data, account: { ...odd!.data.account, name: 'Odd', createdAt: '2026-01-01T00:00:00.000Z' } }, undefined, odd!.plan);
    const whole = fx.store.allAccountsWithPlans().find((e) => e.data.account.id === 'odd')!;
    for (const days of [0, 30]) {
      const until = addDays(TODAY, days);
      const { digest } = fx.store.agendaAccounts(TODAY, until).find((e) => e.data.account.id === 'odd')!;
      const expected = planDigest(whole.data, whole.plan, TODAY, until);
      expect(digest).toEqual(expected);
      expect(expected.logged.byPerson.size).toBeGreaterThan(0);
      expect(expected.planned.length + expected.actions.length).toBeGreaterThan(0);
      expect(expected.plannedByPair.size).toBeGreaterThan(0);
    }
  });

  it('reads a member whose kept days are not shaped like days (a damaged file) from every day of their pairs', () => {
    fill();
    const raw = new Database(fx.temp.dbPath);
    // Two pairs of two members, so that each damage is met on its own.
    const pairOf = (otherThan: string) =>
      raw.prepare(`SELECT team_id AS team, person_id AS person FROM contact_pairs WHERE latest <= ? AND previous IS NOT NULL AND team_id <> ? LIMIT 1`).get(TODAY, otherThan) as { team: string; person: string };
    const first = pairOf('');
    const pairs = [first, pairOf(first.team)];
    // A day one digit short where the day before the latest is kept, and a latest that is no day at all.
    raw.prepare('UPDATE contact_pairs SET previous = ? WHERE team_id = ? AND person_id = ?').run('2026-1-1', pairs[0]!.team, pairs[0]!.person);
    raw.prepare('UPDATE contact_pairs SET latest = ? WHERE team_id = ? AND person_id = ?').run('soon', pairs[1]!.team, pairs[1]!.person);
    raw.close();
    const full = new Map(fx.store.allAccountsWithPlans().map((entry) => [entry.data.account.id, entry] as const));
    for (const days of [0, 7]) {
      const until = addDays(TODAY, days);
      for (const { data, digest } of fx.store.agendaAccounts(TODAY, until)) {
        expect(digest, data.account.name).toEqual(planDigest(data, full.get(data.account.id)!.plan, TODAY, until));
      }
    }
  });

  it('refuses a digest made for other days', () => {
    fill();
    expect(() => buildAgenda(fx.store.agendaAccounts(TODAY, TODAY), { today: TODAY, days: 7 })).toThrow(RangeError);
  });
});
