/**
 * The window's full screen, as the workshop asks for it and the page is told of it.
 *
 * On macOS going into or out of full screen is animated: until the window's 'enter-full-screen' or
 * 'leave-full-screen' event, isFullScreen() still gives the old state, and a request made meanwhile is
 * queued by Electron. So the state last asked for is kept here until the window reaches it, each request
 * is compared with that (not with isFullScreen()), and the page is told only of states the window settles
 * in: a 'leave' on the way back into full screen (Leave, then F5 again at once) would otherwise end the
 * new workshop.
 */

/** What this needs of Electron's BrowserWindow. */
export interface FullScreenWindow {
  isDestroyed(): boolean;
  isFullScreen(): boolean;
  setFullScreen(on: boolean): void;
  on(event: 'enter-full-screen' | 'leave-full-screen', listener: () => void): unknown;
}

export interface FullScreenControl {
  /** Asks for full screen (on) or not; false when the window is, or is already going, that way. */
  set(on: boolean): boolean;
  /** Follows a new window's changes, telling `notify` each state it settles in. */
  attach(window: FullScreenWindow, notify: (fullScreen: boolean) => void): void;
}

export function createFullScreenControl(current: () => FullScreenWindow | null): FullScreenControl {
  /** The state last asked for, until the window has reached it. */
  let asked: boolean | null = null;
  return {
    set(on) {
      const window = current();
      if (!window || window.isDestroyed()) return false;
      if ((asked ?? window.isFullScreen()) === on) return false;
      asked = on;
      window.setFullScreen(on);
      return true;
    },
    attach(window, notify) {
      asked = null;
      const settled = (fullScreen: boolean) => {
        // Passing through on the way to the state asked for: not a change the page should act on.
        if (asked !== null && asked !== fullScreen) return;
        asked = null;
        notify(fullScreen);
      };
      window.on('enter-full-screen', () => settled(true));
      window.on('leave-full-screen', () => settled(false));
    },
  };
}
