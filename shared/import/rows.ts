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

export interface ReadRow {
  rowIndex: number;
  row: number;
  fields: RowFields;
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

/** The rows from `from` to before `to` (all by default), so a large table can be read in slices. */
export function readRows(table: ParsedTable, mapping: ColumnMapping, problems: ImportProblem[], from = 0, to = table.rows.length): ReadRow[] {
  // What each column writes, looked up once rather than for every cell.
  const columns = mapping.map((target) => {
    const textField = TEXT_FIELD[target];
    return { target, textField, joins: MULTI_COLUMN_TARGETS.has(target), max: textField === undefined ? undefined : MAX_LENGTH[textField] };
  });
  return table.rows.slice(from, to).map((cells, offset) => {
    const rowIndex = from + offset;
    const fields: RowFields = {};
    const text = fields as Record<string, string | undefined>;
    let first = '';
    let last = '';
    const problem = (code: ProblemCode, column: number, value: string, outcome: ProblemOutcome = 'value-ignored') =>
      problems.push(problemOf(code, table, rowIndex, column, value, outcome));

    for (let column = 0; column < columns.length; column++) {
      const { target, textField, joins, max } = columns[column] as (typeof columns)[number];
      if (target === 'ignore') continue;
      const value = stripFormulaGuard((cells[column] ?? '').trim());
      if (value === '') continue;
      if (textField) {
        const earlier = text[textField];
        if (earlier !== undefined && !joins) continue;
        const joined = earlier === undefined ? value : `${earlier}, ${value}`;
        if (max !== undefined && joined.length > max) {
          problem('too-long', column, value, 'value-cut');
          text[textField] = joined.slice(0, max);
        } else text[textField] = joined;
        continue;
      }
      switch (target) {
        case 'name':
          if (value.length > 200) problem('too-long', column, value, 'value-cut');
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
          else problem('bad-layer', column, value);
          continue;
        }
        case 'roles': {
          const { roles, unknown } = parseRoles(value);
          if (roles.length > 0) fields.roles = roles;
          if (unknown.length > 0) problem('bad-role', column, unknown.join(', '));
          continue;
        }
        case 'attitude': {
          const attitude = parseAttitude(value);
          if (attitude) fields.attitude = attitude;
          else problem('bad-attitude', column, value);
          continue;
        }
        case 'influence': {
          const influence = parseScale(value, 1, 5);
          if (influence === undefined) problem('bad-influence', column, value);
          else fields.influence = influence;
          continue;
        }
        case 'driver': {
          const driver = parseDriver(value);
          if (driver) fields.driver = driver;
          else problem('bad-driver', column, value);
          continue;
        }
        case 'targetRelationship': {
          const strength = parseScale(value, 0, 3);
          if (strength === undefined) problem('bad-strength', column, value);
          else fields.targetRelationship = strength;
          continue;
        }
        case 'lastContact':
        case 'verifiedOn': {
          const date = parseDate(value);
          if (date) fields[target] = date;
          else problem('bad-date', column, value);
          continue;
        }
      }
    }
    if (fields.name === undefined && (first || last)) {
      const name = joinName(first, last);
      fields.name = name.slice(0, 200);
    }
    return { rowIndex, row: table.rowNumbers[rowIndex] ?? rowIndex + 1, fields };
  });
}
