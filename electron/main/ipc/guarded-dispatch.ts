import type { Channel } from '../../../shared/ipc';
import { fail } from '../../../shared/model';
import type { Result } from '../../../shared/model';
import { dispatch } from './dispatch';
import type { Handlers } from './handler-types';
import type { FrameIdentity } from './sender';
import { quoteUrl, type SecurityLog } from '../security-log';

function describeFrame(frame: FrameIdentity | null): string {
  if (!frame) return 'a frame that no longer exists';
  return `frame ${frame.processId}:${frame.routingId} at ${quoteUrl(frame.url)}`;
}

/**
 * One IPC call as the main process serves it: refused with `forbidden-sender`, and logged, unless it
 * comes from the app's own frame; otherwise handed to `dispatch`. A refusal is logged because it means
 * something in the window is not what the app put there.
 */
export async function guardedDispatch(
  handlers: Handlers,
  channel: Channel,
  frame: FrameIdentity | null,
  payload: unknown,
  isAppFrame: (frame: FrameIdentity | null) => boolean,
  log: SecurityLog,
): Promise<Result<unknown>> {
  if (!isAppFrame(frame)) {
    log(`Refused IPC call ${channel} from ${describeFrame(frame)}: not the Power Map window's page.`);
    return fail('forbidden-sender', `Refused ${channel}: the call did not come from the Power Map window.`);
  }
  return dispatch(handlers, channel, payload);
}
