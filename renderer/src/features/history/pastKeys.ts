import type { MenuCommand } from '../../../../shared/ipc';
import type { PowerMapHandle } from '../../map/types';
import { accountCommandHandler, accountKeyHandler } from '../account/accountCommands';
import { historyViewStore } from './historyViewStore';

type MapHandleSource = () => PowerMapHandle | null;

/** What a past view still does: look around (fit, zoom, pan). Nothing that edits, selects or opens. */
const LOOKING: ReadonlySet<MenuCommand> = new Set(['fit', 'zoomIn', 'zoomOut']);

/** Menu commands and shortcuts while the map of another day is shown: only looking, never editing. */
export function pastCommandHandler(map: MapHandleSource) {
  const account = accountCommandHandler(map);
  return function runPastCommand(command: MenuCommand) {
    if (LOOKING.has(command)) account(command);
  };
}

/** Keys while the map of another day is shown: Escape goes back to today; arrow keys pan. */
export function pastKeyHandler(map: MapHandleSource) {
  const account = accountKeyHandler(map);
  return function onPastKey(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    if (event.key === 'Escape') {
      historyViewStore.getState().leave();
      return true;
    }
    // Arrow keys on the day slider move the day, as on any slider.
    const target = event.target as Partial<Pick<Element, 'closest'>> | null;
    if (target?.closest?.('input, select, [role="toolbar"]')) return false;
    return event.key.startsWith('Arrow') ? account(event) : false;
  };
}
