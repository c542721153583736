import type { MenuCommand } from '../../../shared/ipc';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** true for the presses a held key repeats */
  repeat?: boolean;
}

/** True on macOS, where Cmd plays Ctrl's part. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The command a key press means on the map screen, or null. `typing` is true while focus is in a text
 * field: then only keys that cannot mean text editing count (F5, workshop mode, as in presentation apps), so Backspace edits the text
 * and Ctrl+Z undoes typing rather than a map edit.
 */
export function commandForKey(event: KeyLike, typing: boolean): MenuCommand | null {
  // A held F5 would flicker in and out of the workshop.
  if (event.key === 'F5' && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) return event.repeat ? null : 'toggleWorkshop';
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  // Find means nothing to a text field, so it works from anywhere, as in a browser.
  if (mod && key === 'f' && !event.shiftKey && !event.altKey) return 'find';
  if (typing || event.altKey) return null;
  if (mod) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'p' && event.shiftKey) return 'showPortfolio';
    if (key === 'y' && !event.shiftKey) return 'redo';
    if (key === 'a' && !event.shiftKey) return 'selectAll';
    if (key === 'd' && !event.shiftKey) return 'duplicate';
    if (key === '0') return 'fit';
    if (key === '=' || key === '+') return 'zoomIn';
    if (key === '-' || key === '_') return 'zoomOut';
    return null;
  }
  if (event.shiftKey) return null;
  if (key === 'delete' || key === 'backspace') return 'delete';
  if (key === 'n') return 'newPerson';
  return null;
}

/** Whether an element takes typed text, so single keys belong to it and not to the map. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(type);
}

/** "Ctrl+Z" or "⌘Z" for tooltips. */
export function shortcutLabel(keys: string): string {
  return isMac ? keys.replace('Ctrl+Shift+', '⇧⌘').replace('Ctrl+', '⌘') : keys;
}
