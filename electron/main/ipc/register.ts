import { ipcMain } from 'electron';
import type { WebFrameMain } from 'electron';
import { CHANNELS, IPC_PREFIX } from '../../../shared/ipc';
import { fail } from '../../../shared/model';
import { dispatch } from './dispatch';
import type { Handlers } from './handler-types';

/**
 * Connects every channel to `dispatch`. A call is served only when it comes from the app window's
 * main frame showing the app's own page; anything else (an iframe, a page navigated elsewhere, a
 * destroyed frame) gets `forbidden-sender`. Returns a function that removes the handlers again.
 */
export function registerIpc(handlers: Handlers, isAppFrame: (frame: WebFrameMain | null) => boolean): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, async (event, payload: unknown) => {
      if (!isAppFrame(event.senderFrame)) {
        return fail('forbidden-sender', `Refused ${channel}: the call did not come from the Power Map window.`);
      }
      return dispatch(handlers, channel, payload);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(IPC_PREFIX + channel);
  };
}
