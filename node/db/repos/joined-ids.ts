/**
 * Lists of ids read as one text per row instead of one row per id: better-sqlite3 builds a JS object for
 * every row, and the agenda's digest reads 50,000 pairs and 10,000 list entries. SQLite joins the ids with
 * the unit separator (char 31) and puts their count first, so a reader can tell when an id held the
 * separator itself (ids are any text the schemas allow) and read that one row the slow, exact way.
 */

export const SEPARATOR = '\u001f';

/** SQL of a correlated subquery: the count of `column` over `from`, then each value in `order`, joined. */
export function joinedColumn(column: string, from: string, order: string): string {
  return `(SELECT count(*) || char(31) || group_concat(${column}, char(31) ORDER BY ${order}) FROM ${from})`;
}

/**
 * The values of a `joinedColumn` (null when the list is empty: SQLite's group_concat of no rows), or
 * undefined when the count does not match the pieces: an id held the separator, read it exactly instead.
 */
export function splitJoined(joined: string | null): string[] | undefined {
  if (joined === null) return [];
  const pieces = joined.split(SEPARATOR);
  const count = Number(pieces.shift());
  return pieces.length === count ? pieces : undefined;
}
