import { navigationStore } from '../../app/services';
import { call } from '../../ipc/client';

/**
 * The agenda is the app's start screen once there are accounts (a KAM's Monday morning), unless the user
 * switched that off on the agenda. Called once the database is open; leaves any screen already chosen.
 */
export async function openStartScreen(): Promise<void> {
  const prefs = await call('plan.reminders', {});
  if (!prefs.ok || !prefs.value.startOnAgenda) return;
  const accounts = await call('accounts.list', {});
  if (accounts.ok && accounts.value.length > 0 && navigationStore.getState().screen.name === 'accounts') await navigationStore.getState().showAgenda();
}
