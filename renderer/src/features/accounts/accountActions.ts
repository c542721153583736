import { mergeStore } from '../merge/mergeDialogStore';
import type { AccountSummary } from '../../../../shared/model';
import { i18next } from '../../i18n';
import { accountsStore, confirmStore, navigationStore, toastsStore } from '../../app/services';
import { TID } from '../../app/testids';
import { markAccountCreated } from '../account/justAdded';

/** A name not yet taken: "New account", then "New account 2", ... */
export function freshName(base: string, taken: readonly string[]): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  let n = 2;
  while (names.has(`${base} ${n}`)) n++;
  return `${base} ${n}`;
}

/** Creates an account and opens it, so the user names it in the header right away. */
export async function createAccount() {
  const name = freshName(
    i18next.t('accounts.defaultName'),
    accountsStore.getState().list.map((account) => account.name),
  );
  const id = await accountsStore.getState().create(name);
  if (!id) return;
  markAccountCreated(id);
  await navigationStore.getState().openAccount(id);
}

/** Asks first; afterwards offers Undo, which puts back exactly what was deleted. */
export async function deleteAccount(account: Pick<AccountSummary, 'id' | 'name'>) {
  const t = i18next.t;
  const confirmed = await confirmStore.getState().ask({
    title: t('accounts.confirmDeleteTitle', { name: account.name }),
    body: t('accounts.confirmDeleteBody'),
    confirmLabel: t('common.delete'),
    danger: true,
  });
  if (!confirmed) return;
  const snapshot = await accountsStore.getState().remove(account.id);
  if (!snapshot) return;
  toastsStore.getState().show({
    tone: 'info',
    message: t('accounts.deleted', { name: account.name }),
    action: {
      label: t('common.undo'),
      testId: TID.toastUndo,
      run() {
        void accountsStore.getState().restore(snapshot).then((restored) => {
          if (restored) toastsStore.getState().show({ tone: 'success', message: t('accounts.restored', { name: account.name }) });
        });
      },
    },
  });
}

/** File → Import: a .powermap; one of an account that is here offers to merge it (issue 12, point 7). */
export function importAccount(): Promise<void> {
  return mergeStore.getState().importFile();
}
