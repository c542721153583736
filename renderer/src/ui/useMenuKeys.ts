import { useEffect, type RefObject } from 'react';

/**
 * A popup menu's keys and pointer while it is open: a press outside or Escape closes it (Escape goes no
 * further, so the screen does not also clear its selection), Up and Down move between its items, and the
 * first item takes the focus. `items` picks what the arrows move between.
 */
export function useMenuKeys(ref: RefObject<HTMLElement | null>, open: boolean, close: (reason: 'escape' | 'outside') => void, items = '[role="menuitem"]'): void {
  useEffect(
    function closeOnOutsideClickOrEscape() {
      if (!open) return;
      function onPointer(event: PointerEvent) {
        if (!ref.current?.contains(event.target as Node)) close('outside');
      }
      function onKey(event: KeyboardEvent) {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          const list = [...(ref.current?.querySelectorAll<HTMLElement>(items) ?? [])].filter((item) => !(item as HTMLButtonElement).disabled);
          const index = list.indexOf(document.activeElement as HTMLElement);
          event.preventDefault();
          event.stopPropagation();
          list[(index + (event.key === 'ArrowDown' ? 1 : list.length - 1)) % list.length]?.focus();
          return;
        }
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        event.preventDefault();
        close('escape');
      }
      document.addEventListener('pointerdown', onPointer);
      document.addEventListener('keydown', onKey, true);
      ref.current?.querySelector<HTMLElement>(`${items.split(',')[0]}:not(:disabled)`)?.focus();
      return () => {
        document.removeEventListener('pointerdown', onPointer);
        document.removeEventListener('keydown', onKey, true);
      };
    },
    [ref, open, close, items],
  );
}
