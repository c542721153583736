import { EventEmitter } from 'node:events';
import type { FullScreenWindow } from '../../electron/main/full-screen';

/** How long going into or out of full screen takes, as macOS animates it. */
const ANIMATION_MS = 250;

/**
 * Electron's main window as far as full screen goes, behaving as on macOS: the change is animated,
 * isFullScreen() keeps the old state until the animation ends (then 'enter-full-screen' or
 * 'leave-full-screen'), and a request made during an animation is carried out after it.
 */
export class AnimatedWindow extends EventEmitter implements FullScreenWindow {
  private fullScreen = false;
  private queue: boolean[] = [];
  private timer: NodeJS.Timeout | null = null;

  isDestroyed = () => false;
  isFullScreen = () => this.fullScreen;
  animating = () => this.timer !== null;

  setFullScreen(on: boolean): void {
    this.queue.push(on);
    if (!this.timer) this.next();
  }

  /** The user takes the window out of full screen with its own control (View → Full screen, the OS). */
  userLeaves(): void {
    if (!this.fullScreen || this.timer) return;
    this.animate(false);
  }

  /** Resolves once no animation is under way or queued. */
  async settled(): Promise<void> {
    while (this.timer || this.queue.length > 0) await new Promise((resolve) => setTimeout(resolve, ANIMATION_MS / 5));
  }

  private next(): void {
    const on = this.queue.shift();
    if (on === undefined) return;
    if (on === this.fullScreen) {
      this.next();
      return;
    }
    this.animate(on);
  }

  private animate(on: boolean): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.fullScreen = on;
      this.emit(on ? 'enter-full-screen' : 'leave-full-screen');
      this.next();
    }, ANIMATION_MS);
  }
}
