import type { Edit } from '../edit/edit';
import type { Layer } from '../model';

/**
 * The import's vocabulary, shared by node/import (reading files), shared/import (mapping, matching,
 * preview, ops), the IPC handlers, the renderer's import dialog and the command line.
 */

/** Text encodings the importer reads; `auto` (strict UTF-8 first, then what decodes cleanly) picks one. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Where the table came from: a delimited text file, an Excel workbook, or cells pasted from the clipboard. */
export type SourceKind = 'csv' | 'xlsx' | 'paste';

/** Most rows and bytes one import reads; more is refused with a message, nothing written. */
export const MAX_IMPORT_ROWS = 50_000;
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * A table as read from the source, every cell as text (dates from Excel already as YYYY-MM-DD, numbers
 * with all their digits). The header row has been found and merged header cells filled.
 */
export interface ParsedTable {
  /** One label per column; for two-row headers "upper / lower" (e.g. "联系方式 / 手机"). */
  headers: string[];
  /** The data rows below the header, each as long as `headers`. */
  rows: string[][];
  /** For each data row, its 1-based row (line) number in the source, for messages. */
  rowNumbers: number[];
  /** 1-based number of the (first) header row in the source; 0 when the table has no header row. */
  headerRow: number;
  /** 1 or 2: how many rows the header spans (a merged two-row Chinese header is 2). */
  headerRowCount: number;
  /** Text above the header (a sheet's title row), shown so the user sees what was skipped. */
  titleRows: string[];
}

/**
 * What a column can become. `firstName`/`lastName` are joined into the person's name (Latin order
 * "first last", no space between CJK parts); `owner` is one of our team, with a covers link;
 * `reportsTo` is a name or an e-mail, resolved after all rows are read; `id` is a person id from our
 * own export, so a re-imported sheet updates those people.
 */
export const FIELD_TARGETS = [
  'id',
  'name',
  'firstName',
  'lastName',
  'title',
  'department',
  'email',
  'phone',
  'contact',
  'layer',
  'roles',
  'attitude',
  'influence',
  'driver',
  'judgesBy',
  'targetRelationship',
  'lastContact',
  'nextStep',
  'notes',
  'verifiedOn',
  'source',
  'reportsTo',
  'owner',
  'ignore',
] as const;
export type FieldTarget = (typeof FIELD_TARGETS)[number];

/** One target per column, in column order. */
export type ColumnMapping = FieldTarget[];

/** What happens to a row that matches a person already in the account. */
export const DUPLICATE_ACTIONS = ['update', 'overwrite', 'add', 'skip'] as const;
export type DuplicateAction = (typeof DUPLICATE_ACTIONS)[number];

/** A source read and parsed, before any mapping is confirmed. */
export interface ImportSource {
  /** Names this source in later calls (import.reread, import.preview, import.commit); held by the main process. */
  sourceId: string;
  /** The file's name (no folder), or "" for pasted cells. */
  fileName: string;
  kind: SourceKind;
  /** The encoding used (null for XLSX). */
  encoding: Encoding | null;
  /** Encodings that decode these bytes cleanly, best first; the preview offers them. */
  encodingCandidates: Encoding[];
  delimiter: Delimiter | null;
  /** XLSX: every sheet's name; the one holding the table is `sheet`. */
  sheets: string[];
  sheet: string | null;
  table: ParsedTable;
  /** The auto-mapping, or the mapping remembered for these headers. */
  mapping: ColumnMapping;
  /** true when `mapping` is one the user confirmed earlier for a file with the same headers. */
  mappingRemembered: boolean;
}

/** The user's decisions, sent with import.preview and import.commit. */
export interface ImportChoices {
  mapping: ColumnMapping;
  /** What to do with every matched row unless `duplicateOverrides` says otherwise (default update). */
  onDuplicate: DuplicateAction;
  /** Per data row index (ParsedTable.rows index, as a string key). */
  duplicateOverrides?: Record<string, DuplicateAction>;
  /** true: every suggested layer taken (the command line does this). */
  acceptAllSuggestions: boolean;
  /** Data row indexes whose suggestion is accepted one by one (when acceptAllSuggestions is false). */
  acceptedSuggestions?: number[];
  /** A layer chosen by hand for a row (key: data row index); wins over a column and a suggestion. */
  layerOverrides?: Record<string, Layer>;
  /** Where people go who have no layer column value and no (accepted) suggestion. */
  fallbackLayer: Layer;
}

/**
 * Problem codes; the message key is `import.problem.<code>` (English and 简体中文 in the renderer,
 * English in the command line), with `value` and `column` as parameters.
 */
export const PROBLEM_CODES = [
  'missing-name',
  'bad-date',
  'bad-influence',
  'bad-attitude',
  'bad-layer',
  'bad-role',
  'bad-driver',
  'bad-strength',
  'unknown-id',
  'reports-to-unmatched',
  'reports-to-self',
  'duplicate-in-file',
  'too-long',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** What the importer does about a problem. */
export type ProblemOutcome = 'row-skipped' | 'value-ignored' | 'value-cut' | 'rows-merged' | 'link-skipped' | 'added-as-new';

export interface ImportProblem {
  code: ProblemCode;
  /** `import.problem.<code>` */
  messageKey: string;
  /** Data row index (ParsedTable.rows) and its 1-based row number in the source. */
  rowIndex: number;
  row: number;
  /** Column index and header; null for a problem of the whole row. */
  columnIndex: number | null;
  column: string | null;
  /** The cell's text as read. */
  value: string;
  outcome: ProblemOutcome;
}

export type RowAction = 'add' | 'update' | 'overwrite' | 'skip' | 'merged';

/** One row as it will land. */
export interface PreviewRow {
  rowIndex: number;
  row: number;
  name: string;
  title: string;
  department: string;
  email: string;
  phone: string;
  /** The layer the person will get, and why. */
  layer: Layer;
  layerOrigin: 'column' | 'chosen' | 'suggested' | 'existing' | 'fallback';
  /** A layer suggested from the title (DOMAIN's list), or null; shown as "suggested" until accepted. */
  suggestedLayer: Layer | null;
  suggestionAccepted: boolean;
  action: RowAction;
  /** The person already in the account this row matched, and how. */
  match: { personId: string; name: string; by: 'id' | 'email' | 'name' } | null;
  /** For a second row of one person in the file: the index of the row it merges into. */
  mergedInto: number | null;
  ownerName: string;
  reportsTo: string;
}

export interface ImportCounts {
  rows: number;
  added: number;
  updated: number;
  skipped: number;
  /** Rows folded into an earlier row for the same person. */
  merged: number;
  /** Team members the import creates (owners not yet on our team). */
  teamAdded: number;
  reportsToLinks: number;
  coversLinks: number;
}

export interface ImportPreview {
  rows: PreviewRow[];
  problems: ImportProblem[];
  counts: ImportCounts;
  /** Rows with a suggested layer (accepted or not). */
  suggestions: number;
}

/** What import.commit (and the command line) did. */
export interface ImportSummary {
  counts: ImportCounts;
  problems: ImportProblem[];
  /** The people added or updated, so the map can open on them. */
  personIds: string[];
  /** What each imported person's `source` now says, in the app's language: "contacts.csv, imported 2026-12-06", "contacts.csv，2026-12-06 导入". */
  source: string;
}

/** import.commit's result: what was written (already in the database) and how to take it back. */
export interface ImportCommitted {
  /**
   * The ops written in one transaction and their inverse: the renderer records this as one undo step.
   * Empty when the edit is large: it then comes in `editParts`.
   */
  edit: Edit;
  /**
   * A large edit (thousands of people) is fetched in parts with import.editPart, index 0 to count - 1,
   * each a slice of the forward and inverse ops: the main process copies each answer to the page in
   * one go, and the whole edit at once would hold it up for a tenth of a second and more.
   */
  editParts?: { commitId: string; count: number };
  summary: ImportSummary;
  updatedAt: string;
}

/**
 * Why a source was refused; the message key is `import.refused.<code>`. Nothing has been written.
 * `where` names the place: a line for a broken quote, a sheet for an empty one.
 */
export const REFUSAL_CODES = [
  'not-a-table',
  'encrypted-xlsx',
  'corrupt-xlsx',
  'empty',
  'too-many-rows',
  'too-large',
  'broken-quote',
  'undecodable',
  'unknown-sheet',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface ImportRefusal {
  code: RefusalCode;
  /** English sentence saying what and where (the command line prints it). */
  message: string;
  /** e.g. { line: 12 } or { sheet: "Sheet2" } or { rows: 60000 }. */
  params: Record<string, string | number>;
}

/** Columns of the exported people table, in order; each header reads back to the same field. */
export const EXPORT_FORMATS_TABLE = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof EXPORT_FORMATS_TABLE)[number];
