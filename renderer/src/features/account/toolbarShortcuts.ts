import { isMac, shortcutLabel } from '../../app/keyboard';

/** Keys shown in tooltips; they match app/keyboard.ts and the native menu. */
export const SHORTCUTS = {
  addPerson: 'N',
  undo: shortcutLabel('Ctrl+Z'),
  redo: isMac ? shortcutLabel('Ctrl+Shift+Z') : 'Ctrl+Y',
  fit: shortcutLabel('Ctrl+0'),
  zoomIn: shortcutLabel('Ctrl+='),
  zoomOut: shortcutLabel('Ctrl+-'),
  export: shortcutLabel('Ctrl+E'),
  workshop: 'F5',
} as const;

/** "Undo (Ctrl+Z)": the tooltip of a button with a shortcut. */
export function withShortcut(label: string, keys: string): string {
  return `${label} (${keys})`;
}
