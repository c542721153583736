import { fail, ok } from '../model';
import type { AccountData, Result } from '../model';
import type { ChangeRecord } from '../history/changes';
import { checkPlan } from '../plan/check';
import { planIssueText } from '../plan/messages';
import type { AccountPlan } from '../plan/types';
import { checkHistory } from './history';
import { FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES, exchangeFileSchema, tooLargeMessage } from './file-schema';
import { findForbiddenKeys } from './forbidden-keys';
import { capDetails, describeZodIssues } from './issues';
import { findJsonProblem, type JsonSyntaxProblem } from './json-syntax';
import { checkReferences } from './references';
import { upgradeFile } from './upgrade';

const BYTE_ORDER_MARK = '\uFEFF';

function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** The message for a list of problems: the first one in full, and how many more are in `details`. */
function summarise(lead: string, problems: readonly string[]): Result<never> {
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more ${problems.length === 2 ? 'problem' : 'problems'})` : '';
  return fail('invalid-file', `${lead}: ${problems[0]}${more}`, capDetails(problems));
}

/** What a person reads for each kind of problem the scan finds before JSON.parse runs. */
function describeJsonProblem(problem: JsonSyntaxProblem): string {
  const where = `at line ${problem.line}, column ${problem.column}`;
  const inside = problem.path ? ` in ${problem.path}` : '';
  switch (problem.kind) {
    case 'syntax':
      return `The file is not valid JSON: ${problem.reason} ${where}.`;
    case 'too-deep':
      return `The file was refused: ${problem.reason} ${where}. A Power Map file nests only a few levels.`;
    case 'duplicate-key':
      return `The file was refused: ${problem.reason}${inside}, ${where}. Each field may be given once, or it would be unclear which value counts.`;
    case 'lone-surrogate':
      return `The file was refused: ${problem.reason}${inside}, ${where}. The file is damaged or was not written as UTF-8 text.`;
  }
}

function parseJson(text: string): Result<unknown> {
  // The scan comes first: JSON.parse would accept duplicate keys and lone surrogates, and would spend
  // long on a hostile nesting before anything could refuse it.
  const problem = findJsonProblem(text);
  if (problem) return fail('invalid-file', describeJsonProblem(problem));
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    return fail('invalid-file', `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Checks the header before the body, so a newer or foreign file gets a message about that, not 200 field errors. */
function checkHeader(file: Record<string, unknown>): Result<null> {
  if (file.format !== FORMAT_NAME) {
    const found = Object.hasOwn(file, 'format') ? `its "format" is ${JSON.stringify(file.format)}` : 'it has no "format" field';
    return fail('invalid-file', `This is not a Power Map file: ${found}, expected "${FORMAT_NAME}".`);
  }
  if (!Object.hasOwn(file, 'version')) {
    return fail('invalid-file', 'The file has no "version" field, so Power Map cannot tell how to read it.');
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('invalid-file', `The file's "version" must be a whole number from 1, found ${JSON.stringify(version)}.`);
  }
  if (version > FORMAT_VERSION) {
    return fail(
      'newer-file-version',
      `This file was written by a newer Power Map (format ${version}; this version reads up to ${FORMAT_VERSION}). Update Power Map to open it.`,
    );
  }
  return ok(null);
}

/**
 * Reads a `.powermap` file's text into checked account data, or says exactly what is wrong and where.
 * Nothing is trusted: size, JSON syntax, keys that could pollute prototypes, header, every field, and
 * the references between records are all checked before any data is returned.
 */
export function parseAccountFile(text: string): Result<AccountData> {
  const file = readAccountFile(text);
  return file.ok ? ok(file.value.data) : file;
}

/** A checked file: its account data, its history when the file carries one, its contact log and actions. */
export interface AccountFile {
  data: AccountData;
  history: ChangeRecord[] | null;
  /** Empty lists for a file without them (format 3 and before). */
  plan: AccountPlan;
}

/**
 * As parseAccountFile, keeping the file's history (format 3, optional). A history is checked like the
 * rest, and must replay to the file's own data: one that contradicts it refuses the whole file.
 */
export function readAccountFile(text: string): Result<AccountFile> {
  if (typeof text !== 'string') return fail('invalid-file', 'The file could not be read as text.');
  if (text.length > MAX_FILE_BYTES) {
    return fail('invalid-file', tooLargeMessage(text.length));
  }
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  if (body.trim() === '') return fail('invalid-file', 'The file is empty.');

  const json = parseJson(body);
  if (!json.ok) return json;

  const forbidden = findForbiddenKeys(json.value);
  if (forbidden.length > 0) {
    return summarise(
      'The file was refused because it contains keys that could change how the program behaves',
      forbidden.map((path) => `${path}: this key is not allowed`),
    );
  }

  const file = json.value;
  if (file === null || typeof file !== 'object' || Array.isArray(file)) {
    return fail('invalid-file', `This is not a Power Map file: it holds ${describeJsonType(file)}, not an object.`);
  }
  const header = checkHeader(file as Record<string, unknown>);
  if (!header.ok) return header;

  const parsed = exchangeFileSchema.safeParse(upgradeFile(file as Record<string, unknown>));
  if (!parsed.success) return summarise('The file does not match the Power Map format', describeZodIssues(parsed.error));

  const { account, competitors, team, people, links, history, contacts = [], actions = [] } = parsed.data;
  const data: AccountData = { account, competitors, team, people, links };
  const broken = checkReferences(data);
  if (broken.length > 0) return summarise("The file's records do not fit together", broken);
  const plan: AccountPlan = { contacts, actions };
  // A log naming a person who is not in the file is refused with the record named.
  const planIssues = checkPlan(data, plan);
  if (planIssues.length > 0) return summarise("The file's contact log or actions do not fit its people", planIssues.map((issue) => planIssueText(issue, 'en')));
  // An empty list says no more than an absent one: the account's timeline starts when it is imported.
  if (history === undefined || history.length === 0) return ok({ data, history: null, plan });
  const contradictions = checkHistory(data, history);
  if (contradictions.length > 0) return summarise("The file's history does not agree with its data", contradictions);
  return ok({ data, history, plan });
}
