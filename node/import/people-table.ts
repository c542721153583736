import ExcelJS from 'exceljs';
import { EXPORT_HEADERS } from '../../shared/import/headers';
import type { FieldTarget, TableFormat } from '../../shared/import/types';
import type { AccountData, Person } from '../../shared/model';

/**
 * The people table out, in the columns the importer reads back (ids included), so a KAM can bulk-edit
 * attitudes in Excel and import the file again: rows with an id update those people. Contact details,
 * personal drivers and private notes are written only when asked for, as in every other export.
 */

const COLUMNS: readonly FieldTarget[] = [
  'id', 'name', 'title', 'department', 'email', 'phone', 'contact', 'layer', 'roles', 'attitude', 'influence', 'driver',
  'judgesBy', 'targetRelationship', 'lastContact', 'nextStep', 'notes', 'verifiedOn', 'source', 'reportsTo', 'owner',
];
const PRIVATE: ReadonlySet<FieldTarget> = new Set(['email', 'phone', 'contact', 'driver', 'notes']);

export function tableColumns(includePrivate: boolean): FieldTarget[] {
  return COLUMNS.filter((column) => includePrivate || !PRIVATE.has(column));
}

/** Each person's row of text cells, in tableColumns order. */
export function peopleRows(data: AccountData, includePrivate: boolean): { headers: string[]; rows: string[][] } {
  const columns = tableColumns(includePrivate);
  const people = new Map(data.people.map((person) => [person.id, person]));
  const team = new Map(data.team.map((member) => [member.id, member]));
  const managerOf = new Map<string, string>();
  const ownerOf = new Map<string, { name: string; strength: number }>();
  for (const link of data.links) {
    if (link.kind === 'reportsTo' && !managerOf.has(link.from)) {
      const manager = people.get(link.to);
      // An e-mail names one person for sure; a name only when no one else shares it.
      if (manager) managerOf.set(link.from, manager.email.trim() && includePrivate ? manager.email : manager.name);
    }
    if (link.kind === 'covers') {
      const member = team.get(link.from);
      const strength = link.strength ?? 0;
      const best = ownerOf.get(link.to);
      if (member && (!best || strength > best.strength)) ownerOf.set(link.to, { name: member.name, strength });
    }
  }
  const cell = (person: Person, column: FieldTarget): string => {
    switch (column) {
      case 'roles':
        return person.roles.join(', ');
      case 'influence':
        return String(person.influence);
      case 'notes':
        return person.privateNotes;
      case 'reportsTo':
        return managerOf.get(person.id) ?? '';
      case 'owner':
        return ownerOf.get(person.id)?.name ?? '';
      default: {
        const value = (person as unknown as Record<string, unknown>)[column];
        return value === null || value === undefined ? '' : String(value);
      }
    }
  };
  return {
    headers: columns.map((column) => EXPORT_HEADERS[column] ?? column),
    rows: data.people.map((person) => columns.map((column) => cell(person, column))),
  };
}

/**
 * OWASP CSV injection: a cell a spreadsheet would run as a formula (starting with = + - @, or a tab or
 * carriage return before one) gets a leading apostrophe, which Excel shows as text and the importer
 * takes off again (see stripFormulaGuard).
 */
export function neutralizeCell(text: string): string {
  return /^[\t\r]*[=+\-@]/.test(text) || /^[\t\r]/.test(text) ? `'${text}` : text;
}

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** CSV for Excel everywhere: UTF-8 with a BOM (so Excel on Chinese Windows does not read it as GBK), CRLF. */
export function peopleCsv(data: AccountData, includePrivate: boolean): Uint8Array {
  const { headers, rows } = peopleRows(data, includePrivate);
  const text = [headers, ...rows].map((row) => row.map((cell) => quote(neutralizeCell(cell))).join(',')).join('\r\n') + '\r\n';
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

export async function peopleXlsx(data: AccountData, includePrivate: boolean): Promise<Uint8Array> {
  const { headers, rows } = peopleRows(data, includePrivate);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('People');
  sheet.addRow(headers).font = { bold: true };
  // Every cell is written as text: a string cell is never a formula in XLSX, and phones keep their digits.
  for (const row of rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  headers.forEach((header, index) => {
    sheet.getColumn(index + 1).width = Math.min(40, Math.max(10, header.length + 2));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function peopleTable(data: AccountData, format: TableFormat, includePrivate: boolean): Promise<Uint8Array> {
  return format === 'csv' ? Promise.resolve(peopleCsv(data, includePrivate)) : peopleXlsx(data, includePrivate);
}
