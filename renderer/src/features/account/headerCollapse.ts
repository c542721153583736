import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * Whether the account header shows on one line. A preference of this machine's window, not of an
 * account: kept in the page's local storage so it survives a reload and a restart, and never synced.
 */
const KEY = 'power-map.account-header.collapsed';

function read(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function write(collapsed: boolean) {
  try {
    globalThis.localStorage?.setItem(KEY, collapsed ? '1' : '0');
  } catch {
    // Storage can be unavailable (private mode, a full disk): the header still toggles for this session.
  }
}

interface HeaderCollapseState {
  collapsed: boolean;
  toggle(): void;
}

export const headerCollapseStore = createStore<HeaderCollapseState>()((set, get) => ({
  collapsed: read(),
  toggle() {
    const collapsed = !get().collapsed;
    write(collapsed);
    set({ collapsed });
  },
}));

export const useHeaderCollapsed = () => useStore(headerCollapseStore, (state) => state.collapsed);
