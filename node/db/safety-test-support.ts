import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { createStore } from './sqlite-store';
import { putOps, sampleAccountData } from './test-support';

/** Test helpers for the data-safety tests: a closed database with a few accounts, and ways to damage it. */

export const PAGE_SIZE = 4096;

/** A closed database of the current schema with `accounts` sample accounts, all in the main file. */
export function writeSampleDatabase(dbPath: string, accounts = 3): void {
  const store = createStore(dbPath);
  for (let i = 0; i < accounts; i += 1) store.applyOps(putOps(sampleAccountData({ name: `Account ${i}` })));
  store.close();
  // Rollback-journal mode: the file alone holds everything, and any write would change its bytes.
  const db = new Database(dbPath);
  db.pragma('journal_mode = DELETE');
  db.close();
}

/** Overwrites page `page` (1-based) with a repeating byte pattern, as a disk error would. */
export function overwritePage(dbPath: string, page: number): void {
  const fd = openSync(dbPath, 'r+');
  try {
    writeSync(fd, Buffer.alloc(PAGE_SIZE, 0xa5), 0, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  } finally {
    closeSync(fd);
  }
}

/** Every page that holds rows of `table` (from sqlite's dbstat-free page map: the table's root page). */
export function rootPageOf(dbPath: string, table: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(table) as number;
  } finally {
    db.close();
  }
}

export const bytesOf = (path: string) => readFileSync(path);
