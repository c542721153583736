import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createEntityRepo, type TableSpec } from './table';

interface Item {
  id: string;
  accountId: string;
  label: string | null;
  weight: number | null;
}

const spec: TableSpec<Item> = {
  table: 'items',
  ownerColumn: 'account_id',
  immutable: ['id', 'accountId'],
  columns: { id: 'id', accountId: 'account_id', label: 'label', weight: 'weight' },
};

function itemsTable() {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE items (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, label TEXT, weight REAL)');
  return { db, repo: createEntityRepo(db, spec) };
}

/** The rows as SQLite hands them over one by one, in rowid order. */
const readOneByOne = (db: Database.Database) =>
  (db.prepare('SELECT id, account_id, label, weight FROM items ORDER BY rowid').all() as { id: string; account_id: string; label: unknown; weight: unknown }[]).map(
    (row) => ({ id: row.id, accountId: row.account_id, label: row.label, weight: row.weight }),
  );

describe('reading a whole table', () => {
  it('gives every row with its values exactly as stored, in the order written, over many thousand rows and any rowid', () => {
    const { db, repo } = itemsTable();
    const texts = ['李伟', 'a "quoted" \\ text', 'tab\tand\nline', '\u0000\u001f', '😀', '', null];
    const numbers = [0.1 + 0.2, 1 / 3, -0, 1e-300, 5e-324, 1.7976931348623157e308, 2 ** 53, 42, null];
    const insert = db.prepare('INSERT INTO items (rowid, id, account_id, label, weight) VALUES (?, ?, ?, ?, ?)');
    // Rowids below one and far apart, as a file written elsewhere may have; more rows than one text holds.
    const rowids = [-9_007_199_254_740_000, -5, 0, ...Array.from({ length: 12_001 }, (_, i) => 1 + i * 7), 9_007_199_254_740_000];
    db.transaction(() => rowids.forEach((rowid, i) => insert.run(rowid, `i${i}`, `a${i % 3}`, texts[i % texts.length], numbers[i % numbers.length])))();
    // Written out of rowid order too.
    db.prepare('INSERT INTO items (id, account_id, label, weight) VALUES (?, ?, ?, ?)').run('last', 'a0', 'x', 1.5);

    const expected = readOneByOne(db);
    expect(expected).toHaveLength(rowids.length + 1);
    const items = repo.listAll();
    expect(items).toEqual(expected);
    expect(items.map((item) => item.id)).toEqual(expected.map((item) => item.id));
  });

  it('is empty for an empty table', () => {
    expect(itemsTable().repo.listAll()).toEqual([]);
  });

  it('still reads a table holding bytes where text belongs, as a damaged file may, whatever the bytes', () => {
    // Bytes JSON cannot hold, and bytes that look like the start of SQLite's binary JSON but are not.
    for (const bytes of [[0xff, 0x00], [0x1b, 0x0f], [0x15, 0xff]]) {
      const { db, repo } = itemsTable();
      db.prepare('INSERT INTO items (id, account_id, label, weight) VALUES (?, ?, ?, ?)').run('a', 'acc', 'fine', 1);
      db.prepare('INSERT INTO items (id, account_id, label, weight) VALUES (?, ?, ?, ?)').run('b', 'acc', Buffer.from(bytes), 2);
      const items = repo.listAll();
      expect(items.map((item) => item.id)).toEqual(['a', 'b']);
      expect(items[0]).toEqual({ id: 'a', accountId: 'acc', label: 'fine', weight: 1 });
      expect(items[1]!.label).toEqual(Buffer.from(bytes));
    }
  });
});
