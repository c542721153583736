import { z } from 'zod';
import type { Edit } from '../edit/edit';
import { LAYERS } from '../model/enums';
import {
  DUPLICATE_ACTIONS,
  ENCODINGS,
  EXPORT_FORMATS_TABLE,
  FIELD_TARGETS,
  MAX_IMPORT_BYTES,
  type ImportCommitted,
  type ImportPreview,
  type ImportSource,
} from '../import/types';

/**
 * The contact import's and the people table export's part of the IPC contract (merged into
 * argSchemas / ResultTypes in contract.ts). The flow, step by step, is in docs/import-api.md.
 */

const id = z.string().min(1).max(64);
const rowIndex = z.number().int().min(0);

export const importChoicesSchema = z.strictObject({
  mapping: z.array(z.enum(FIELD_TARGETS)).max(500),
  onDuplicate: z.enum(DUPLICATE_ACTIONS),
  duplicateOverrides: z.record(z.string().regex(/^\d+$/), z.enum(DUPLICATE_ACTIONS)).optional(),
  acceptAllSuggestions: z.boolean(),
  acceptedSuggestions: z.array(rowIndex).max(60_000).optional(),
  layerOverrides: z.record(z.string().regex(/^\d+$/), z.enum(LAYERS)).optional(),
  fallbackLayer: z.enum(LAYERS),
});

/** A file the OS handed the app; `kind` says which import opens it. */
export interface OpenedFile {
  path: string;
  fileName: string;
  kind: 'powermap' | 'contacts';
}

export const importArgSchemas = {
  /**
   * The files the OS handed the app that the page has not had yet (a double click that started the app,
   * macOS open-file before the window loaded), in order, each once. The page asks once it listens for
   * OPEN_FILE_EVENT; files that come later are sent with that event.
   */
  'app.takeOpenedFiles': z.strictObject({}),
  /**
   * Reads a contacts table (CSV / TSV / TXT / XLSX): with no path, asks which file (native dialog);
   * a path is accepted only when the OS handed it to the app (OPEN_FILE_EVENT). Decoded and parsed
   * off the main thread. Refusals come back as `invalid-file` errors with `key: import.refused.<code>`.
   */
  'import.readFile': z.strictObject({ path: z.string().min(1).max(4_096).optional() }),
  /** A file dropped on the window, as its bytes (the page reads the File). */
  'import.readBytes': z.strictObject({
    fileName: z.string().max(1_000),
    bytes: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array, 'the file must arrive as bytes')
      .refine((bytes) => bytes.byteLength <= MAX_IMPORT_BYTES, 'the file is over 50 MB'),
  }),
  /** Cells pasted from Excel or a web table (tab-separated text), or any pasted CSV. */
  'import.readText': z.strictObject({ text: z.string().max(MAX_IMPORT_BYTES) }),
  /** Reads the same source again with another encoding, sheet or header row (1-based; 0: no header). */
  'import.reread': z.strictObject({
    sourceId: id,
    encoding: z.enum(ENCODINGS).optional(),
    sheet: z.string().max(200).optional(),
    headerRow: z.number().int().min(0).max(1_000).optional(),
  }),
  /** The rows as they would land in the account, with every problem, suggestion and duplicate match. */
  'import.preview': z.strictObject({ sourceId: id, accountId: id, choices: importChoicesSchema }),
  /**
   * Writes the import in one transaction and returns its edit (forward + inverse ops) for the undo
   * stack, and a summary. The mapping is remembered for files with the same headers.
   */
  'import.commit': z.strictObject({ sourceId: id, accountId: id, choices: importChoicesSchema }),
  /** One part of a large commit's edit (see ImportCommitted.editParts). */
  'import.editPart': z.strictObject({ commitId: id, index: z.number().int().min(0).max(100_000) }),
  /**
   * Asks where to save (native dialog) and writes the account's people table as CSV (UTF-8, BOM) or XLSX.
   * E-mail, phone, other contact details, drivers and private notes only with includePrivate.
   */
  'people.exportTable': z.strictObject({ accountId: id, format: z.enum(EXPORT_FORMATS_TABLE), includePrivate: z.boolean().default(false) }),
} as const;

export interface ImportResultTypes {
  'app.takeOpenedFiles': OpenedFile[];
  'import.readFile': ImportSource;
  'import.readBytes': ImportSource;
  'import.readText': ImportSource;
  'import.reread': ImportSource;
  'import.preview': ImportPreview;
  'import.commit': ImportCommitted;
  'import.editPart': Edit;
  'people.exportTable': { path: string; rows: number };
}
