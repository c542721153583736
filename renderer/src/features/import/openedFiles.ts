import { mergeStore } from '../merge/mergeDialogStore';
import { useEffect } from 'react';
import type { OpenedFile } from '../../../../shared/ipc/import-contract';
import { accountsStore, editorStore, navigationStore, toastsStore } from '../../app/services';
import { i18next } from '../../i18n';
import { call, onOpenFile } from '../../ipc/client';
import { freshName } from '../accounts/accountActions';
import { importDialogStore, openImportDialog } from './importDialogStore';
import { readDroppedFile } from './SourceStep';

/** A file's name without its extension: "Acme contacts.csv" names the account "Acme contacts". */
function stem(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).trim();
}

/**
 * Makes sure an account is open for contacts to land in: the one on screen, else a new account named
 * after the file (a KAM double-clicking a CRM export from the desktop starts a map from it).
 */
async function accountForContacts(fileName: string): Promise<boolean> {
  await editorStore.getState().flush();
  if (editorStore.getState().data) return true;
  const name = freshName(stem(fileName) || i18next.t('accounts.defaultName'), accountsStore.getState().list.map((account) => account.name));
  const id = await accountsStore.getState().create(name);
  return id ? navigationStore.getState().openAccount(id) : false;
}

/** Contacts import for a file dropped on the window (outside the map, or on the account list). */
export async function importDroppedContacts(file: File): Promise<void> {
  if (importDialogStore.getState().busy === 'importing') return;
  if (!(await accountForContacts(file.name))) return;
  if (!openImportDialog()) return;
  await readDroppedFile(file);
}

/** Contacts import for a table file the OS handed the app. */
export async function importContactsFile(file: Pick<OpenedFile, 'path' | 'fileName'>): Promise<void> {
  if (importDialogStore.getState().busy === 'importing') return;
  if (!(await accountForContacts(file.fileName))) return;
  if (!openImportDialog()) return;
  await importDialogStore.getState().readFile(file.path, file.fileName);
}

/**
 * A .powermap the OS handed the app: imported as an account, then opened; one of an account that is here
 * offers to merge it or import it as a copy (issue 12, point 7).
 */
function importAccountFile(file: OpenedFile): Promise<void> {
  return mergeStore.getState().importFile(file.path);
}

export function openFileFromOs(file: OpenedFile): Promise<void> {
  return file.kind === 'powermap' ? importAccountFile(file) : importContactsFile(file);
}

const carriesFiles = (event: DragEvent) => event.dataTransfer !== null && [...event.dataTransfer.types].includes('Files');

/**
 * Files double-clicked, dropped on the dock icon or named on a second instance's command line open their
 * import; so does a file dropped anywhere on the window (the map handles its own drops first). Without
 * this, Chromium would try to show a dropped file as a page.
 */
export function useOpenedFiles() {
  useEffect(function openFilesTheOsHandsUs() {
    const stop = onOpenFile((file) => void openFileFromOs(file));
    // Files handed over before the page listened (a double click that started the app) wait in the main
    // process until asked for, now that the listener is in place.
    void call('app.takeOpenedFiles', {}).then(async (waiting) => {
      if (!waiting.ok) return;
      for (const file of waiting.value) await openFileFromOs(file);
    });
    return stop;
  }, []);

  useEffect(function openFilesDroppedOnTheWindow() {
    function onDragOver(event: DragEvent) {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
    }
    function onDrop(event: DragEvent) {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (file.name.toLowerCase().endsWith('.powermap')) {
        toastsStore.getState().show({ tone: 'info', message: i18next.t('import.dropAccountFile', { name: file.name }) });
        return;
      }
      // The dialog's own drop zone has read it already.
      if (importDialogStore.getState().target) return;
      void importDroppedContacts(file);
    }
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
