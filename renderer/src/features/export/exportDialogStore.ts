import { useStore } from 'zustand';
import { editorStore, settingsStore, toastsStore } from '../../app/services';
import { i18next } from '../../i18n';
import { call, onExportProgress } from '../../ipc/client';
import { PNG_PIXEL_BUDGET } from '../../../../shared/ipc';
import { exportCurrentAccount } from '../account/accountActions';
import type { ExportRequest } from './exportChoices';
import type { ExportDialogState } from './exportSession';
import { createExportDialogStore } from './exportSession';

export type { ExportRequest } from './exportChoices';
export type { ExportDialogState } from './exportSession';

/** The app's one export dialog, wired to the real IPC client, the editor and the toasts. */
export const exportDialogStore = createExportDialogStore({
  client: { call },
  onProgress: onExportProgress,
  locale: () => settingsStore.getState().locale,
  flush: () => editorStore.getState().flush(),
  exportAccountFile: exportCurrentAccount,
  saved: (path, reduced) =>
    toastsStore.getState().show({
      tone: 'success',
      message: reduced
        ? i18next.t('exportDialog.savedReduced', { path, scale: reduced.scale, width: reduced.width, height: reduced.height, megapixels: PNG_PIXEL_BUDGET / 1_000_000 })
        : i18next.t('exportDialog.saved', { path }),
    }),
  newJobId: () => crypto.randomUUID(),
});

export const useExportDialog = <T>(select: (state: ExportDialogState) => T) => useStore(exportDialogStore, select);

/** Opens the dialog (the toolbar's Export button, File → Export map and slides…, the portfolio's Export deck). */
export function openExportDialog(request: ExportRequest): void {
  exportDialogStore.getState().open(request);
}
