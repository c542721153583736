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
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
