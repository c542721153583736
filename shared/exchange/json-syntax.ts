import { formatPath } from './issues';

/**
 * Checks a JSON text before JSON.parse builds anything from it, and says where it first goes wrong,
 * with a line and column a person can go to. Beyond the grammar it refuses what JSON.parse lets
 * through silently: objects nested absurdly deep (JSON.parse takes most of a second on 630 KB of
 * `[[[[...`, and any walk over the result pays per level), a key given twice in one object (JSON.parse
 * keeps the last, so the file would mean something other than what a reader of the text sees), and
 * lone UTF-16 surrogates (half a character, which no text field can hold).
 *
 * One pass, each character looked at once; the nesting limit keeps the recursion shallow.
 */

export type JsonProblemKind = 'syntax' | 'too-deep' | 'duplicate-key' | 'lone-surrogate';

export interface JsonSyntaxProblem {
  kind: JsonProblemKind;
  /** 1-based */
  line: number;
  /** 1-based, counted in characters */
  column: number;
  reason: string;
  /** Where in the data the problem is, as `people[3].name`; empty at the top level. */
  path: string;
}

/**
 * A Power Map file nests four levels deep (file, people, person, roles); this leaves room for any
 * future format while refusing a hostile file at once.
 */
export const MAX_JSON_DEPTH = 64;

class SyntaxStop {
  constructor(
    readonly kind: JsonProblemKind,
    readonly offset: number,
    readonly reason: string,
    readonly path: string,
  ) {}
}

export function findJsonProblem(text: string): JsonSyntaxProblem | null {
  try {
    new JsonScanner(text).document();
    return null;
  } catch (error) {
    if (!(error instanceof SyntaxStop)) throw error;
    return { kind: error.kind, ...lineAndColumn(text, error.offset), reason: error.reason, path: error.path };
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
  if (code < 0x20) return `a control character (${codePoint(code)})`;
  return `'${ch}'`;
}

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

const NUMBER = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
/** A run of characters that need no attention inside a string: skipped in one step. */
// eslint-disable-next-line no-control-regex -- control characters end a run: they must be escaped in JSON
const PLAIN_RUN = /[^"\\\u0000-\u001f\ud800-\udfff]+/y;
const QUOTE = 34;
const BACKSLASH = 92;

class JsonScanner {
  private pos = 0;
  /** The keys and indices leading to the value being scanned, for messages. */
  private readonly path: Array<string | number> = [];

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

  private stop(reason: string, offset = this.pos, kind: JsonProblemKind = 'syntax'): never {
    throw new SyntaxStop(kind, offset, reason, formatPath(this.path));
  }

  private skipSpace(): void {
    while (this.pos < this.text.length) {
      const code = this.text.charCodeAt(this.pos);
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return;
      this.pos++;
    }
  }

  private value(depth: number): void {
    const ch = this.peek();
    if (ch === '{' || ch === '[') {
      if (depth >= MAX_JSON_DEPTH) this.stop(`the data is nested more than ${MAX_JSON_DEPTH} levels deep`, this.pos, 'too-deep');
      return ch === '{' ? this.object(depth) : this.array(depth);
    }
    if (ch === '"') return void this.string();
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
    const seen = new Set<string>();
    for (;;) {
      this.skipSpace();
      const ch = this.peek();
      if (ch !== '"') {
        if (ch === '}') this.stop("a trailing comma before '}' is not allowed");
        this.stop(`expected a property name in double quotes but found ${describeChar(ch)}`);
      }
      const keyStart = this.pos;
      const key = this.string();
      if (seen.has(key)) {
        this.stop(`the key ${JSON.stringify(key)} appears twice in one object`, keyStart, 'duplicate-key');
      }
      seen.add(key);
      this.skipSpace();
      if (this.peek() !== ':') this.stop(`expected ':' after the property name but found ${describeChar(this.peek())}`);
      this.pos++;
      this.skipSpace();
      this.path.push(key);
      this.value(depth + 1);
      this.path.pop();
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
    for (let index = 0; ; index++) {
      this.skipSpace();
      if (this.peek() === ']') this.stop("a trailing comma before ']' is not allowed");
      this.path.push(index);
      this.value(depth + 1);
      this.path.pop();
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

  /** Scans a string literal and returns its text (decoded only when it holds escapes). */
  private string(): string {
    const start = this.pos;
    const text = this.text;
    let escaped = false;
    /** The high surrogate waiting for its low half, and where it was written. */
    let pendingHigh: { code: number; at: number } | null = null;
    this.pos++; // opening quote
    for (;;) {
      if (!pendingHigh) {
        PLAIN_RUN.lastIndex = this.pos;
        if (PLAIN_RUN.test(text)) this.pos = PLAIN_RUN.lastIndex;
      }
      if (this.pos >= text.length) this.stop('a string is not closed', start);
      let code = text.charCodeAt(this.pos);
      const at = this.pos;
      if (code === QUOTE) break;
      if (code < 0x20) this.stop(`${describeChar(text[this.pos])} inside a string must be escaped`);
      if (code === BACKSLASH) {
        escaped = true;
        const marker = text[this.pos + 1];
        if (marker === 'u') {
          const hex = text.slice(this.pos + 2, this.pos + 6);
          if (!HEX4.test(hex)) this.stop('\\u must be followed by four hexadecimal digits');
          code = parseInt(hex, 16);
          this.pos += 6;
        } else {
          if (marker === undefined || !'"\\/bfnrt'.includes(marker)) this.stop(`unknown escape sequence \\${marker ?? ''}`);
          code = marker.charCodeAt(0);
          this.pos += 2;
        }
      } else {
        this.pos++;
      }
      if (pendingHigh && !isLowSurrogate(code)) this.loneSurrogate(pendingHigh.code, pendingHigh.at);
      if (isLowSurrogate(code) && !pendingHigh) this.loneSurrogate(code, at);
      pendingHigh = isHighSurrogate(code) ? { code, at } : null;
    }
    if (pendingHigh) this.loneSurrogate(pendingHigh.code, pendingHigh.at);
    this.pos++; // closing quote
    return escaped ? (JSON.parse(text.slice(start, this.pos)) as string) : text.slice(start + 1, this.pos - 1);
  }

  private loneSurrogate(code: number, at: number): never {
    this.stop(`a lone surrogate (${codePoint(code)}) is half of a character, not text`, at, 'lone-surrogate');
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match || match[0] === '-') this.stop('a number is malformed');
    this.pos += match[0].length;
  }
}
