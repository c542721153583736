import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { BackupEntry, DatabaseStatus, SalvageOutcome } from '../../../../shared/ipc';
import type { AppError } from '../../../../shared/model';
import { call } from '../../ipc/client';
import { reportError } from '../../app/services';

/**
 * The database's state as the main process found it at start, and the recovery screen's and the
 * restore dialog's actions. After a restore or a salvage the page loads again, so every store starts
 * from the database now open.
 */
export interface DatabaseState {
  status: DatabaseStatus | null;
  backups: BackupEntry[] | null;
  busy: boolean;
  salvaged: SalvageOutcome | null;
  restoreOpen: boolean;
  /** Why the recovery key last chosen was refused (a message key), shown on the recovery screen. */
  keyRefusal: AppError | null;
  load(): Promise<void>;
  loadBackups(): Promise<void>;
  restore(path: string): Promise<boolean>;
  salvage(): Promise<void>;
  retry(): Promise<void>;
  openOther(): Promise<void>;
  openWithKey(): Promise<void>;
  quit(): Promise<void>;
  setRestoreOpen(open: boolean): void;
}

/** Set before the page reloads on a database just recovered: it opens on the account list, to show what came back. */
export const AFTER_RECOVERY_KEY = 'power-map:after-recovery';
export const reloadAfterRecovery = () => {
  try {
    window.sessionStorage.setItem(AFTER_RECOVERY_KEY, '1');
  } catch {
    // no session storage: the start screen is then the usual one
  }
  window.location.reload();
};

export const databaseStore = createStore<DatabaseState>()((set, get) => {
  const busyWith = async <T,>(job: () => Promise<T>): Promise<T> => {
    set({ busy: true });
    try {
      return await job();
    } finally {
      set({ busy: false });
    }
  };
  return {
    status: null,
    backups: null,
    busy: false,
    salvaged: null,
    restoreOpen: false,
    keyRefusal: null,
    async load() {
      const result = await call('safety.status', {});
      // Without the safety channels (an older main process) the app simply starts as before.
      set({ status: result.ok ? result.value : { mode: 'normal', path: '', encrypted: false, problem: null } });
      if (result.ok && result.value.mode === 'recovery') await get().loadBackups();
    },
    async loadBackups() {
      const result = await call('safety.backups', {});
      if (result.ok) set({ backups: result.value });
      else reportError(result.error);
    },
    restore: (path) =>
      busyWith(async () => {
        const result = await call('safety.restore', { path });
        if (!result.ok) {
          reportError(result.error);
          return false;
        }
        reloadAfterRecovery();
        return true;
      }),
    salvage: () =>
      busyWith(async () => {
        const result = await call('safety.salvage', {});
        if (result.ok) set({ salvaged: result.value });
        else reportError(result.error);
      }),
    retry: () =>
      busyWith(async () => {
        const result = await call('safety.retry', {});
        if (!result.ok) return reportError(result.error);
        if (result.value.mode === 'recovery') set({ status: result.value });
        else reloadAfterRecovery();
      }),
    openOther: () =>
      busyWith(async () => {
        const result = await call('safety.openOther', {});
        if (!result.ok && result.error.code !== 'cancelled') reportError(result.error);
      }),
    openWithKey: () =>
      busyWith(async () => {
        set({ keyRefusal: null });
        const result = await call('safety.openWithRecoveryKey', {});
        if (result.ok) return reloadAfterRecovery();
        if (result.error.code === 'cancelled') return;
        if (result.error.key) set({ keyRefusal: result.error });
        else reportError(result.error);
      }),
    async quit() {
      await call('safety.quit', {});
    },
    setRestoreOpen(open) {
      set({ restoreOpen: open });
      if (open) void get().loadBackups();
    },
  };
});

export const useDatabase = <T,>(select: (state: DatabaseState) => T) => useStore(databaseStore, select);
