import { navigationStore } from '../../app/services';
import { call } from '../../ipc/client';
import { AFTER_RECOVERY_KEY } from '../safety/databaseStore';

/** A database just restored, salvaged or unlocked opens on the account list once, to show what came back. */
function justRecovered(): boolean {
  try {
    const recovered = window.sessionStorage.getItem(AFTER_RECOVERY_KEY) !== null;
    window.sessionStorage.removeItem(AFTER_RECOVERY_KEY);
    return recovered;
  } catch {
    return false;
  }
}

/**
 * The agenda is the app's start screen once there are accounts (a KAM's Monday morning), unless the user
 * switched that off on the agenda. Called once the database is open; leaves any screen already chosen.
 */
export async function openStartScreen(): Promise<void> {
  if (justRecovered()) return;
  const prefs = await call('plan.reminders', {});
  if (!prefs.ok || !prefs.value.startOnAgenda) return;
  const accounts = await call('accounts.list', {});
  if (accounts.ok && accounts.value.length > 0 && navigationStore.getState().screen.name === 'accounts') await navigationStore.getState().showAgenda();
}
