import { useStore } from 'zustand';
import { editorStore, navigationStore } from '../../app/services';
import { call } from '../../ipc/client';
import type { ImportDialogState, ImportTarget } from './importSession';
import { createImportDialogStore } from './importSession';

type ImportedListener = (personIds: string[]) => void;
const importedListeners = new Set<ImportedListener>();

/** The account screen listens here to open the map on the people an import brought in. */
export function onImported(listener: ImportedListener): () => void {
  importedListeners.add(listener);
  return () => importedListeners.delete(listener);
}

/** The app's one contacts import dialog, wired to the real IPC client and the editor. */
export const importDialogStore = createImportDialogStore({
  client: { call },
  flush: () => editorStore.getState().flush(),
  adopt(accountId, edit, personIds) {
    const editor = editorStore.getState();
    if (editor.accountId !== accountId || !editor.data) return false;
    editor.adoptApplied(edit, personIds);
    return true;
  },
  openAccount: (accountId, personIds) => void navigationStore.getState().openAccount(accountId, personIds),
  imported: (personIds) => importedListeners.forEach((listener) => listener(personIds)),
});

export const useImportDialog = <T>(select: (state: ImportDialogState) => T) => useStore(importDialogStore, select);

/** Opens the dialog on the account on screen (File → Import contacts…, the toolbar, a file dropped on the map). */
export function openImportDialog(): ImportTarget | null {
  const data = editorStore.getState().data;
  if (!data) return null;
  const target = { accountId: data.account.id, accountName: data.account.name };
  importDialogStore.getState().open(target);
  return target;
}
