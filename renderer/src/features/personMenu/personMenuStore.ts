import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** The person context menu on the map: whose it is and where it opened (client coordinates); null while closed. */
export interface PersonMenuState {
  open: { personId: string; x: number; y: number } | null;
  show(personId: string, x: number, y: number): void;
  close(): void;
}

export const personMenuStore = createStore<PersonMenuState>()((set) => ({
  open: null,
  show: (personId, x, y) => set({ open: { personId, x, y } }),
  close: () => set({ open: null }),
}));

export const usePersonMenu = <T>(select: (state: PersonMenuState) => T) => useStore(personMenuStore, select);

/** Space kept between the menu and the window's edges. */
export const MENU_MARGIN = 8;

/**
 * Where a menu of `size` opened at `at` goes so it stays inside the window: to the right of and below the
 * point when it fits, else flipped to the left of or above it, and never past an edge.
 */
export function placeMenu(at: { x: number; y: number }, size: { width: number; height: number }, view: { width: number; height: number }): { left: number; top: number } {
  const fitsRight = at.x + size.width + MENU_MARGIN <= view.width;
  const fitsBelow = at.y + size.height + MENU_MARGIN <= view.height;
  const left = fitsRight ? at.x : at.x - size.width;
  const top = fitsBelow ? at.y : at.y - size.height;
  const clamp = (value: number, extent: number, room: number) => Math.max(MENU_MARGIN, Math.min(value, room - extent - MENU_MARGIN));
  return { left: clamp(left, size.width, view.width), top: clamp(top, size.height, view.height) };
}
