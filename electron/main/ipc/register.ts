import { ipcMain } from 'electron';
import { CHANNELS, IPC_PREFIX } from '../../../shared/ipc';
import type { SecurityLog } from '../security-log';
import { guardedDispatch } from './guarded-dispatch';
import type { Handlers } from './handler-types';
import type { FrameIdentity } from './sender';

/**
 * Connects every channel to `guardedDispatch`: a call is served only when it comes from the app
 * window's main frame showing the app's own page; anything else is refused and logged. Returns a
 * function that removes the handlers again.
 */
export function registerIpc(handlers: Handlers, isAppFrame: (frame: FrameIdentity | null) => boolean, log: SecurityLog): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, (event, payload: unknown) => guardedDispatch(handlers, channel, event.senderFrame, payload, isAppFrame, log));
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(IPC_PREFIX + channel);
  };
}
