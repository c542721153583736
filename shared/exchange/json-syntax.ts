/**
 * Finds where a JSON text first breaks the grammar, with a line and column a person can go to.
 * JSON.parse does the real parsing; this runs only after it has failed, because engines word their
 * errors differently and some give no position at all.
 */

export interface JsonSyntaxProblem {
  /** 1-based */
  line: number;
  /** 1-based, counted in characters */
  column: number;
  reason: string;
}

/** Far beyond any Power Map file, and shallow enough that the recursive scan cannot overflow the stack. */
const MAX_DEPTH = 500;

class SyntaxStop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

export function locateJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  try {
    new JsonScanner(text).document();
    return null;
  } catch (error) {
    if (!(error instanceof SyntaxStop)) throw error;
    return { ...lineAndColumn(text, error.offset), reason: error.reason };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  const code = ch.charCodeAt(0);
  if (code < 0x20) return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  return `'${ch}'`;
}

class JsonScanner {
  private pos = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.skipSpace();
    this.value(0);
    this.skipSpace();
    if (this.pos < this.text.length) this.stop(`unexpected ${describeChar(this.peek())} after the end of the data`);
  }

  private peek(): string | undefined {
    return this.pos < this.text.length ? this.text[this.pos] : undefined;
  }

  private stop(reason: string, offset = this.pos): never {
    throw new SyntaxStop(offset, reason);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') return;
      this.pos++;
    }
  }

  private value(depth: number): void {
    if (depth > MAX_DEPTH) this.stop(`the data is nested more than ${MAX_DEPTH} levels deep (a Power Map file never is)`);
    const ch = this.peek();
    if (ch === '{') return this.object(depth);
    if (ch === '[') return this.array(depth);
    if (ch === '"') return this.string();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    if (ch === "'") this.stop("strings must use double quotes (\"), not single quotes (')");
    this.stop(`expected a value but found ${describeChar(ch)}`);
  }

  private object(depth: number): void {
    this.pos++; // {
    this.skipSpace();
    if (this.peek() === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      const ch = this.peek();
      if (ch !== '"') {
        if (ch === '}') this.stop("a trailing comma before '}' is not allowed");
        this.stop(`expected a property name in double quotes but found ${describeChar(ch)}`);
      }
      this.string();
      this.skipSpace();
      if (this.peek() !== ':') this.stop(`expected ':' after the property name but found ${describeChar(this.peek())}`);
      this.pos++;
      this.skipSpace();
      this.value(depth + 1);
      this.skipSpace();
      const next = this.peek();
      if (next === '}') {
        this.pos++;
        return;
      }
      if (next !== ',') this.stop(`expected ',' or '}' but found ${describeChar(next)}`);
      this.pos++;
    }
  }

  private array(depth: number): void {
    this.pos++; // [
    this.skipSpace();
    if (this.peek() === ']') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.peek() === ']') this.stop("a trailing comma before ']' is not allowed");
      this.value(depth + 1);
      this.skipSpace();
      const next = this.peek();
      if (next === ']') {
        this.pos++;
        return;
      }
      if (next !== ',') this.stop(`expected ',' or ']' but found ${describeChar(next)}`);
      this.pos++;
    }
  }

  private string(): void {
    const start = this.pos;
    this.pos++; // opening quote
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) this.stop('a string is not closed', start);
      if (ch === '"') {
        this.pos++;
        return;
      }
      if (ch.charCodeAt(0) < 0x20) this.stop(`${describeChar(ch)} inside a string must be escaped`);
      if (ch === '\\') {
        const escaped = this.text[this.pos + 1];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
            this.stop('\\u must be followed by four hexadecimal digits');
          }
          this.pos += 6;
          continue;
        }
        if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) {
          this.stop(`unknown escape sequence \\${escaped ?? ''}`);
        }
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
  }

  private number(): void {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match || match[0] === '-') this.stop('a number is malformed');
    this.pos += match[0].length;
  }
}
