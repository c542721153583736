import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** What the export dialog is asked to export: one account from its screen, several from the portfolio. */
export interface ExportRequest {
  accountIds: string[];
}

export interface ExportDialogState {
  request: ExportRequest | null;
  open(request: ExportRequest): void;
  close(): void;
}

export const exportDialogStore = createStore<ExportDialogState>()((set) => ({
  request: null,
  open: (request) => set({ request }),
  close: () => set({ request: null }),
}));

export const useExportDialog = <T>(select: (state: ExportDialogState) => T) => useStore(exportDialogStore, select);

export function openExportDialog(request: ExportRequest): void {
  exportDialogStore.getState().open(request);
}
