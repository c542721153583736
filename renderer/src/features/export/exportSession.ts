import { createStore } from 'zustand/vanilla';
import type { DrawnImage, ExportFormat, ExportProgress, Locale } from '../../../../shared/ipc';
import type { IpcClient } from '../../stores/client';
import type { ExportChoices, ExportRequest } from './exportChoices';
import { DEFAULT_CHOICES, effectiveFormat, saveArgs } from './exportChoices';

/** A job shorter than this shows nothing extra; a longer one shows its progress and a Cancel button. */
export const SLOW_EXPORT_MS = 1000;

export interface ExportJob {
  id: string;
  format: ExportFormat;
  /** the last progress event for this job, null until the first one */
  progress: ExportProgress | null;
  /** true once the job has run longer than SLOW_EXPORT_MS */
  slow: boolean;
  /** the user asked to stop; waiting for the main process to say it has */
  cancelling: boolean;
}

export interface ExportDialogState {
  request: ExportRequest | null;
  /** the last picks, kept while the app runs (except "include private fields", unticked at each opening) */
  choices: ExportChoices;
  job: ExportJob | null;
  /** the last failure's message, shown in the dialog until the next try */
  error: string | null;
  open(request: ExportRequest): void;
  /** Closes the dialog; refused while a job runs (the only way out then is cancelling the job). */
  close(): void;
  choose(patch: Partial<ExportChoices>): void;
  start(): Promise<void>;
  cancel(): void;
}

export interface ExportSessionDeps {
  client: IpcClient;
  onProgress(listener: (progress: ExportProgress) => void): () => void;
  locale(): Locale;
  /** Saves pending edits, so the file holds what the user sees. */
  flush(): Promise<void>;
  /** The .powermap file, written by the account screen's own export (it asks where and says where). */
  exportAccountFile(): Promise<void>;
  /** reduced: the image as drawn when it got a smaller scale than asked for (a large map), else null */
  saved(path: string, reduced: DrawnImage | null): void;
  newJobId(): string;
}

/**
 * The export dialog's state and the one export job it may run. A job's result decides how the dialog
 * ends: saved (closed, the toast names the file), cancelled by the user here or in the save dialog
 * (closed without a word) or failed (the dialog stays open with the message, to try again).
 */
export function createExportDialogStore(deps: ExportSessionDeps) {
  return createStore<ExportDialogState>()((set, get) => {
    function updateJob(id: string, patch: Partial<ExportJob>) {
      const job = get().job;
      if (job?.id === id) set({ job: { ...job, ...patch } });
    }

    return {
      request: null,
      choices: DEFAULT_CHOICES,
      job: null,
      error: null,
      open(request) {
        if (get().job) return;
        // Every other pick is remembered; private fields must be asked for again each time.
        set((state) => ({ request, error: null, choices: { ...state.choices, includePrivate: false } }));
      },
      close() {
        if (get().job) return;
        set({ request: null, error: null });
      },
      choose(patch) {
        if (get().job) return;
        set((state) => ({ choices: { ...state.choices, ...patch }, error: null }));
      },
      async start() {
        const { request, choices, job } = get();
        if (!request || job) return;
        const format = effectiveFormat(choices, request);
        if (format === 'powermap') {
          set({ request: null, error: null });
          await deps.exportAccountFile();
          return;
        }
        const id = deps.newJobId();
        set({ job: { id, format, progress: null, slow: false, cancelling: false }, error: null });
        const timer = setTimeout(() => updateJob(id, { slow: true }), SLOW_EXPORT_MS);
        const stopListening = deps.onProgress((progress) => {
          if (progress.jobId === id) updateJob(id, { progress });
        });
        try {
          await deps.flush();
          // Cancelled while the edits were being saved: the save dialog must not come up any more.
          if (get().job?.cancelling) {
            set({ job: null, request: null });
            return;
          }
          const result = await deps.client.call('export.save', saveArgs(choices, request, deps.locale(), id));
          if (result.ok) {
            set({ job: null, request: null });
            const { path, image } = result.value;
            deps.saved(path, image && image.scale < choices.scale ? image : null);
          } else if (result.error.code === 'cancelled') {
            set({ job: null, request: null });
          } else {
            set({ job: null, error: result.error.message });
          }
        } catch (error) {
          set({ job: null, error: error instanceof Error ? error.message : String(error) });
        } finally {
          clearTimeout(timer);
          stopListening();
        }
      },
      cancel() {
        const job = get().job;
        if (!job || job.cancelling) return;
        updateJob(job.id, { cancelling: true });
        // The save call itself answers 'cancelled' once the main process has stopped; nothing to do here.
        void deps.client.call('export.cancel', { jobId: job.id });
      },
    };
  });
}

export type ExportDialogStore = ReturnType<typeof createExportDialogStore>;
