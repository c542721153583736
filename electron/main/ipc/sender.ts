import { isAppUrl } from '../app-url';
import type { AppEntry } from '../app-url';

/** What the sender check needs of a frame: Electron's WebFrameMain has these, and so does a test's plain object. */
export interface FrameIdentity {
  processId: number;
  routingId: number;
  url: string;
}

/**
 * Only the main frame of our own window, showing our own page, may call the handlers. An iframe, a
 * frame of another window, a frame that navigated elsewhere or one already destroyed (null) may not.
 */
export function isAppFrame(frame: FrameIdentity | null, mainFrame: Omit<FrameIdentity, 'url'> | null, entry: AppEntry): boolean {
  if (!frame || !mainFrame) return false;
  return frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId && isAppUrl(frame.url, entry);
}
