import { createStore } from 'zustand/vanilla';
import type { Edit } from '../../../../shared/edit';
import type { DuplicateAction, FieldTarget, ImportPreview, ImportSource, ImportSummary } from '../../../../shared/import/types';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../../shared/import/types';
import type { AppError, Layer, Result } from '../../../../shared/model';
import type { IpcClient } from '../../stores/client';
import type { ImportPicks } from './importChoices';
import { initialPicks, mapsAName, remapColumn, toChoices } from './importChoices';

export type ImportStep = 'source' | 'columns' | 'review' | 'done';
export type BusyKind = 'reading' | 'previewing' | 'importing';

/** The commit's edit, fetched part by part when it is large (import.editPart); null when a part is missing. */
async function wholeEdit(client: IpcClient, edit: Edit, parts: { commitId: string; count: number } | undefined): Promise<Edit | null> {
  if (!parts) return edit;
  const forward: Edit['forward'] = [];
  const inverse: Edit['inverse'] = [];
  for (let index = 0; index < parts.count; index++) {
    const part = await client.call('import.editPart', { commitId: parts.commitId, index });
    if (!part.ok) return null;
    for (const op of part.value.forward) forward.push(op);
    for (const op of part.value.inverse) inverse.push(op);
  }
  return { forward, inverse };
}

/** A message for the dialog: a key of the import's messages and its values, never a library's text. */
export interface ImportNotice {
  key: string;
  params: Record<string, string | number>;
}

export interface ImportTarget {
  accountId: string;
  accountName: string;
}

export interface ImportDialogState {
  target: ImportTarget | null;
  step: ImportStep;
  busy: BusyKind | null;
  /** what is being read, for the progress line ("" for pasted cells) */
  reading: string | null;
  source: ImportSource | null;
  picks: ImportPicks;
  preview: ImportPreview | null;
  /** a refused file or a failed call, shown in the dialog; nothing was written */
  notice: ImportNotice | null;
  summary: ImportSummary | null;
  open(target: ImportTarget): void;
  /** Refused while the import is being written. */
  close(): void;
  /** The native open dialog (no path), or a file the OS handed the app (its path). */
  readFile(path?: string, fileName?: string): Promise<void>;
  readBytes(fileName: string, bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  readText(text: string): Promise<void>;
  reread(patch: { encoding?: ImportSource['encoding']; sheet?: string; headerRow?: number }): Promise<void>;
  remap(column: number, target: FieldTarget): void;
  toReview(): Promise<void>;
  back(): void;
  choose(patch: Partial<Omit<ImportPicks, 'mapping'>>): Promise<void>;
  acceptSuggestion(rowIndex: number): Promise<void>;
  setRowLayer(rowIndex: number, layer: Layer): Promise<void>;
  setRowDuplicate(rowIndex: number, action: DuplicateAction): Promise<void>;
  commit(): Promise<void>;
}

export interface ImportSessionDeps {
  client: IpcClient;
  /** Saves pending edits first: the import's transaction must come after what the user already did. */
  flush(): Promise<void>;
  /**
   * Records the written import as one undo step in the open account and selects the people; false when
   * the editor holds another account (or none), and the account is then opened on them instead.
   */
  adopt(accountId: string, edit: Edit, personIds: string[]): boolean;
  openAccount(accountId: string, personIds: string[]): void;
  /** The map opens on the imported people. */
  imported(personIds: string[], summary: ImportSummary): void;
}

const MEGABYTE = 1024 * 1024;

/** What to tell the user about a failed call; null for a closed file dialog (nothing to say). */
export function noticeFor(error: AppError, fileName: string): ImportNotice | null {
  if (error.code === 'cancelled') return null;
  const name = fileName || '—';
  const defaults = { name, max: error.key === 'import.refused.too-large' ? MAX_IMPORT_BYTES / MEGABYTE : MAX_IMPORT_ROWS, line: '?', sheet: '', rows: '?' };
  if (error.key?.startsWith('import.refused.')) return { key: error.key, params: { ...defaults, ...error.params, name } };
  if (error.code === 'invalid-file' || error.code === 'io') return { key: 'import.refused.unreadable', params: { name } };
  return { key: 'import.failed', params: {} };
}

const empty = initialPicks([]);

/**
 * The contacts import dialog's state: read a source (file, dropped bytes or pasted cells), confirm the
 * columns, review the rows as they will land, then write them in one step. Every call's failure becomes a
 * notice in the dialog; only the commit writes anything.
 */
export function createImportDialogStore(deps: ImportSessionDeps) {
  return createStore<ImportDialogState>()((set, get) => {
    /** Answers to an older preview request are dropped: only the latest picks count. */
    let previewToken = 0;

    async function read(label: string, call: () => Promise<Result<ImportSource>>): Promise<void> {
      if (get().busy === 'importing') return;
      set({ busy: 'reading', reading: label, notice: null });
      const result = await call();
      if (!get().target) return;
      if (!result.ok) {
        set({ busy: null, reading: null, notice: noticeFor(result.error, label) });
        return;
      }
      set({ busy: null, reading: null, source: result.value, picks: initialPicks(result.value.mapping, get().picks.fallbackLayer), preview: null, step: 'columns' });
    }

    async function refreshPreview(picks: ImportPicks): Promise<boolean> {
      const { source, target } = get();
      if (!source || !target) return false;
      const token = ++previewToken;
      set({ picks, busy: 'previewing', notice: null });
      const result = await deps.client.call('import.preview', { sourceId: source.sourceId, accountId: target.accountId, choices: toChoices(picks) });
      if (token !== previewToken || !get().target) return false;
      if (!result.ok) {
        set({ busy: null, notice: noticeFor(result.error, source.fileName) });
        return false;
      }
      set({ busy: null, preview: result.value });
      return true;
    }

    return {
      target: null,
      step: 'source',
      busy: null,
      reading: null,
      source: null,
      picks: empty,
      preview: null,
      notice: null,
      summary: null,

      open(target) {
        if (get().busy === 'importing') return;
        previewToken++;
        set({ target, step: 'source', busy: null, reading: null, source: null, picks: empty, preview: null, notice: null, summary: null });
      },

      close() {
        if (get().busy === 'importing') return;
        previewToken++;
        set({ target: null, busy: null, reading: null, source: null, preview: null, notice: null, summary: null, step: 'source' });
      },

      readFile(path, fileName) {
        return read(fileName ?? '', () => deps.client.call('import.readFile', path ? { path } : {}));
      },

      readBytes(fileName, bytes) {
        return read(fileName, () => deps.client.call('import.readBytes', { fileName, bytes }));
      },

      readText(text) {
        return read('', () => deps.client.call('import.readText', { text }));
      },

      reread(patch) {
        const source = get().source;
        if (!source) return Promise.resolve();
        const args = { sourceId: source.sourceId, ...(patch.encoding ? { encoding: patch.encoding } : {}), ...(patch.sheet !== undefined ? { sheet: patch.sheet } : {}), ...(patch.headerRow !== undefined ? { headerRow: patch.headerRow } : {}) };
        return read(source.fileName, () => deps.client.call('import.reread', args));
      },

      remap(column, target) {
        set((state) => ({ picks: { ...state.picks, mapping: remapColumn(state.picks.mapping, column, target) }, preview: null }));
      },

      async toReview() {
        const { picks, busy } = get();
        if (busy || !mapsAName(picks.mapping)) return;
        if (await refreshPreview(picks)) set({ step: 'review' });
      },

      back() {
        const { step, busy } = get();
        if (busy === 'importing') return;
        previewToken++;
        if (step === 'review') set({ step: 'columns', busy: null, notice: null });
        else if (step === 'columns') set({ step: 'source', busy: null, source: null, preview: null, notice: null });
      },

      async choose(patch) {
        await refreshPreview({ ...get().picks, ...patch });
      },

      async acceptSuggestion(rowIndex) {
        const picks = get().picks;
        if (picks.acceptedSuggestions.includes(rowIndex)) return;
        await refreshPreview({ ...picks, acceptedSuggestions: [...picks.acceptedSuggestions, rowIndex] });
      },

      async setRowLayer(rowIndex, layer) {
        const picks = get().picks;
        await refreshPreview({ ...picks, layerOverrides: { ...picks.layerOverrides, [rowIndex]: layer } });
      },

      async setRowDuplicate(rowIndex, action) {
        const picks = get().picks;
        await refreshPreview({ ...picks, duplicateOverrides: { ...picks.duplicateOverrides, [rowIndex]: action } });
      },

      async commit() {
        const { source, target, picks, busy } = get();
        if (!source || !target || busy) return;
        previewToken++;
        set({ busy: 'importing', notice: null });
        await deps.flush();
        const result = await deps.client.call('import.commit', { sourceId: source.sourceId, accountId: target.accountId, choices: toChoices(picks) });
        if (!result.ok) {
          set({ busy: null, notice: noticeFor(result.error, source.fileName) });
          return;
        }
        const { summary } = result.value;
        // A large import's edit comes in parts; without all of them the map reads the account afresh
        // (the import is written either way) and the import is not an undo step.
        const edit = await wholeEdit(deps.client, result.value.edit, result.value.editParts);
        if (!edit || !deps.adopt(target.accountId, edit, summary.personIds)) deps.openAccount(target.accountId, summary.personIds);
        set({ busy: null, step: 'done', summary });
        deps.imported(summary.personIds, summary);
      },
    };
  });
}

export type ImportDialogStore = ReturnType<typeof createImportDialogStore>;
