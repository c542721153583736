import { i18next } from '../../i18n';
import { call } from '../../ipc/client';
import { confirmStore, editorStore, reportError, toastsStore } from '../../app/services';

/** File -> Back up now…: a consistent copy where the user chooses. */
export async function backUpNow(): Promise<void> {
  const result = await call('safety.backupNow', {});
  if (result.ok) toastsStore.getState().show({ tone: 'success', title: i18next.t('safety.backup.done'), message: result.value.path });
  else if (result.error.code !== 'cancelled') reportError(result.error);
}

/** Export person's data… (PIPL art. 45, GDPR art. 15): everything held about them as a JSON file. */
export async function exportPersonData(personId: string, name: string): Promise<void> {
  const result = await call('safety.exportPerson', { personId });
  if (result.ok) toastsStore.getState().show({ tone: 'success', title: i18next.t('safety.person.exported', { name }), message: result.value.path });
  else if (result.error.code !== 'cancelled') reportError(result.error);
}

/**
 * Erase person… (PIPL art. 47, GDPR art. 17), after a clear confirmation. The account is opened again
 * afterwards, which empties its undo and redo history (they held the person's data), and the toasts
 * (one may offer to undo an earlier delete of them) are dismissed.
 */
export async function erasePerson(personId: string, name: string): Promise<void> {
  const confirmed = await confirmStore.getState().ask({
    title: i18next.t('safety.person.eraseTitle', { name }),
    body: i18next.t('safety.person.eraseBody', { name }),
    confirmLabel: i18next.t('safety.person.eraseConfirm'),
    danger: true,
  });
  if (!confirmed) return;
  const result = await call('safety.erasePerson', { personId });
  if (!result.ok) return reportError(result.error);
  const toasts = toastsStore.getState();
  for (const toast of toasts.toasts) toasts.dismiss(toast.id);
  await editorStore.getState().open(result.value.accountId);
  toasts.show({ tone: 'success', message: i18next.t('safety.person.erased', { name }) });
}
