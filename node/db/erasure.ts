import type { AccountData } from '../../shared/model';
import type { Db } from './connection';
import type { Repos } from './repos';

/**
 * Erasing a person on request (PIPL art. 47, GDPR art. 17). The row and everything that refers to
 * them go in one transaction (links through the schema's cascades and triggers), the id is written to
 * the erasure register, and then the file itself is rewritten so no old copy of their data survives in
 * free pages, freed cells or the WAL.
 */

export interface ErasureEntry {
  personId: string;
  erasedAt: string;
}

export function registerErasure(db: Db, entries: readonly ErasureEntry[]): void {
  const record = db.prepare('INSERT OR IGNORE INTO erased_people (person_id, erased_at) VALUES (?, ?)');
  for (const entry of entries) record.run(entry.personId, entry.erasedAt);
}

export function readErasureRegister(db: Db): ErasureEntry[] {
  const hasRegister = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'erased_people'").pluck().get();
  if (hasRegister === undefined) return [];
  return db.prepare('SELECT person_id AS personId, erased_at AS erasedAt FROM erased_people ORDER BY erased_at').all() as ErasureEntry[];
}

/** Deletes the people (and, by the schema, their links); returns the ids that were present. */
export function deletePeople(repos: Repos, personIds: readonly string[]): string[] {
  return personIds.filter((id) => repos.people.delete(id));
}

/**
 * Leaves nothing deleted readable in the file: VACUUM rebuilds every page from the live rows (old cells
 * written before secure_delete was on, freed pages), and a TRUNCATE checkpoint empties the WAL that
 * held every earlier version of the rows.
 */
export function scrubDeletedData(db: Db): void {
  truncateLog(db);
  db.exec('VACUUM');
  truncateLog(db);
}

/** How long emptying the WAL waits for another connection's copy of it (the writer thread's, see writer-worker.ts). */
const TRUNCATE_WAIT_MS = 10_000;

/**
 * A TRUNCATE checkpoint, tried again while SQLite answers "busy": another connection is copying the
 * log (the writer thread does after each large edit, and SQLite then refuses at once, without waiting)
 * or still reads from it. Left busy, the WAL would keep what was just erased.
 */
function truncateLog(db: Db): void {
  const until = Date.now() + TRUNCATE_WAIT_MS;
  for (;;) {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result === undefined || result.busy === 0) return;
    if (Date.now() > until) {
      // As before this wait: the next checkpoint that finds the log free overwrites it.
      console.error('The database log could not be emptied after an erasure: another connection kept it busy.');
      return;
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
  }
}

/**
 * An account about to be imported, without the people of the erasure register and the links that
 * name them: a `.powermap` written before an erasure must not bring the person back (with their own
 * id or, as a copy, a new one). Returns how many people were left out.
 */
export function withoutErasedPeople(data: AccountData, erased: ReadonlySet<string>): { data: AccountData; dropped: number } {
  const people = data.people.filter((person) => !erased.has(person.id));
  const dropped = data.people.length - people.length;
  if (dropped === 0) return { data, dropped };
  const links = data.links.filter((link) => !erased.has(link.from) && !erased.has(link.to));
  return { data: { ...data, people, links }, dropped };
}
