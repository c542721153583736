import { useStore } from 'zustand';
import type { AppError } from '../../../shared/model';
import { i18next } from '../i18n';
import { call } from '../ipc/client';
import type { AccountsState } from '../stores/accounts';
import { createAccountsStore } from '../stores/accounts';
import type { ConfirmState } from '../stores/confirm';
import { createConfirmStore } from '../stores/confirm';
import type { EditorState } from '../stores/editor';
import { createEditorStore } from '../stores/editor';
import type { NavigationState } from '../stores/navigation';
import { createNavigationStore } from '../stores/navigation';
import type { SettingsState } from '../stores/settings';
import { createSettingsStore } from '../stores/settings';
import { createClockStore } from '../stores/clock';
import type { ClockState } from '../stores/clock';
import type { ToastsState } from '../stores/toasts';
import { createToastsStore } from '../stores/toasts';

/** The app's store instances, wired to the real IPC client. Components reach them through the hooks. */
export const toastsStore = createToastsStore();

/** Every error from the main process ends here: a toast with its message and its details on request. */
export function reportError(error: AppError) {
  toastsStore.getState().show({
    tone: 'error',
    title: i18next.t(`errors.title.${error.code}`),
    // A refusal with a message key (history.contradicts, merge.choicesDoNotFit, ...) and the database's own
    // refusals are told in the app's language; the English text stays for support.
    message:
      error.key !== undefined && i18next.exists(error.key)
        ? i18next.t(error.key, error.params ?? {})
        : i18next.exists(`safety.errorBody.${error.code}`)
          ? i18next.t(`safety.errorBody.${error.code}`, { holder: error.message || i18next.t('safety.recovery.problem.anotherProgram') })
          : error.message,
    ...(error.details ? { details: error.details } : {}),
  });
}

const client = { call };
export const settingsStore = createSettingsStore(client, reportError, typeof navigator === 'undefined' ? 'en' : navigator.language);
export const accountsStore = createAccountsStore(client, reportError);
export const editorStore = createEditorStore(client, reportError);
export const navigationStore = createNavigationStore(editorStore, accountsStore);
export const confirmStore = createConfirmStore();
export const clockStore = createClockStore(client);

export const useSettings = <T>(select: (state: SettingsState) => T) => useStore(settingsStore, select);
export const useAccounts = <T>(select: (state: AccountsState) => T) => useStore(accountsStore, select);
export const useEditor = <T>(select: (state: EditorState) => T) => useStore(editorStore, select);
export const useClock = <T>(select: (state: ClockState) => T) => useStore(clockStore, select);
export const useNavigation = <T>(select: (state: NavigationState) => T) => useStore(navigationStore, select);
export const useToasts = <T>(select: (state: ToastsState) => T) => useStore(toastsStore, select);
export const useConfirm = <T>(select: (state: ConfirmState) => T) => useStore(confirmStore, select);
