import type { Statement } from 'better-sqlite3';
import type { Db } from '../connection';

/** Patch statements kept per table, one per set of columns a patch names. */
const PATCH_SHAPES = 64;

/** Rows per text when a whole table is read as JSON (listAll): a few megabytes at most. */
const ROWS_PER_TEXT = 5000;

/**
 * Row <-> model mapping, declared once per entity, and the statements every entity needs, built from
 * that declaration and prepared once per connection.
 */

export type SqlValue = string | number | null;

export interface Codec<T> {
  toDb(value: T): SqlValue;
  fromDb(value: unknown): T;
}

/** A JSON array kept in a TEXT column (a person's roles). */
export function jsonList<T>(): Codec<T[]> {
  return { toDb: (value) => JSON.stringify(value), fromDb: (value) => JSON.parse(String(value)) as T[] };
}

const plain: Codec<unknown> = { toDb: (value) => value as SqlValue, fromDb: (value) => value ?? null };

/** A field stored as is needs only its column name; anything else needs a codec too. */
type ColumnOf<T> = [T] extends [SqlValue] ? string | readonly [string, Codec<T>] : readonly [string, Codec<T>];

export interface TableSpec<M extends { id: string }> {
  table: string;
  /** The column naming the account a row belongs to ('id' for the accounts table itself). */
  ownerColumn: 'account_id' | 'id';
  columns: { [K in keyof M]-?: ColumnOf<M[K]> };
  /** Fields a patch must not change. */
  immutable: readonly (keyof M & string)[];
  /** Columns computed from a field, kept in step whenever that field is written. */
  derived?: { [K in keyof M]?: { column: string; compute(value: M[K]): SqlValue } };
}

interface Column {
  field: string;
  column: string;
  codec: Codec<unknown>;
}

interface Derived {
  field: string;
  column: string;
  compute(value: unknown): SqlValue;
}

type Row = Record<string, unknown>;

export interface EntityRepo<M extends { id: string }> {
  /** Inserts, or updates in place (never delete-and-insert, which would cascade to links). */
  put(value: M): void;
  /** Inserts; fails on an existing id. */
  insert(value: M): void;
  /** Writes only the fields present in `patch`; false when no row has that id. */
  patch(id: string, patch: Partial<M>): boolean;
  get(id: string): M | undefined;
  /**
   * Only the named fields of a row (and its accountId, where the table has one), read by a statement
   * prepared once per set of fields: what a patch needs to know what it changes. Unknown fields are left out.
   */
  getFields(id: string, fields: readonly string[]): Partial<M> | undefined;
  /** The account the row belongs to, or undefined when no row has that id. */
  accountIdOf(id: string): string | undefined;
  /** False when no row had that id. */
  delete(id: string): boolean;
  listByAccount(accountId: string): M[];
  /** Every row of the table, in the order written (the portfolio reads all accounts at once). */
  listAll(): M[];
  /** True when any of the ids is already in the table. */
  anyExists(ids: readonly string[]): boolean;
  readonly immutable: readonly string[];
}

function columnsOf<M extends { id: string }>(spec: TableSpec<M>): Column[] {
  return Object.entries(spec.columns as Record<string, string | readonly [string, Codec<unknown>]>).map(
    ([field, declared]) =>
      typeof declared === 'string'
        ? { field, column: declared, codec: plain }
        : { field, column: declared[0], codec: declared[1] },
  );
}

function derivedOf<M extends { id: string }>(spec: TableSpec<M>): Derived[] {
  const declared = (spec.derived ?? {}) as Record<string, { column: string; compute(value: unknown): SqlValue }>;
  return Object.entries(declared).map(([field, { column, compute }]) => ({ field, column, compute }));
}

/**
 * The model from a row read as an array, by a function compiled once per table from its own declaration
 * (field names are ours, never data): one object literal of fixed shape, which V8 builds several times
 * faster than an object filled key by key (the agenda maps 10,000 people and 20,000 links per read).
 */
function compileFromValues<M>(columns: readonly Column[]): (values: unknown[]) => M {
  const codecs = columns.map((c) => c.codec);
  const valueOf = ({ codec }: Column, i: number) => (codec !== plain ? `k[${i}].fromDb(v[${i}])` : `v[${i}] ?? null`);
  const fields = columns.map((column, i) => `${JSON.stringify(column.field)}: ${valueOf(column, i)}`);
  const build = new Function('k', 'v', `return { ${fields.join(', ')} };`) as (k: readonly Codec<unknown>[], v: unknown[]) => M;
  return (values) => build(codecs, values);
}

/** A JSON text of rows, the last rowid in it (null when none) and how many rows it holds. */
type JsonRows = [string, bigint | null, bigint];

/**
 * Up to `?` rows of `table` after `where`'s bound, in rowid order, as JsonRows. Each row's array ends with
 * its rowid, so that the reader can check the order (SQLite does not promise an aggregate's order).
 */
const jsonRowsSql = (selected: string, table: string, where: string) =>
  `SELECT json_group_array(json_array(${selected}, r)), max(r), count(*)
     FROM (SELECT rowid AS r, ${selected} FROM ${table} ${where} ORDER BY rowid LIMIT ?)`;

export function createEntityRepo<M extends { id: string }>(db: Db, spec: TableSpec<M>): EntityRepo<M> {
  const columns = columnsOf(spec);
  const derived = derivedOf(spec);
  const patchable = columns.filter((c) => !(spec.immutable as readonly string[]).includes(c.field));
  const written = [...columns, ...derived].map((c) => c.column);
  const { table, ownerColumn } = spec;
  const selected = columns.map((c) => c.column).join(', ');
  // Positional parameters: binding 30 named ones from an object costs more than the insert itself (an import writes thousands).
  const insertSql = `INSERT INTO ${table} (${written.join(', ')}) VALUES (${written.map(() => '?').join(', ')})`;

  const statements = {
    insert: db.prepare<[SqlValue[]]>(insertSql),
    upsert: db.prepare<[SqlValue[]]>(
      `${insertSql} ON CONFLICT (id) DO UPDATE SET ${written.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ')}`,
    ),
    get: db.prepare<[string], Row>(`SELECT ${selected} FROM ${table} WHERE id = ?`),
    owner: db.prepare<[string], string>(`SELECT ${ownerColumn} FROM ${table} WHERE id = ?`).pluck(),
    delete: db.prepare<[string]>(`DELETE FROM ${table} WHERE id = ?`),
    // Lists read rows as arrays: building a keyed row object per row, then the model from it, costs more
    // than the read itself (the agenda reads 10,000 people).
    list: db.prepare<[string], unknown[]>(`SELECT ${selected} FROM ${table} WHERE ${ownerColumn} = ? ORDER BY rowid`).raw(),
    listAll: db.prepare<[], unknown[]>(`SELECT ${selected} FROM ${table} ORDER BY rowid`).raw(),
    // A whole table as a few JSON texts, each of ROWS_PER_TEXT rows in the order written, with the last
    // rowid it holds and its count: SQLite writing the rows as one text, and JSON.parse reading it, cost a
    // third to a half of handing 300,000 values over one by one (10,000 people of 30 columns). Rowids as
    // BigInt, so that none is rounded on its way to the next text's bound.
    firstAsJson: db.prepare<[number], JsonRows>(jsonRowsSql(selected, table, '')).raw().safeIntegers(),
    nextAsJson: db.prepare<[bigint, number], JsonRows>(jsonRowsSql(selected, table, 'WHERE rowid > ?')).raw().safeIntegers(),
    anyExists: db
      .prepare<[string], number>(`SELECT EXISTS (SELECT 1 FROM ${table} WHERE id IN (SELECT value FROM json_each(?)))`)
      .pluck(),
  };

  const fromRow = (row: Row): M => {
    const model: Record<string, unknown> = {};
    for (const { field, column, codec } of columns) model[field] = codec.fromDb(row[column]);
    return model as M;
  };

  /**
   * Every row as an array of its values, in the order written: from JSON, unless the JSON read fails or
   * comes out of order, when the rows are read one by one, as they are. What fails it is never written by
   * the app: bytes where a text or number belongs (a damaged or foreign file), or 5,000 rows too long for
   * one text. Bytes that happen to be in SQLite's own binary JSON format read as the JSON value they hold.
   */
  const allRows = (): unknown[][] => {
    let rows: unknown[][] | undefined;
    try {
      rows = rowsFromJson();
    } catch {
      rows = undefined;
    }
    return rows ?? statements.listAll.all();
  };
  /** The rows from the JSON texts, each array without its rowid; undefined when one came out of order. */
  const rowsFromJson = (): unknown[][] | undefined => {
    const rows: unknown[][] = [];
    let previous = Number.NEGATIVE_INFINITY;
    for (let text = statements.firstAsJson.get(ROWS_PER_TEXT)!; ; text = statements.nextAsJson.get(text[1]!, ROWS_PER_TEXT)!) {
      const [json, last, count] = text;
      if (count > 0n) {
        for (const row of JSON.parse(json) as unknown[][]) {
          const rowid = row.pop() as number;
          if (!(rowid > previous)) return undefined;
          previous = rowid;
          rows.push(row);
        }
      }
      if (count < BigInt(ROWS_PER_TEXT) || last === null) return rows;
    }
  };

  const fromValues = compileFromValues<M>(columns);

  /** The values of `written`, in its order. */
  const toValues = (value: M): SqlValue[] => {
    const source = value as Record<string, unknown>;
    const values: SqlValue[] = new Array<SqlValue>(columns.length + derived.length);
    let index = 0;
    for (const { field, codec } of columns) values[index++] = codec.toDb(source[field]);
    for (const { field, compute } of derived) values[index++] = compute(source[field]);
    return values;
  };

  /**
   * A patch writes only the columns it names, with a statement prepared once per set of columns (an edit
   * is one of a few shapes: a move, an attitude, a title...): fewer values bound, and the indexes on
   * columns it does not name are left alone. Kept to the most recent PATCH_SHAPES shapes.
   */
  const patchStatements = new Map<string, Statement<SqlValue[]>>();
  const patchStatement = (columnList: readonly string[]): Statement<SqlValue[]> => {
    const key = columnList.join(',');
    let statement = patchStatements.get(key);
    if (statement === undefined) {
      statement = db.prepare<SqlValue[]>(`UPDATE ${table} SET ${columnList.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`);
      if (patchStatements.size >= PATCH_SHAPES) patchStatements.delete(patchStatements.keys().next().value!);
    } else {
      patchStatements.delete(key);
    }
    patchStatements.set(key, statement);
    return statement;
  };
  const byField = new Map(columns.map((c) => [c.field, c] as const));
  const ownerField = columns.find((c) => c.column === 'account_id');
  const fieldStatements = new Map<string, { statement: Statement<[string], Row>; read: Column[] }>();
  const getFields = (id: string, fields: readonly string[]): Partial<M> | undefined => {
    const key = fields.join(',');
    let prepared = fieldStatements.get(key);
    if (prepared === undefined) {
      const read = [...new Set([...(ownerField ? [ownerField] : []), ...fields.flatMap((field) => byField.get(field) ?? [])])];
      const list = read.length > 0 ? read.map((c) => c.column).join(', ') : 'id';
      prepared = { statement: db.prepare<[string], Row>(`SELECT ${list} FROM ${table} WHERE id = ?`), read };
      if (fieldStatements.size >= PATCH_SHAPES) fieldStatements.delete(fieldStatements.keys().next().value!);
      fieldStatements.set(key, prepared);
    }
    const row = prepared.statement.get(id);
    if (row === undefined) return undefined;
    const model: Record<string, unknown> = {};
    for (const { field, column, codec } of prepared.read) model[field] = codec.fromDb(row[column]);
    return model as Partial<M>;
  };
  const patchRow = (id: string, patch: Partial<M>): boolean => {
    const source = patch as Record<string, unknown>;
    const columnList: string[] = [];
    const values: SqlValue[] = [];
    for (const { field, column, codec } of patchable) {
      if (source[field] === undefined) continue;
      columnList.push(column);
      values.push(codec.toDb(source[field]));
    }
    for (const { field, column, compute } of derived) {
      if (source[field] === undefined) continue;
      columnList.push(column);
      values.push(compute(source[field]));
    }
    if (columnList.length === 0) return statements.owner.get(id) !== undefined;
    values.push(id);
    return patchStatement(columnList).run(...values).changes > 0;
  };

  return {
    immutable: spec.immutable,
    put: (value) => void statements.upsert.run(toValues(value)),
    insert: (value) => void statements.insert.run(toValues(value)),
    patch: patchRow,
    getFields,
    get: (id) => {
      const row = statements.get.get(id);
      return row === undefined ? undefined : fromRow(row);
    },
    accountIdOf: (id) => statements.owner.get(id),
    delete: (id) => statements.delete.run(id).changes > 0,
    listByAccount: (accountId) => statements.list.all(accountId).map((values) => fromValues(values)),
    listAll: () => allRows().map((values) => fromValues(values)),
    anyExists: (ids) => ids.length > 0 && statements.anyExists.get(JSON.stringify(ids)) === 1,
  };
}
