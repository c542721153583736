import { isKnownHeader } from './headers';
import type { ParsedTable } from './types';

/**
 * Finds the table in a sheet's rows: the header row (below a title row such as "2024年客户联系人名单"),
 * a second header row under merged group headings ("联系方式" over "手机" and "邮箱"), and the data
 * below. Merged header cells are filled: a heading left blank to the right of a merged group takes the
 * group's text, a cell merged down over both header rows keeps its one label.
 */

const LOOK_AHEAD = 15;

const isBlank = (cell: string | undefined) => cell === undefined || cell.trim() === '';
const filled = (row: readonly string[]) => row.filter((cell) => !isBlank(cell)).length;
const known = (row: readonly string[]) => row.filter(isKnownHeader).length;
const looksNumeric = (cell: string) => /^[\d\s.,:/+\-()]+$/.test(cell.trim());

function textCells(row: readonly string[]): number {
  return row.filter((cell) => !isBlank(cell) && !looksNumeric(cell) && cell.length <= 60).length;
}

/** The index of the header row among the first rows, or -1 for a table without one. */
export function findHeaderRow(cells: readonly (readonly string[])[]): number {
  const head = cells.slice(0, LOOK_AHEAD);
  let best = -1;
  let bestKnown = 0;
  head.forEach((row, index) => {
    const count = known(row);
    if (count > bestKnown) {
      best = index;
      bestKnown = count;
    }
  });
  if (best >= 0) return best;
  // No header we know: the first row of at least two text cells that is as wide as the rows below.
  const width = Math.max(0, ...head.map(filled));
  const index = head.findIndex((row) => filled(row) >= 2 && filled(row) >= width * 0.6 && textCells(row) === filled(row));
  return index;
}

/** True when the row under the header continues it: more known sub-headings than data. */
function isSecondHeaderRow(upper: readonly string[], lower: readonly string[] | undefined): boolean {
  if (!lower) return false;
  let sub = 0;
  let data = 0;
  lower.forEach((cell, column) => {
    if (isBlank(cell)) return;
    if (cell === upper[column] || isKnownHeader(cell)) sub++;
    else data++;
  });
  const newHeadings = lower.filter((cell, column) => isKnownHeader(cell) && cell !== upper[column]).length;
  return newHeadings > 0 && sub > data;
}

function combine(upper: string, lower: string): string {
  if (isBlank(lower) || lower.trim() === upper.trim()) return upper.trim();
  if (isBlank(upper)) return lower.trim();
  return `${upper.trim()} / ${lower.trim()}`;
}

/** The row as `width` trimmed cells; a row that already is one is kept, not copied (10,000 rows are common). */
function fitRow(row: readonly string[], width: number): string[] {
  let fits = row.length === width;
  for (let column = 0; fits && column < width; column++) {
    const cell = row[column] as string;
    fits = cell.trim() === cell;
  }
  if (fits) return row as string[];
  const cells = new Array<string>(width);
  for (let column = 0; column < width; column++) cells[column] = (row[column] ?? '').trim();
  return cells;
}

export function shapeTable(cells: readonly (readonly string[])[], lines: readonly number[], forcedHeaderRow?: number): ParsedTable {
  // forcedHeaderRow is the user's choice, 1-based in the source; 0 means "no header row".
  const headerIndex =
    forcedHeaderRow === undefined ? findHeaderRow(cells) : forcedHeaderRow === 0 ? -1 : lines.findIndex((line) => line >= forcedHeaderRow);
  const upper = headerIndex >= 0 ? (cells[headerIndex] ?? []) : [];
  const lower = headerIndex >= 0 ? cells[headerIndex + 1] : undefined;
  const twoRows = headerIndex >= 0 && isSecondHeaderRow(upper, lower);
  const dataStart = headerIndex < 0 ? 0 : headerIndex + (twoRows ? 2 : 1);
  const body = cells.slice(dataStart);
  let width = Math.max(upper.length, twoRows ? (lower?.length ?? 0) : 0, ...body.slice(0, 1000).map((row) => row.length));
  if (body.length > 1000) for (const row of body) width = Math.max(width, row.length);

  const headers: string[] = [];
  let group = '';
  for (let column = 0; column < width; column++) {
    const top = upper[column] ?? '';
    if (!twoRows) {
      headers.push(top.trim());
      continue;
    }
    const bottom = lower?.[column] ?? '';
    // A merged group heading is written once, in its first column; the blanks after it belong to it.
    if (!isBlank(top)) group = top;
    else if (isBlank(bottom)) group = '';
    headers.push(combine(isBlank(top) ? group : top, bottom));
  }
  for (let column = 0; column < width; column++) if (headers[column] === '') headers[column] = headerIndex < 0 ? `Column ${column + 1}` : '';
  // Trailing columns with no header and no data are dropped (Excel often leaves some behind).
  while (width > 0 && headers[width - 1] === '' && body.every((row) => isBlank(row[width - 1]))) {
    headers.pop();
    width--;
  }
  const rows = body.map((row) => fitRow(row, width));
  return {
    headers,
    rows,
    rowNumbers: lines.slice(dataStart),
    headerRow: headerIndex >= 0 ? (lines[headerIndex] ?? 0) : 0,
    headerRowCount: headerIndex < 0 ? 0 : twoRows ? 2 : 1,
    titleRows: cells.slice(0, Math.max(headerIndex, 0)).map((row) => row.filter((cell) => !isBlank(cell)).join(' ')),
  };
}
