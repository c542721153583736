import { isKnownHeader } from '../../shared/import/headers';
import { shapeTable } from '../../shared/import/table-shape';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type Encoding, type ImportSource, type ParsedTable, type SourceKind } from '../../shared/import/types';
import { decodeText } from './decode';
import { parseDelimited } from './delimited';
import { refusal, type Refused } from './refusal';
import { nextTurn } from './slices';
import { readWorkbook, type SheetRows } from './xlsx';

/**
 * Bytes (a file, a dropped file) or pasted text to a table: what kind of file it is, its encoding,
 * its delimiter or sheet, and the table found in it. The app's handlers and the command line both
 * read through here.
 */

export interface ReadOptions {
  encoding?: Encoding | 'auto';
  /** XLSX: the sheet to read instead of the one that looks most like a contact table. */
  sheet?: string;
  /** 1-based header row chosen by the user; 0: the table has none. */
  headerRow?: number;
}

/** What reading found; the import source as the page sees it, before a mapping is chosen. */
export type ReadTable = Pick<ImportSource, 'kind' | 'encoding' | 'encodingCandidates' | 'delimiter' | 'sheets' | 'sheet' | 'table'>;

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

/** Files that are certainly not a table, named so the message says what the file is. */
function notATable(bytes: Uint8Array, fileName: string): Refused | null {
  const what = startsWith(bytes, 0x25, 0x50, 0x44, 0x46)
    ? 'a PDF document'
    : startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38)
      ? 'an image'
      : null;
  if (what) return refusal('not-a-table', `${fileName || 'The file'} is ${what}, not a table; choose a CSV, TSV, TXT or XLSX file.`, { what });
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    // Excel saves a password-protected .xlsx in this compound format, and so was the old .xls.
    return /\.xls$/i.test(fileName)
      ? refusal('not-a-table', `${fileName} is an old-style .xls workbook; open it in Excel and save it as .xlsx or CSV.`, { what: 'xls' })
      : refusal('encrypted-xlsx', `${fileName || 'The workbook'} is protected with a password; remove the password in Excel and save it again.`);
  }
  return null;
}

const isZip = (bytes: Uint8Array) => startsWith(bytes, 0x50, 0x4b, 0x03, 0x04);

function pickSheet(sheets: readonly SheetRows[], wanted: string | undefined): SheetRows | Refused {
  if (wanted !== undefined) {
    const found = sheets.find((sheet) => sheet.name === wanted);
    return found ?? refusal('unknown-sheet', `The workbook has no sheet named "${wanted}" (it has ${sheets.map((sheet) => `"${sheet.name}"`).join(', ')}).`, { sheet: wanted });
  }
  // The sheet with the most headers we know, then the most rows: the contact table, not a cover sheet.
  const score = (sheet: SheetRows) => Math.max(0, ...sheet.cells.slice(0, 15).map((row) => row.filter(isKnownHeader).length)) * 1e6 + sheet.cells.length;
  const best = [...sheets].sort((a, b) => score(b) - score(a))[0];
  return best ?? refusal('empty', 'The workbook has no sheets.');
}

function checkShape(table: ParsedTable, where: string): Refused | null {
  if (table.rows.length === 0) return refusal('empty', `${where} holds no rows of data below its header.`, { where });
  if (table.rows.length > MAX_IMPORT_ROWS) {
    return refusal('too-many-rows', `${where} has ${table.rows.length.toLocaleString('en')} rows; at most ${MAX_IMPORT_ROWS.toLocaleString('en')} can be imported at once.`, {
      rows: table.rows.length,
    });
  }
  return null;
}

export async function readTableText(text: string, kind: SourceKind, options: ReadOptions = {}, encoding: Encoding | null = null, candidates: Encoding[] = []): Promise<ReadTable | Refused> {
  if (text.length > MAX_IMPORT_BYTES) return refusal('too-large', 'The text is over 50 MB; split it into smaller files.', { bytes: text.length });
  if (text.trim() === '') return refusal('empty', 'There is nothing to import: the text is empty.', { where: 'text' });
  // Text with control characters other than tabs and line ends is a binary file, not a table.
  const sample = text.slice(0, 8192);
  // eslint-disable-next-line no-control-regex
  const binary = (sample.match(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g)?.length ?? 0) > sample.length / 100;
  if (binary) return refusal('not-a-table', 'The file is not text or a workbook, so it holds no table to import.', { what: 'binary' });
  const parsed = await parseDelimited(text);
  if ('refused' in parsed) return parsed;
  const table = shapeTable(parsed.cells, parsed.lines, options.headerRow);
  const bad = checkShape(table, kind === 'paste' ? 'The pasted text' : 'The file');
  if (bad) return bad;
  return { kind, encoding, encodingCandidates: candidates, delimiter: parsed.delimiter, sheets: [], sheet: null, table };
}

export async function readTableBytes(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ReadTable | Refused> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return refusal('too-large', `${fileName || 'The file'} is ${(bytes.byteLength / 1024 / 1024).toFixed(0)} MB; at most 50 MB can be imported.`, { bytes: bytes.byteLength });
  }
  if (bytes.byteLength === 0) return refusal('empty', `${fileName || 'The file'} is empty.`, { where: fileName });
  const refused = notATable(bytes, fileName);
  if (refused) return refused;
  if (isZip(bytes)) {
    const workbook = await readWorkbook(bytes);
    if ('refused' in workbook) return workbook;
    const sheet = pickSheet(workbook.sheets, options.sheet);
    if ('refused' in sheet) return sheet;
    const table = shapeTable(sheet.cells, sheet.lines, options.headerRow);
    const bad = checkShape(table, `Sheet "${sheet.name}"`);
    if (bad) return { refused: { ...bad.refused, params: { ...bad.refused.params, sheet: sheet.name } } };
    return { kind: 'xlsx', encoding: null, encodingCandidates: [], delimiter: null, sheets: workbook.sheets.map((one) => one.name), sheet: sheet.name, table };
  }
  const decoded = decodeText(bytes, options.encoding ?? 'auto');
  if (!decoded) {
    const named = options.encoding && options.encoding !== 'auto' ? ` as ${options.encoding}` : '';
    return refusal('undecodable', `${fileName || 'The file'} cannot be read${named}: it is not text in UTF-8, UTF-16, GB18030 or Big5.`, {
      encoding: options.encoding ?? 'auto',
    });
  }
  // Decoding a large file takes a while; parsing starts on a turn of its own.
  await nextTurn();
  return readTableText(decoded.text, 'csv', options, decoded.encoding, decoded.candidates);
}
