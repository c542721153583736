import type { Attitude, Driver, IsoDate, Layer, Role } from '../model';
import { MULTI_COLUMN_TARGETS } from './headers';
import type { ColumnMapping, FieldTarget, ImportProblem, ParsedTable, ProblemCode, ProblemOutcome } from './types';
import { parseAttitude, parseDate, parseDriver, parseLayer, parseRoles, parseScale } from './values';

/**
 * Reads each data row through the column mapping into the fields it gives a person, with a problem
 * for every cell the importer cannot use (and what it does instead).
 */

/** The person fields one row gives; a field is absent when its cells are empty or unusable. */
export interface RowFields {
  id?: string;
  name?: string;
  title?: string;
  department?: string;
  email?: string;
  phone?: string;
  contact?: string;
  layer?: Layer;
  roles?: Role[];
  attitude?: Attitude;
  influence?: number;
  driver?: Driver;
  judgesBy?: string;
  targetRelationship?: number;
  lastContact?: IsoDate;
  nextStep?: string;
  privateNotes?: string;
  verifiedOn?: IsoDate;
  source?: string;
  reportsTo?: string;
  owner?: string;
}

/** Longest text each field holds (the person schema's limits). */
const MAX_LENGTH: Partial<Record<keyof RowFields, number>> = {
  name: 200,
  title: 200,
  department: 200,
  email: 320,
  phone: 100,
  contact: 2_000,
  judgesBy: 20_000,
  nextStep: 20_000,
  privateNotes: 20_000,
  source: 500,
  reportsTo: 320,
  owner: 200,
};

const TEXT_FIELD: Partial<Record<FieldTarget, keyof RowFields>> = {
  id: 'id',
  title: 'title',
  department: 'department',
  email: 'email',
  phone: 'phone',
  contact: 'contact',
  judgesBy: 'judgesBy',
  nextStep: 'nextStep',
  notes: 'privateNotes',
  source: 'source',
  reportsTo: 'reportsTo',
  owner: 'owner',
};

/** Takes off the apostrophe a CSV export puts before formula-like text (OWASP), so "=Bob" round-trips. */
export function stripFormulaGuard(text: string): string {
  return text.charCodeAt(0) === 39 && /^'[\t\r]*[=+\-@]|^'[\t\r]/.test(text) ? text.slice(1) : text;
}

const hasLatin = (text: string) => /[A-Za-z]/.test(text);

/** "First Last" for Latin names; 姓 then 名 with no space for Chinese ones (张 + 伟 = 张伟). */
export function joinName(first: string, last: string): string {
  if (first === '' || last === '') return first || last;
  return hasLatin(first) || hasLatin(last) ? `${first} ${last}` : `${last}${first}`;
}

export function problemOf(
  code: ProblemCode,
  table: ParsedTable,
  rowIndex: number,
  columnIndex: number | null,
  value: string,
  outcome: ProblemOutcome,
): ImportProblem {
  return {
    code,
    messageKey: `import.problem.${code}`,
    rowIndex,
    row: table.rowNumbers[rowIndex] ?? rowIndex + 1,
    columnIndex,
    column: columnIndex === null ? null : (table.headers[columnIndex] ?? null),
    value,
    outcome,
  };
}

/** What one column writes, worked out once per import rather than for every cell. */
export interface ColumnReader {
  target: FieldTarget;
  textField: keyof RowFields | undefined;
  joins: boolean;
  max: number | undefined;
}

export function columnReaders(mapping: ColumnMapping): ColumnReader[] {
  return mapping.map((target) => {
    const textField = TEXT_FIELD[target];
    return { target, textField, joins: MULTI_COLUMN_TARGETS.has(target), max: textField === undefined ? undefined : MAX_LENGTH[textField] };
  });
}

function cellProblem(problems: ImportProblem[], table: ParsedTable, rowIndex: number, code: ProblemCode, column: number, value: string, outcome: ProblemOutcome = 'value-ignored'): void {
  problems.push(problemOf(code, table, rowIndex, column, value, outcome));
}

/** One data row's fields, with a problem for each cell that cannot be used (10,000 rows are common: nothing per row but the fields). */
export function readRow(table: ParsedTable, columns: readonly ColumnReader[], rowIndex: number, problems: ImportProblem[]): RowFields {
  const cells = table.rows[rowIndex] as readonly string[];
  const fields: RowFields = {};
  const text = fields as Record<string, string | undefined>;
  let first = '';
  let last = '';
  for (let column = 0; column < columns.length; column++) {
    const { target, textField, joins, max } = columns[column] as ColumnReader;
    if (target === 'ignore') continue;
    const value = stripFormulaGuard((cells[column] ?? '').trim());
    if (value === '') continue;
    if (textField) {
      const earlier = text[textField];
      if (earlier !== undefined && !joins) continue;
      const joined = earlier === undefined ? value : `${earlier}, ${value}`;
      if (max !== undefined && joined.length > max) {
        cellProblem(problems, table, rowIndex, 'too-long', column, value, 'value-cut');
        text[textField] = joined.slice(0, max);
      } else text[textField] = joined;
      continue;
    }
    switch (target) {
      case 'name':
        if (value.length > 200) cellProblem(problems, table, rowIndex, 'too-long', column, value, 'value-cut');
        fields.name ??= value.slice(0, 200);
        continue;
      case 'firstName':
        first ||= value;
        continue;
      case 'lastName':
        last ||= value;
        continue;
      case 'layer': {
        const layer = parseLayer(value);
        if (layer) fields.layer = layer;
        else cellProblem(problems, table, rowIndex, 'bad-layer', column, value);
        continue;
      }
      case 'roles': {
        const { roles, unknown } = parseRoles(value);
        if (roles.length > 0) fields.roles = roles;
        if (unknown.length > 0) cellProblem(problems, table, rowIndex, 'bad-role', column, unknown.join(', '));
        continue;
      }
      case 'attitude': {
        const attitude = parseAttitude(value);
        if (attitude) fields.attitude = attitude;
        else cellProblem(problems, table, rowIndex, 'bad-attitude', column, value);
        continue;
      }
      case 'influence': {
        const influence = parseScale(value, 1, 5);
        if (influence === undefined) cellProblem(problems, table, rowIndex, 'bad-influence', column, value);
        else fields.influence = influence;
        continue;
      }
      case 'driver': {
        const driver = parseDriver(value);
        if (driver) fields.driver = driver;
        else cellProblem(problems, table, rowIndex, 'bad-driver', column, value);
        continue;
      }
      case 'targetRelationship': {
        const strength = parseScale(value, 0, 3);
        if (strength === undefined) cellProblem(problems, table, rowIndex, 'bad-strength', column, value);
        else fields.targetRelationship = strength;
        continue;
      }
      case 'lastContact':
      case 'verifiedOn': {
        const date = parseDate(value);
        if (date) fields[target] = date;
        else cellProblem(problems, table, rowIndex, 'bad-date', column, value);
        continue;
      }
    }
  }
  if (fields.name === undefined && (first || last)) fields.name = joinName(first, last).slice(0, 200);
  return fields;
}
