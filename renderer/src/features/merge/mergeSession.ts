import { createStore } from 'zustand/vanilla';
import type { Edit } from '../../../../shared/edit';
import type { MergeChoice, MergePlan } from '../../../../shared/history/merge';
import type { ImportOutcome } from '../../../../shared/ipc';
import type { AppError } from '../../../../shared/model';
import type { IpcClient } from '../../stores/client';

/**
 * Merging a colleague's copy (issue 12, point 7), as the page runs it: an import that finds the account
 * here offers to merge (or to import a copy); the merge lists the differences with a choice each, and
 * its apply becomes one undo step in the editor. Plain state and actions; the dialogs draw it.
 */

/** An import that found the account here: nothing written yet, the file kept in the main process. */
export interface MergeOffer {
  accountId: string;
  pendingId: string;
  fileName: string;
  /** The account's name in the file, and here. */
  theirName: string;
  mineName: string;
}

export interface MergePreview {
  accountId: string;
  previewId: string;
  fileName: string;
  plan: MergePlan;
  choices: Record<string, MergeChoice>;
}

export interface MergeState {
  offer: MergeOffer | null;
  preview: MergePreview | null;
  busy: boolean;
  /** A refusal of the apply (choices that do not fit), shown in the dialog, which stays open. */
  error: AppError | null;
  /** File → Import: a `.powermap` chosen in the dialog, or one the OS handed the app (`path`). */
  importFile(path?: string): Promise<void>;
  /** The offer's "Merge into my copy": opens the account, then reads the differences. */
  mergeOffered(): Promise<void>;
  /** The offer's "Import as a copy". */
  copyOffered(): Promise<void>;
  /** The History tab's "Merge a colleague's copy…": a file chosen in the dialog, for the account on screen. */
  mergeFromFile(accountId: string): Promise<void>;
  choose(key: string, choice: MergeChoice): void;
  chooseAll(choice: MergeChoice): void;
  apply(): Promise<boolean>;
  cancel(): void;
}

export interface MergeDeps {
  client: IpcClient;
  reportError(error: AppError): void;
  /** Saves the editor's pending edits first (an apply must come after them). */
  flush(): Promise<void>;
  /** Opens the account on screen; false when it could not be opened. */
  openAccount(accountId: string): Promise<boolean>;
  /** Records the written merge as one undo step in the editor; false when the account is not the one open. */
  adopt(accountId: string, edit: Edit): boolean;
  /** An ordinary import's outcome (a new account, or a copy): told, the list reloaded, the account opened. */
  imported(outcome: ImportOutcome): Promise<void>;
  /** The merge is written: how many records were taken from theirs. */
  merged(fileName: string, taken: number): void;
}

export const choiceOf = (preview: MergePreview, key: string): MergeChoice =>
  preview.choices[key] ?? preview.plan.items.find((item) => item.key === key)?.defaultChoice ?? 'mine';

/** How many records the apply takes from theirs, with the choices as they stand. */
export const takenCount = (preview: MergePreview): number => preview.plan.items.filter((item) => choiceOf(preview, item.key) === 'theirs').length;

export function createMergeStore(deps: MergeDeps) {
  return createStore<MergeState>()((set, get) => {
    const failed = (error: AppError) => {
      set({ busy: false });
      if (error.code !== 'cancelled') deps.reportError(error);
    };
    async function preview(accountId: string, args: { pendingId?: string }) {
      const result = await deps.client.call('merge.preview', { accountId, ...args });
      if (!result.ok) return failed(result.error);
      const { previewId, fileName, plan } = result.value;
      const choices = Object.fromEntries(plan.items.map((item) => [item.key, item.defaultChoice]));
      set({ busy: false, error: null, preview: { accountId, previewId, fileName, plan, choices } });
    }
    return {
      offer: null,
      preview: null,
      busy: false,
      error: null,

      async importFile(path) {
        if (get().busy) return;
        set({ busy: true });
        const result = await deps.client.call('exchange.import', { ...(path === undefined ? {} : { path }), ifExists: 'ask' });
        if (!result.ok) return failed(result.error);
        const outcome = result.value;
        if (outcome.existing) {
          const { pendingId, fileName, mineName } = outcome.existing;
          set({ busy: false, offer: { accountId: outcome.accountId, pendingId, fileName, theirName: outcome.accountName, mineName } });
          return;
        }
        set({ busy: false });
        await deps.imported(outcome);
      },

      async mergeOffered() {
        const offer = get().offer;
        if (!offer || get().busy) return;
        set({ busy: true, offer: null });
        await deps.flush();
        if (!(await deps.openAccount(offer.accountId))) return void set({ busy: false });
        await preview(offer.accountId, { pendingId: offer.pendingId });
      },

      async copyOffered() {
        const offer = get().offer;
        if (!offer || get().busy) return;
        set({ busy: true, offer: null });
        const result = await deps.client.call('exchange.import', { pendingId: offer.pendingId });
        if (!result.ok) return failed(result.error);
        set({ busy: false });
        await deps.imported(result.value);
      },

      async mergeFromFile(accountId) {
        if (get().busy) return;
        set({ busy: true });
        await deps.flush();
        await preview(accountId, {});
      },

      choose(key, choice) {
        const current = get().preview;
        if (current) set({ error: null, preview: { ...current, choices: { ...current.choices, [key]: choice } } });
      },

      chooseAll(choice) {
        const current = get().preview;
        if (current) set({ error: null, preview: { ...current, choices: Object.fromEntries(current.plan.items.map((item) => [item.key, choice])) } });
      },

      async apply() {
        const current = get().preview;
        if (!current || get().busy) return false;
        set({ busy: true, error: null });
        await deps.flush();
        const result = await deps.client.call('merge.apply', { previewId: current.previewId, choices: current.choices });
        if (!result.ok) {
          // Choices that do not fit stay on screen to be changed; anything else ends the merge.
          set({ busy: false, ...(result.error.key === 'merge.choicesDoNotFit' ? { error: result.error } : { preview: null }) });
          if (result.error.key !== 'merge.choicesDoNotFit') deps.reportError(result.error);
          return false;
        }
        const { edit } = result.value;
        if (edit.forward.length > 0 && !deps.adopt(current.accountId, edit)) await deps.openAccount(current.accountId);
        set({ busy: false, preview: null });
        deps.merged(current.fileName, takenCount(current));
        return true;
      },

      cancel() {
        if (get().busy) return;
        set({ offer: null, preview: null, error: null });
      },
    };
  });
}

export type MergeStore = ReturnType<typeof createMergeStore>;
