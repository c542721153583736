import type { Channel } from '../../../shared/ipc';
import type { Store } from '../../../node/db/store';
import { accountHandlers } from './accounts';
import { appHandlers } from './app';
import { editHandlers } from './edit';
import { errorResult } from './errors';
import { exchangeHandlers } from './exchange';
import { exportHandlers } from './export';
import { historyHandlers } from './history';
import { mergeHandlers } from './merge';
import { createPendingFiles } from './pending-files';
import { importHandlers } from './import';
import type { Handler, Handlers } from './handler-types';
import type { DesktopPorts } from './ports';
import { planHandlers } from './plan';
import { portfolioHandlers } from './portfolio';
import { safetyHandlers, type SafetyPorts } from './safety';
import type { DatabaseSession } from '../../../node/db/session';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';
import { windowHandlers } from './window';

export type { Handler, Handlers } from './handler-types';

/** Makes a handler return a StoreError or any other throw as an error value instead of rejecting. */
function neverThrows<C extends Channel>(handler: Handler<C>): Handler<C> {
  return async (args) => {
    try {
      return await handler(args);
    } catch (error) {
      return errorResult(error);
    }
  };
}

/**
 * Every channel's handler, bound to a store and the desktop's dialogs. The handlers expect arguments
 * that `dispatch` has already parsed; they never throw.
 */
export function createHandlers(store: Store, ports: DesktopPorts, session?: DatabaseSession, safetyPorts?: SafetyPorts): Handlers {
  // A .powermap of an account that is here waits between exchange.import and merge.preview (issue 12).
  const pending = createPendingFiles();
  const raw: Handlers = {
    ...appHandlers(store, ports),
    ...settingsHandlers(store, ports),
    ...accountHandlers(store, ports),
    ...editHandlers(store, ports),
    ...searchHandlers(store, ports),
    ...exchangeHandlers(store, ports, undefined, pending),
    ...portfolioHandlers(store, ports),
    ...exportHandlers(store, ports),
    ...windowHandlers(ports),
    ...safetyHandlers(session, ports, safetyPorts),
    ...importHandlers(store, ports),
    ...historyHandlers(store, ports),
    ...mergeHandlers(store, ports, pending),
    ...planHandlers(store, ports),
  };
  const safe = {} as Record<Channel, unknown>;
  for (const channel of Object.keys(raw) as Channel[]) safe[channel] = neverThrows(raw[channel] as Handler<typeof channel>);
  return safe as Handlers;
}
