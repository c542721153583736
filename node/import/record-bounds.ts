/**
 * Where records end in delimited text, found the way csv-parse reads quotes (with `relax_quotes`), so
 * the text can be cut into slices of whole records and each slice handed to csv-parse's synchronous
 * parser: a quote opens a quoted field only at the field's start; inside one, `""` is a quote and a
 * quote followed by the delimiter, a line end or the end closes it; any other quote closes it and the
 * field goes on unquoted. A line end outside quotes ends a record. The scan jumps from quote to quote
 * and line end to line end, so text without quotes costs a few `indexOf` calls per slice.
 */

const QUOTE = '"';

/** The record delimiter csv-parse would settle on: the first line end outside quotes ('\r\n' before '\r'). */
export function recordDelimiterOf(text: string, delimiter: string): '\r\n' | '\n' | '\r' | null {
  const scan = new RecordScan(text, delimiter, null);
  const end = scan.lineEndAfter(0);
  if (end < 0) return null;
  return text[end] === '\n' ? '\n' : text[end + 1] === '\n' ? '\r\n' : '\r';
}

/** Finds the ends of records in `text`, from a record's start (`from`) on. */
export class RecordScan {
  /** Position up to which quote state is known, and whether that position is inside a quoted field. */
  private at: number;
  private quoted = false;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
    private readonly recordDelimiter: string | null,
    from = 0,
  ) {
    this.at = from;
  }

  private isLineEnd(index: number): boolean {
    const char = this.text[index];
    if (this.recordDelimiter === null) return char === '\n' || char === '\r';
    return this.text.startsWith(this.recordDelimiter, index);
  }

  /** True when a field starts at `index`: the text's start, or right after a delimiter or a record's end. */
  private fieldStartsAt(index: number): boolean {
    if (index === 0) return true;
    if (this.text[index - 1] === this.delimiter) return true;
    if (this.recordDelimiter === null) return this.text[index - 1] === '\n' || this.text[index - 1] === '\r';
    return index >= this.recordDelimiter.length && this.text.startsWith(this.recordDelimiter, index - this.recordDelimiter.length);
  }

  /** Moves the quote state past the quote at `index` (at or after `this.at`). */
  private passQuote(index: number): void {
    if (!this.quoted) {
      this.quoted = this.fieldStartsAt(index);
      this.at = index + 1;
      return;
    }
    if (this.text[index + 1] === QUOTE) {
      this.at = index + 2;
      return;
    }
    // Closing, either properly (delimiter, line end, end of text) or relaxed (the field goes on unquoted).
    this.quoted = false;
    this.at = index + 1;
  }

  /** The index of the first line end at or after `from` that is outside quotes, or -1. */
  lineEndAfter(from: number): number {
    let position = Math.max(from, this.at);
    for (;;) {
      if (this.quoted) {
        const quote = this.text.indexOf(QUOTE, this.at);
        if (quote < 0) return -1;
        this.passQuote(quote);
        position = Math.max(position, this.at);
        continue;
      }
      const quote = this.text.indexOf(QUOTE, this.at);
      const end = this.nextLineEnd(position);
      // Quotes before the candidate line end may open a quoted field that runs across it.
      if (quote >= 0 && (end < 0 || quote < end)) {
        this.passQuote(quote);
        position = Math.max(position, this.at);
        continue;
      }
      if (end < 0) return -1;
      this.at = end;
      return end;
    }
  }

  private nextLineEnd(from: number): number {
    let index = from;
    for (;;) {
      const lf = this.text.indexOf('\n', index);
      const cr = this.text.indexOf('\r', index);
      const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      if (end < 0 || this.isLineEnd(end)) return end;
      index = end + 1;
    }
  }

  /** The index just past the record delimiter at `end`. */
  pastLineEnd(end: number): number {
    if (this.recordDelimiter !== null) return end + this.recordDelimiter.length;
    return this.text[end] === '\r' && this.text[end + 1] === '\n' ? end + 2 : end + 1;
  }
}

/**
 * Cuts `text` into slices of whole records of about `size` characters each (a slice grows to the end
 * of the record it stops in), as [start, end) pairs covering the whole text.
 */
export function* recordSlices(text: string, delimiter: string, recordDelimiter: string | null, size: number): Generator<[number, number]> {
  const scan = new RecordScan(text, delimiter, recordDelimiter);
  let start = 0;
  while (start < text.length) {
    const wanted = start + size;
    if (wanted >= text.length) {
      yield [start, text.length];
      return;
    }
    const end = scan.lineEndAfter(wanted);
    const next = end < 0 ? text.length : scan.pastLineEnd(end);
    yield [start, next];
    start = next;
  }
}
