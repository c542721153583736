import type { MenuCommand } from '../../../../shared/ipc';
import { editorStore } from '../../app/services';
import type { PowerMapHandle } from '../../map/types';
import { addPersonAtFreeSpot, addTeamMemberToAccount, duplicateSelectedPeople, exportCurrentAccount } from './accountActions';
import { openExportDialog } from '../export/exportDialogStore';
import { findStore } from '../find/findStore';
import { openImportDialog } from '../import/importDialogStore';
import { deleteSelectionWithUndo } from '../panel/actions';
import { toggleWorkshop } from '../workshop/session';
import { editsLocked } from '../workshop/workshopStore';
import { accountViewStore } from './viewStore';

const ZOOM_STEP = 1.25;
/** Screen pixels an arrow key pans; Shift pans further. */
const PAN_STEP = 80;
const PAN_STEP_LARGE = 320;

type MapHandleSource = () => PowerMapHandle | null;

const EDIT_COMMANDS: ReadonlySet<MenuCommand> = new Set(['delete', 'newPerson', 'duplicate', 'newTeamMember', 'newLink']);

/** The account screen's meaning of each menu command and shortcut (language, theme and back are app-wide). */
export function accountCommandHandler(map: MapHandleSource) {
  return function runAccountCommand(command: MenuCommand) {
    const editor = editorStore.getState();
    // A workshop takes no edits until the presenter chooses Edit (undo and redo still work).
    if (EDIT_COMMANDS.has(command) && editsLocked()) return;
    switch (command) {
      case 'undo':
        void editor.undo();
        return;
      case 'redo':
        void editor.redo();
        return;
      case 'delete':
        deleteSelectionWithUndo();
        return;
      case 'selectAll':
        editor.selectAllPeople();
        return;
      case 'fit':
        map()?.fit();
        return;
      case 'zoomIn':
        map()?.zoomBy(ZOOM_STEP);
        return;
      case 'zoomOut':
        map()?.zoomBy(1 / ZOOM_STEP);
        return;
      case 'newPerson':
        addPersonAtFreeSpot();
        return;
      case 'duplicate':
        duplicateSelectedPeople();
        return;
      case 'newTeamMember':
        addTeamMemberToAccount();
        return;
      case 'newLink':
        accountViewStore.getState().setLinkMode(!accountViewStore.getState().linkMode);
        return;
      case 'importContacts':
        openImportDialog();
        return;
      case 'exportAccount':
        void exportCurrentAccount();
        return;
      case 'exportMap':
        if (editor.accountId) openExportDialog({ accountIds: [editor.accountId] });
        return;
      case 'toggleWorkshop':
        toggleWorkshop(map);
        return;
      case 'find':
        findStore.getState().requestFocus();
        return;
      default:
        return;
    }
  };
}

const PAN_DIRECTIONS: Record<string, [number, number]> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/**
 * Keys that are not commands: Escape steps back (leaves link mode, else clears the search, else the selection), arrow
 * keys move the view the way they point. Returns true when the key was used.
 */
export function accountKeyHandler(map: MapHandleSource) {
  return function onAccountKey(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    if (event.key === 'Escape') {
      const view = accountViewStore.getState();
      if (view.linkMode) {
        view.setLinkMode(false);
        return true;
      }
      if (findStore.getState().clearSearch()) return true;
      if (editorStore.getState().selection.length > 0) {
        editorStore.getState().select([]);
        return true;
      }
      return false;
    }
    const direction = PAN_DIRECTIONS[event.key];
    if (!direction) return false;
    // Arrow keys on a button in a toolbar or list still move focus as usual.
    const target = event.target as Partial<Pick<Element, 'closest'>> | null;
    if (target?.closest?.('[role="toolbar"], [role="listbox"], [role="radiogroup"]')) return false;
    const step = event.shiftKey ? PAN_STEP_LARGE : PAN_STEP;
    map()?.panBy(direction[0] * step, direction[1] * step);
    return true;
  };
}
