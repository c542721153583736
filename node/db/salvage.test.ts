import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDatabase } from './health';
import { salvageDatabase } from './salvage';
import { bytesOf, overwritePage, writeSampleDatabase } from './safety-test-support';
import { addDays, planDigest } from '../../shared/plan';
import { agendaPortfolio } from '../../test/bench/agenda.bench';
import { createStore } from './sqlite-store';
import { makeTempDir } from './test-support';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
  mkdirSync(dirname(temp.dbPath), { recursive: true });
});
afterEach(() => temp.remove());

/** A leaf page of the people table, found by walking SQLite's own page list. */
function peopleLeafPage(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    const pages = db.prepare("SELECT pageno FROM dbstat WHERE name = 'people' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[];
    return pages[Math.floor(pages.length / 2)]!;
  } finally {
    db.close();
  }
}

describe('salvaging a damaged database', () => {
  it('copies every readable row into a new database, reports what was lost, and never writes the damaged file', () => {
    writeSampleDatabase(temp.dbPath, 120);
    overwritePage(temp.dbPath, peopleLeafPage(temp.dbPath));
    expect(checkDatabase(temp.dbPath).status).toBe('damaged');
    const before = bytesOf(temp.dbPath);
    const salvaged = join(temp.dir, 'salvaged.sqlite3');

    const report = salvageDatabase(temp.dbPath, salvaged);

    expect(bytesOf(temp.dbPath).equals(before)).toBe(true);
    const byTable = Object.fromEntries(report.tables.map((t) => [t.table, t]));
    expect(byTable.accounts).toMatchObject({ recovered: 120, dropped: 0, unreadable: false });
    expect(byTable.people!.unreadable).toBe(true);
    expect(byTable.people!.recovered).toBeGreaterThan(200);
    expect(byTable.people!.recovered).toBeLessThan(240);
    // Links to people who were lost cannot stand; they are counted as dropped.
    expect(byTable.links!.dropped).toBeGreaterThan(0);

    const check = checkDatabase(salvaged);
    expect(check).toMatchObject({ ok: true, status: 'healthy', accounts: 120, people: byTable.people!.recovered });
    // The app opens what was saved, every account whole.
    const store = createStore(salvaged);
    try {
      expect(store.allAccounts()).toHaveLength(120);
    } finally {
      store.close();
    }
  });

  it('takes the contact log, and works out again what the triggers keep beside it instead of copying it', () => {
    const TODAY = '2026-11-22';
    const store = createStore(temp.dbPath);
    for (const entry of agendaPortfolio(3, 20, 300)) {
      store.importAccount({ ...entry.data, account: { ...entry.data.account, createdAt: '2026-01-01T00:00:00.000Z' } }, undefined, entry.plan);
    }
    store.close();
    // A damaged file's kept columns may say anything: here the planned contacts' lists are wrong, and one
    // planned contact's people were lost with their rows, so no row of theirs writes its list again.
    const damaged = new Database(temp.dbPath);
    const lost = damaged.prepare('SELECT id FROM contacts WHERE date > ? ORDER BY date LIMIT 1').pluck().get(TODAY) as string;
    damaged.prepare('DELETE FROM contact_people WHERE contact_id = ?').run(lost);
    damaged.prepare(`UPDATE contacts SET people_list = '1' || char(31) || 'nobody', team_list = NULL WHERE date > ?`).run(TODAY);
    damaged.close();
    const salvaged = join(temp.dir, 'salvaged.sqlite3');

    salvageDatabase(temp.dbPath, salvaged);

    const saved = createStore(salvaged);
    try {
      const until = addDays(TODAY, 30);
      const whole = new Map(saved.allAccountsWithPlans().map((entry) => [entry.data.account.id, entry] as const));
      const digests = saved.agendaAccounts(TODAY, until);
      expect(digests.some(({ digest }) => digest.planned.length > 0)).toBe(true);
      for (const { data, digest } of digests) expect(digest).toEqual(planDigest(data, whole.get(data.account.id)!.plan, TODAY, until));
    } finally {
      saved.close();
    }
  });
});
