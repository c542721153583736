import { basename } from 'node:path';
import { applyOps } from '../shared/edit/applyOps';
import { localToday } from '../shared/edit/defaults';
import { parseAccountFile, serializeAccountFile } from '../shared/exchange';
import { autoMapping } from '../shared/import/headers';
import { normalizeHeader } from '../shared/import/normalize';
import { planImport } from '../shared/import/plan';
import { problemText } from '../shared/import/problem-text';
import { DUPLICATE_ACTIONS, ENCODINGS, FIELD_TARGETS, type ColumnMapping, type DuplicateAction, type Encoding, type FieldTarget } from '../shared/import/types';
import type { AccountData } from '../shared/model';
import { readTableBytes } from '../node/import/read-source';
import type { ParsedArgs } from './args';

/**
 * `power-map import-people`: the app's contact import on a .powermap file, with the same code. The
 * auto-mapping (corrected with --map) and every suggested layer are taken, as if the user accepted
 * them all; people with no layer and no suggestion go to the user layer.
 */

export interface ImportPeopleIo {
  out(text: string): void;
  err(text: string): void;
  readBytes(path: string): Promise<Uint8Array>;
  writeFile(path: string, contents: Uint8Array): Promise<string | null>;
}

type Exit = 0 | 1 | 2;
type LoadAccount = (path: string) => Promise<AccountData | string>;

export const IMPORT_PEOPLE_USAGE = `  power-map import-people <file> --into <account.powermap> --out <result.powermap> [--json]
                    [--encoding auto|utf-8|utf-16le|utf-16be|gb18030|big5] [--sheet NAME]
                    [--map "Header=field,..."] [--on-duplicate update|overwrite|add|skip] [--today YYYY-MM-DD]`;

export const IMPORT_PEOPLE_HELP = `  import-people   Imports contacts from a CSV, TSV, TXT or XLSX file into the account and writes the
            result (new people placed by the map's band layout, each person's source naming the file).
            Columns are mapped from their headers (English, 简体, 繁體); --map corrects them, e.g.
            --map "Boss=reportsTo,Mobile=phone,Remarks=ignore". Fields: ${FIELD_TARGETS.join(', ')}.
            --on-duplicate: what to do with a row that matches someone already there (default
            update: fill their empty fields; rows with our own export's id are overwritten).
            --json prints the encoding, sheet, header row, mapping, counts and every problem.`;

class UsageError extends Error {}

function parseMap(text: string, headers: readonly string[], mapping: ColumnMapping): ColumnMapping {
  const result = [...mapping];
  for (const entry of text.split(',')) {
    if (entry.trim() === '') continue;
    const at = entry.lastIndexOf('=');
    const header = entry.slice(0, at).trim();
    const field = entry.slice(at + 1).trim();
    if (at <= 0 || !(FIELD_TARGETS as readonly string[]).includes(field)) {
      throw new UsageError(`--map takes "Header=field" pairs with a field among ${FIELD_TARGETS.join(', ')}; got "${entry.trim()}".`);
    }
    const column = headers.findIndex((candidate) => candidate === header || normalizeHeader(candidate) === normalizeHeader(header));
    if (column < 0) throw new UsageError(`--map names "${header}", but the table's headers are: ${headers.map((h) => `"${h}"`).join(', ')}.`);
    result[column] = field as FieldTarget;
  }
  return result;
}

function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const value = args.options.get(name) ?? fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${String(value)}".`);
  }
  return value as T;
}

export async function importPeopleCommand(args: ParsedArgs, io: ImportPeopleIo, loadAccount: LoadAccount): Promise<Exit> {
  const [file, ...extra] = args.positional;
  const into = args.options.get('into');
  const out = args.options.get('out');
  let encoding: Encoding | 'auto';
  let onDuplicate: DuplicateAction;
  try {
    if (!file || extra.length > 0) throw new UsageError('power-map import-people takes one contacts file.');
    if (typeof into !== 'string') throw new UsageError('--into must name the .powermap account to import into.');
    if (typeof out !== 'string' || out.trim() === '') throw new UsageError('--out must name the .powermap file to write.');
    encoding = choice(args, 'encoding', ['auto', ...ENCODINGS], 'auto');
    onDuplicate = choice(args, 'on-duplicate', DUPLICATE_ACTIONS, 'update');
    const today = args.options.get('today');
    if (today !== undefined && (typeof today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(today))) throw new UsageError(`--today must be a date as YYYY-MM-DD, got "${String(today)}".`);
  } catch (error) {
    io.err(`${(error as Error).message}\n\nUsage:\n${IMPORT_PEOPLE_USAGE}\n`);
    return 2;
  }
  const data = await loadAccount(into);
  if (typeof data === 'string') {
    io.err(data);
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(code === 'ENOENT' ? `No such file: ${file}` : `Could not read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const sheet = args.options.get('sheet');
  const read = await readTableBytes(bytes, basename(file), { encoding, ...(typeof sheet === 'string' ? { sheet } : {}) });
  if ('refused' in read) {
    io.err(`${file}: ${read.refused.message} Nothing was written.`);
    return 1;
  }
  const { table } = read;
  let mapping = autoMapping(table.headers);
  const map = args.options.get('map');
  try {
    if (typeof map === 'string') mapping = parseMap(map, table.headers, mapping);
  } catch (error) {
    io.err((error as Error).message);
    return 2;
  }
  const today = (args.options.get('today') as string | undefined) ?? localToday();
  const plan = planImport(table, { mapping, onDuplicate, acceptAllSuggestions: true, fallbackLayer: 'user' }, data, { today, fileName: basename(file) });
  const after = applyOps(data, plan.edit.forward);
  const text = serializeAccountFile(after, `${today}T00:00:00.000Z`);
  // The result must be a file the app opens: checked like any .powermap before it is written.
  const checked = parseAccountFile(text);
  if (!checked.ok) {
    io.err(`The account after the import would not be a valid file (${checked.error.message}). Nothing was written.`);
    return 1;
  }
  const failure = await io.writeFile(out, new TextEncoder().encode(text));
  if (failure) {
    io.err(failure);
    return 1;
  }
  const { counts, problems } = plan.summary;
  const columns = table.headers.map((header, column) => ({ column: column + 1, header, field: mapping[column] }));
  if (args.options.has('json')) {
    const report = {
      file,
      out,
      encoding: read.encoding,
      sheet: read.sheet,
      headerRow: table.headerRow,
      headerRowCount: table.headerRowCount,
      mapping: columns,
      counts,
      problems: problems.map((problem) => ({ ...problem, message: problemText(problem) })),
    };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const how = [read.encoding?.toUpperCase(), read.sheet === null ? null : `sheet "${read.sheet}"`, table.headerRow > 0 ? `header row ${table.headerRow}` : 'no header row']
    .filter(Boolean)
    .join(', ');
  const lines = [
    `Imported ${file} (${how}) into ${data.account.name}; wrote ${out}`,
    `  ${counts.rows} rows: ${counts.added} added, ${counts.updated} updated, ${counts.skipped} skipped, ${counts.merged} merged into an earlier row`,
    `  ${counts.teamAdded} team members added; ${counts.reportsToLinks} reports-to and ${counts.coversLinks} covers links`,
    `  Columns: ${columns.map((entry) => `${entry.header || `column ${entry.column}`} -> ${entry.field}`).join(', ')}`,
    problems.length === 0 ? '  No problems.' : `  Problems (${problems.length}):`,
    ...problems.map((problem) => `    ${problemText(problem)}`),
  ];
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
