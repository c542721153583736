import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { navigationStore, settingsStore } from '../../app/services';
import { call } from '../../ipc/client';
import { AFTER_RECOVERY_KEY, databaseStore } from '../safety/databaseStore';
import { agendaStore } from './AgendaScreen';

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
 * Whether the start screen is chosen. Until then the app shows its splash, not the account list: drawing
 * every account only to leave them for the agenda a moment later cost the agenda's start as much as
 * the list's whole start.
 */
export const startStore = createStore<{ chosen: boolean }>()(() => ({ chosen: false }));
export const useStartChosen = () => useStore(startStore, (state) => state.chosen);

async function chooseStartScreen(settingsLoaded: Promise<void>): Promise<void> {
  if (databaseStore.getState().status?.mode !== 'normal' || justRecovered()) return;
  const prefs = await call('plan.reminders', {});
  if (!prefs.ok || !prefs.value.startOnAgenda) return;
  await settingsLoaded;
  // Whether there are accounts asked first (the main process answers in turn), then the agenda, in the
  // language chosen: the main process computes it while the page switches to the agenda's screen.
  const listed = call('accounts.list', {});
  const agenda = agendaStore.getState();
  void agenda.prefetch(settingsStore.getState().locale);
  const accounts = await listed;
  if (accounts.ok && accounts.value.length > 0 && navigationStore.getState().screen.name === 'accounts') await navigationStore.getState().showAgenda();
  else agenda.dropPrefetch();
}

/**
 * The agenda is the app's start screen once there are accounts (a KAM's Monday morning), unless the user
 * switched that off on the agenda; a database in read-only or recovery mode keeps its usual screen.
 * Called once the database's state is known; leaves any screen already chosen.
 */
export async function openStartScreen(settingsLoaded: Promise<void>): Promise<void> {
  try {
    await chooseStartScreen(settingsLoaded);
  } finally {
    startStore.setState({ chosen: true });
  }
}
