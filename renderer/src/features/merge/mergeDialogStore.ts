import { useStore } from 'zustand';
import { accountsStore, editorStore, navigationStore, reportError, toastsStore } from '../../app/services';
import { i18next } from '../../i18n';
import { call } from '../../ipc/client';
import { importedMessage } from '../import/importedMessage';
import { createMergeStore, type MergeState } from './mergeSession';

/** The app's one merge, wired to the real IPC client, the editor and the toasts. */
export const mergeStore = createMergeStore({
  client: { call },
  reportError,
  flush: () => editorStore.getState().flush(),
  openAccount: (accountId) => navigationStore.getState().openAccount(accountId),
  adopt(accountId, edit) {
    const editor = editorStore.getState();
    if (editor.accountId !== accountId || !editor.data) return false;
    editor.adoptApplied(edit);
    return true;
  },
  async imported(outcome) {
    toastsStore.getState().show({ tone: 'success', message: importedMessage(outcome) });
    await accountsStore.getState().load();
    await navigationStore.getState().openAccount(outcome.accountId);
  },
  merged(fileName, taken) {
    const t = i18next.t;
    toastsStore.getState().show({
      tone: 'success',
      message: taken > 0 ? t('mergeDialog.merged', { file: fileName, count: taken }) : t('mergeDialog.nothingTaken', { file: fileName }),
    });
    void accountsStore.getState().load();
  },
});

export const useMerge = <T>(select: (state: MergeState) => T) => useStore(mergeStore, select);
