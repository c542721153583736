import type { AccountData } from '../shared/model';

/**
 * Text a file supplies (a person's name, a note, a path) reaches the terminal only as visible
 * characters. A terminal obeys control characters: ESC starts sequences that can recolour, retitle or
 * rewrite the screen, BEL rings, CR overwrites the line, and the C1 range (U+0080-U+009F) holds
 * one-byte forms of the same commands. Each is shown as `\u001b` instead, which is also a valid JSON
 * escape, so `--json` output stays parseable.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const visible = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `keepLineBreaks` keeps newline and tab as they are, for whole reports the program laid out itself;
 * without it every control character is escaped, for one field of user text.
 */
export function escapeForTerminal(text: string, { keepLineBreaks = false } = {}): string {
  return text.replace(keepLineBreaks ? CONTROL_EXCEPT_LINES : CONTROL, visible);
}

/** Fields that hold ids, not text: left as they are so the analysis's references still match. */
const ID_FIELDS: ReadonlySet<string> = new Set(['id', 'accountId', 'from', 'to', 'favouredCompetitorId']);

function escapeRecord<T extends object>(record: T): T {
  const copy = { ...record } as Record<string, unknown>;
  for (const [key, value] of Object.entries(copy)) {
    if (typeof value === 'string' && !ID_FIELDS.has(key)) copy[key] = escapeForTerminal(value);
  }
  return copy as T;
}

/**
 * The account with every text field made safe to print, line breaks included: a newline inside a
 * name must not start what looks like a line of the report.
 */
export function terminalSafeAccount(data: AccountData): AccountData {
  return {
    account: escapeRecord(data.account),
    competitors: data.competitors.map(escapeRecord),
    team: data.team.map(escapeRecord),
    people: data.people.map(escapeRecord),
    links: data.links.map(escapeRecord),
  };
}

/** Wraps the command line's output so nothing it prints can drive the terminal. */
export function terminalSafeOutput<T extends { out(text: string): void; err(text: string): void }>(io: T): T {
  return {
    ...io,
    out: (text: string) => io.out(escapeForTerminal(text, { keepLineBreaks: true })),
    err: (text: string) => io.err(escapeForTerminal(text, { keepLineBreaks: true })),
  };
}
