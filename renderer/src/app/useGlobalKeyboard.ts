import { useEffect } from 'react';
import { dispatchCommand } from './dispatch';
import { commandForKey, isTypingTarget } from './keyboard';
import { runScreenKey } from './screenKeys';

/** A modal dialog owns the keyboard while it is open (Dialog.tsx handles Escape and Tab itself). */
function dialogIsOpen(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
}

/**
 * The app's one keydown listener: shortcuts become commands (the same ones the menu sends), and keys
 * that are not commands go to the screen on show. Text fields keep their own keys.
 */
export function useGlobalKeyboard(): void {
  useEffect(function listenForShortcuts() {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing || dialogIsOpen()) return;
      const typing = isTypingTarget(event.target);
      const command = commandForKey(event, typing);
      if (command) {
        event.preventDefault();
        dispatchCommand(command);
        return;
      }
      if (!typing && runScreenKey(event)) event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
