import { Parser, type CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { DELIMITERS, MAX_IMPORT_ROWS, type Delimiter } from '../../shared/import/types';
import { RecordScan, recordDelimiterOf, recordSlices } from './record-bounds';
import { refusal, type Refused } from './refusal';
import { nextTurn } from './slices';

/**
 * Delimited text (CSV, semicolon CSV, TSV, cells pasted from Excel or a web table) as rows of cells.
 * Read in slices of whole records, yielding to the event loop between them, so a large file never holds
 * the main process up for long: records with a quote by csv-parse's synchronous parser, others split as
 * csv-parse would read them.
 */

export interface RawRows {
  /** Cells as written, rows of uneven length allowed. */
  cells: string[][];
  /** 1-based line of each row's start in the text. */
  lines: number[];
  delimiter: Delimiter;
}

/** Quotes open and close on a line only outside a quoted field; a rough count is all delimiter choice needs. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * The delimiter that splits the first lines most evenly into more than one column: tab for pasted
 * cells and "Unicode text", semicolon for CSV saved where the comma is the decimal separator.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text.slice(0, 65_536).split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').slice(0, 30);
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const frequency = new Map<number, number>();
    for (const count of counts) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    let score = 0;
    for (const [count, times] of frequency) score = Math.max(score, times * Math.log2(count + 1));
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** Characters parsed between two turns of the event loop (a few milliseconds of csv-parse). */
const SLICE = 64 * 1024;

const parserOptions = (delimiter: Delimiter) => ({
  delimiter,
  bom: true,
  relax_column_count: true,
  // A quote inside an unquoted field (5'11", 3" pipe) is text; only an unclosed quoted field is broken.
  relax_quotes: true,
  skip_empty_lines: false,
});

/** Collects csv-parse's records: blank ones dropped, each kept record's 1-based starting line noted. */
class RowCollector {
  readonly cells: string[][] = [];
  readonly lines: number[] = [];
  /** Line numbers are counted here rather than asked of csv-parse (its `info` costs a third of the parse). */
  nextLine = 1;
  tooMany = false;

  /** `multiline`: whether a cell may hold a line end (it can only when the text has a quote). */
  add(record: string[], multiline: boolean): void {
    const startLine = this.nextLine;
    this.nextLine++;
    let blank = true;
    for (const cell of record) {
      if (multiline && cell.includes('\n')) this.nextLine += cell.split('\n').length - 1;
      if (blank && cell.trim() !== '') blank = false;
    }
    if (blank) return;
    if (this.cells.length > MAX_IMPORT_ROWS + 2) {
      this.tooMany = true;
      return;
    }
    this.cells.push(record);
    this.lines.push(startLine);
  }
}

function brokenQuote(line: number): Refused {
  return refusal('broken-quote', `The text has a broken quote: a quoted field opened at line ${line} is never closed (or text follows its closing quote).`, { line });
}

/**
 * A slice without a quote, as csv-parse reads it: each record delimiter ends a record (a last one at
 * the slice's end adds no empty record), each delimiter ends a cell, nothing else is special. Most
 * files quote nothing, or only a few cells, and splitting is many times quicker than csv-parse, which
 * turns the text into bytes and every cell back into a string.
 */
export function splitUnquoted(text: string, delimiter: Delimiter, recordDelimiter: string | null): string[][] {
  if (text === '') return [];
  const records = recordDelimiter === null ? [text] : text.split(recordDelimiter);
  if (recordDelimiter !== null && text.endsWith(recordDelimiter)) records.pop();
  const cells = new Array<string[]>(records.length);
  for (let index = 0; index < records.length; index++) cells[index] = (records[index] as string).split(delimiter);
  return cells;
}

/**
 * One record, text[from, to) without its record delimiter, when its quotes are all plain: each quoted
 * cell opens at the cell's start and closes right before a delimiter or the record's end, with `""` for
 * a quote inside; no quote in an unquoted cell. Null otherwise (csv-parse then reads it, relaxed quotes
 * and broken ones alike). Cells as csv-parse gives them.
 */
export function plainQuotedRecord(text: string, from: number, to: number, delimiter: string): string[] | null {
  const cells: string[] = [];
  let at = from;
  for (;;) {
    if (at < to && text.charCodeAt(at) === 34) {
      let value = '';
      let inside = at + 1;
      for (;;) {
        const quote = text.indexOf('"', inside);
        if (quote < 0 || quote >= to) return null;
        if (quote + 1 < to && text.charCodeAt(quote + 1) === 34) {
          value += text.slice(inside, quote + 1);
          inside = quote + 2;
          continue;
        }
        value += text.slice(inside, quote);
        at = quote + 1;
        break;
      }
      cells.push(value);
      if (at === to) return cells;
      if (text[at] !== delimiter) return null;
      at++;
      continue;
    }
    const next = text.indexOf(delimiter, at);
    const cellEnd = next < 0 || next >= to ? to : next;
    const cell = text.slice(at, cellEnd);
    if (cell.includes('"')) return null;
    cells.push(cell);
    if (cellEnd === to) return cells;
    at = cellEnd + 1;
  }
}

/**
 * The text cut into slices of whole records (see record-bounds.ts), each read with a turn of the event
 * loop between slices. Within a slice, the records without a quote are split as they are (splitUnquoted),
 * a record with plain quotes is read by plainQuotedRecord, and any other by csv-parse's synchronous
 * parser. False when a record does not parse: the streaming parser then reads the text again, to say on
 * which line the broken quote opened.
 */
async function parseInRecordSlices(text: string, delimiter: Delimiter, rows: RowCollector): Promise<boolean> {
  const recordDelimiter = recordDelimiterOf(text, delimiter);
  const withRecordDelimiter = recordDelimiter === null ? {} : { record_delimiter: recordDelimiter };
  // A byte-order mark is taken off the text's start only (csv-parse would take it off any slice's).
  const options = { ...parserOptions(delimiter), ...withRecordDelimiter, bom: false };
  const firstOptions = { ...options, bom: true };
  const quoted = text.includes('"');
  let nextQuote = quoted ? text.indexOf('"') : -1;
  const quoteFrom = (from: number) => {
    if (nextQuote >= 0 && nextQuote < from) nextQuote = text.indexOf('"', from);
    return nextQuote;
  };
  const split = (from: number, to: number) => {
    if (from >= to) return;
    for (const record of splitUnquoted(text.slice(from === 0 && text.charCodeAt(0) === 0xfeff ? 1 : from, to), delimiter, recordDelimiter)) rows.add(record, quoted);
  };
  for (const [start, end] of recordSlices(text, delimiter, recordDelimiter, SLICE)) {
    let position = start;
    while (position < end && !rows.tooMany) {
      const quote = quoteFrom(position);
      if (quote < 0 || quote >= end) {
        split(position, end);
        break;
      }
      // The records before the quote's have none; the quote's record starts after the last record end before it.
      const lastEnd = recordDelimiter === null ? -1 : text.lastIndexOf(recordDelimiter, quote);
      const runStart = lastEnd < position ? position : lastEnd + (recordDelimiter as string).length;
      split(position, runStart);
      // The quote's record: read here when its quotes are the plain kind (Excel's), else by csv-parse.
      const scan = new RecordScan(text, delimiter, recordDelimiter, runStart);
      const lineEnd = scan.lineEndAfter(quote);
      const runEnd = lineEnd < 0 || lineEnd >= end ? end : scan.pastLineEnd(lineEnd);
      const cellsStart = runStart === 0 && text.charCodeAt(0) === 0xfeff ? 1 : runStart;
      const plain = plainQuotedRecord(text, cellsStart, lineEnd < 0 || lineEnd >= end ? end : lineEnd, delimiter);
      if (plain) rows.add(plain, quoted);
      else {
        try {
          const records = parse(text.slice(runStart, runEnd), runStart === 0 ? firstOptions : options) as string[][];
          for (const record of records) rows.add(record, quoted);
        } catch {
          return false;
        }
      }
      position = runEnd;
    }
    if (rows.tooMany) break;
    await nextTurn();
  }
  return true;
}

/** csv-parse's stream parser fed in slices: slower than the synchronous one, but it knows where it stopped. */
async function parseStreaming(text: string, delimiter: Delimiter, rows: RowCollector): Promise<CsvError | null> {
  const parser = new Parser(parserOptions(delimiter));
  parser.on('readable', () => {
    let record: string[] | null;
    while ((record = parser.read() as string[] | null) !== null) rows.add(record, true);
  });
  const done = new Promise<CsvError | null>((resolve) => {
    parser.on('end', () => resolve(null));
    parser.on('error', (error: CsvError) => resolve(error));
  });
  for (let offset = 0; offset < text.length && !rows.tooMany; offset += SLICE) {
    // A slice may end inside a surrogate pair or a CRLF; csv-parse joins chunks, so either is fine.
    parser.write(text.slice(offset, offset + SLICE));
    await nextTurn();
  }
  parser.end();
  return done;
}

export async function parseDelimited(text: string, delimiter: Delimiter = detectDelimiter(text)): Promise<RawRows | Refused> {
  let rows = new RowCollector();
  if (!(await parseInRecordSlices(text, delimiter, rows))) {
    rows = new RowCollector();
    const error = await parseStreaming(text, delimiter, rows);
    if (error) return brokenQuote(rows.nextLine);
  }
  if (rows.tooMany) return refusal('too-many-rows', `The table has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows; split it into smaller files.`, { rows: MAX_IMPORT_ROWS });
  return { cells: rows.cells, lines: rows.lines, delimiter };
}
