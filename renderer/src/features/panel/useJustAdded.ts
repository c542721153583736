import { useEffect, useState } from 'react';
import { editorStore } from '../../app/services';
import { forgetJustAdded, nameFocused, wantsNameFocus } from '../account/justAdded';

/**
 * For an inspector's name field: true when `id` was just added, so the field takes the cursor with
 * the default name selected. Once the selection leaves `id`, its edits stop joining the add.
 */
export function useJustAddedName(id: string): boolean {
  const [focus] = useState(() => wantsNameFocus(id));
  useEffect(
    function rememberNameFocused() {
      if (focus) nameFocused(id);
    },
    [focus, id],
  );
  useEffect(
    function forgetWhenSelectionMovesOn() {
      return editorStore.subscribe((state, previous) => {
        if (state.selection !== previous.selection && !state.selection.includes(id)) forgetJustAdded(id);
      });
    },
    [id],
  );
  return focus;
}
