/**
 * Keys a screen handles that are not menu commands (Escape, arrow keys). Like commands.ts: the screen
 * on show registers one handler, the app's single keydown listener calls it. The handler returns true
 * when it used the key, so the listener can stop the browser's default (scrolling).
 */
type KeyHandler = (event: KeyboardEvent) => boolean;

let current: KeyHandler | null = null;

export function setScreenKeyHandler(handler: KeyHandler | null): void {
  current = handler;
}

export function runScreenKey(event: KeyboardEvent): boolean {
  return current?.(event) ?? false;
}
