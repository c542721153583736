import { existsSync } from 'node:fs';
import type { Statement } from 'better-sqlite3';
import { openConnection, openDatabaseFile, type Db, type FileAccess } from './connection';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { StoreError } from './store';

/**
 * Salvage: reads what can still be read from a damaged database into a new one, table by table and,
 * where a table cannot be read whole, row by row. The damaged file is only ever opened read-only.
 * What could not be read, or no longer fits (a person whose account was lost), is counted per table.
 */

export interface SalvagedTable {
  table: string;
  recovered: number;
  /** Rows read but refused by the new database (their account or person was lost). */
  dropped: number;
  /** True when reading stopped on damage: rows may be missing that nobody can count. */
  unreadable: boolean;
}

export interface SalvageReport {
  tables: SalvagedTable[];
}

/**
 * Parents before children, so foreign keys hold as rows go in. The history's checkpoints and trend cache
 * are left out: they are taken again from the records.
 */
const TABLES = [
  'accounts', 'competitors', 'team_members', 'people', 'links',
  'contacts', 'contact_people', 'contact_team', 'actions', 'action_people',
  'settings', 'erased_people', 'changes', 'snapshots', 'history_compactions', 'undo_stacks',
] as const;

type Row = Record<string, unknown>;

/**
 * Columns the triggers keep from other tables (migration 012: a contact's people and team): never copied
 * from a damaged file, they are written again as the rows of those tables go in.
 */
const KEPT_BY_TRIGGERS: Readonly<Record<string, readonly string[]>> = { contacts: ['people_list', 'team_list'] };

function columnsOf(db: Db, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

/** Reads a table whole; on damage, row by row by rowid from both ends, keeping every row it reaches. */
function readRows(source: Db, table: string): { rows: Row[]; unreadable: boolean } {
  try {
    return { rows: source.prepare(`SELECT * FROM ${table}`).all() as Row[], unreadable: false };
  } catch {
    // fall through to the careful read
  }
  const rows = new Map<number, Row>();
  const one = source.prepare(`SELECT rowid AS __rowid, * FROM ${table} WHERE rowid = ?`);
  const walk = (sql: string, start: number) => {
    const next = source.prepare(sql).pluck();
    let at = start;
    for (let guard = 0; guard < 10_000_000; guard += 1) {
      let rowid: number | undefined;
      try {
        rowid = next.get(at) as number | undefined;
      } catch {
        return;
      }
      if (rowid === undefined) return;
      try {
        const row = one.get(rowid) as Row | undefined;
        if (row) {
          const { __rowid: _, ...rest } = row;
          rows.set(rowid, rest);
        }
      } catch {
        // this row's cells are damaged; the next one may be fine
      }
      at = rowid;
    }
  };
  walk(`SELECT rowid FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT 1`, Number.MIN_SAFE_INTEGER);
  walk(`SELECT rowid FROM ${table} WHERE rowid < ? ORDER BY rowid DESC LIMIT 1`, Number.MAX_SAFE_INTEGER);
  return { rows: [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row), unreadable: true };
}

/** A link whose `from` end was lost (the schema's foreign key covers only `to`). */
const DANGLING_LINKS = `
  DELETE FROM links WHERE
    (kind = 'covers' AND from_id NOT IN (SELECT id FROM team_members)) OR
    (kind = 'competitorTie' AND from_id NOT IN (SELECT id FROM competitors)) OR
    (kind NOT IN ('covers', 'competitorTie') AND from_id NOT IN (SELECT id FROM people))`;

/** A person whose favoured competitor (or the one they left for) was lost is kept, without those references. */
function insertSalvaged(insert: Statement, table: string, params: Record<string, unknown>): boolean {
  try {
    insert.run(params);
    return true;
  } catch {
    if (table !== 'people' || (params.favoured_competitor_id == null && params.left_to_competitor_id == null)) return false;
    return insertSalvaged(insert, table, { ...params, favoured_competitor_id: null, left_to_competitor_id: null });
  }
}

/** `access.key` reads an encrypted damaged file, and the new database is encrypted with it too. */
export function salvageDatabase(damagedPath: string, newPath: string, now: () => Date = () => new Date(), access: FileAccess = {}): SalvageReport {
  if (existsSync(newPath)) throw new StoreError('conflict', `${newPath} already exists; salvage writes a new database.`);
  const source = openDatabaseFile(damagedPath, { readOnly: true, ...access });
  const target = openConnection(newPath, access);
  try {
    migrate(target, MIGRATIONS, now);
    const tables: SalvagedTable[] = [];
    for (const table of TABLES) {
      let sourceColumns: string[];
      try {
        sourceColumns = columnsOf(source, table);
      } catch {
        tables.push({ table, recovered: 0, dropped: 0, unreadable: true });
        continue;
      }
      if (sourceColumns.length === 0) continue; // an older schema without this table
      const targetColumns = new Set(columnsOf(target, table));
      const kept = KEPT_BY_TRIGGERS[table] ?? [];
      const columns = sourceColumns.filter((c) => targetColumns.has(c) && !kept.includes(c));
      const insert = target.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
      const { rows, unreadable } = readRows(source, table);
      let recovered = 0;
      let dropped = 0;
      target.transaction(() => {
        for (const row of rows) {
          const params = Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
          if (insertSalvaged(insert, table, params)) recovered += 1;
          else dropped += 1;
        }
      })();
      tables.push({ table, recovered, dropped, unreadable });
    }
    const links = tables.find((t) => t.table === 'links');
    const orphans = target.prepare(DANGLING_LINKS).run().changes;
    if (links) {
      links.recovered -= orphans;
      links.dropped += orphans;
    }
    return { tables };
  } finally {
    source.close();
    target.close();
  }
}
