import { createStore } from 'zustand/vanilla';
import type { AccountsStore } from './accounts';
import type { EditorStore } from './editor';

export type Screen = { name: 'accounts' } | { name: 'account'; accountId: string } | { name: 'portfolio' } | { name: 'agenda' };

export interface NavigationState {
  screen: Screen;
  /** ids to frame on the map once the account is drawn (a search hit); cleared by the map screen */
  frameOnOpen: string[];
  openAccount(accountId: string, select?: string[]): Promise<boolean>;
  showAccounts(): Promise<void>;
  /** Every account by risk; an open account is saved and closed first. */
  showPortfolio(): Promise<void>;
  /** The week's agenda across every account (issue 13); an open account is saved and closed first. */
  showAgenda(): Promise<void>;
  consumeFrame(): string[];
}

export function createNavigationStore(editor: EditorStore, accounts: AccountsStore) {
  return createStore<NavigationState>()((set, get) => ({
    screen: { name: 'accounts' },
    frameOnOpen: [],
    async openAccount(accountId, select = []) {
      set({ screen: { name: 'account', accountId }, frameOnOpen: select });
      const opened = await editor.getState().open(accountId, select);
      if (!opened && get().screen.name === 'account') {
        set({ screen: { name: 'accounts' }, frameOnOpen: [] });
        await accounts.getState().load();
      }
      return opened;
    },
    async showAccounts() {
      await editor.getState().flush();
      editor.getState().close();
      set({ screen: { name: 'accounts' }, frameOnOpen: [] });
      await accounts.getState().load();
    },
    async showPortfolio() {
      await editor.getState().flush();
      editor.getState().close();
      set({ screen: { name: 'portfolio' }, frameOnOpen: [] });
    },
    async showAgenda() {
      await editor.getState().flush();
      editor.getState().close();
      set({ screen: { name: 'agenda' }, frameOnOpen: [] });
    },
    consumeFrame() {
      const ids = get().frameOnOpen;
      if (ids.length > 0) set({ frameOnOpen: [] });
      return ids;
    },
  }));
}

export type NavigationStore = ReturnType<typeof createNavigationStore>;
