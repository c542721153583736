import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnimatedWindow } from '../../test/e2e/animated-window';
import { createFullScreenControl } from './full-screen';

/** Lets the animation under way (as macOS animates full screen) run to its end. */
const finishAnimation = () => vi.advanceTimersToNextTimer();

function setup() {
  const window = new AnimatedWindow();
  const told: boolean[] = [];
  const control = createFullScreenControl(() => window);
  control.attach(window, (fullScreen) => told.push(fullScreen));
  return { window, told, control };
}

describe('the window full screen the workshop asks for', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('goes in and out, and tells the page each state the window settles in', () => {
    const { window, told, control } = setup();
    expect(control.set(true)).toBe(true);
    finishAnimation();
    expect(control.set(true)).toBe(false);
    expect(control.set(false)).toBe(true);
    finishAnimation();
    expect(told).toEqual([true, false]);
    expect(window.isFullScreen()).toBe(false);
  });

  it('leaving before the animation into full screen has ended still takes the window out', () => {
    const { window, told, control } = setup();
    control.set(true);
    expect(control.set(false)).toBe(true);
    finishAnimation();
    finishAnimation();
    expect(window.isFullScreen()).toBe(false);
    // Passing through full screen on the way out is not news to the page.
    expect(told).toEqual([false]);
  });

  it('a leave on the way back into full screen (Leave, then F5 at once) does not reach the page', () => {
    const { window, told, control } = setup();
    control.set(true);
    finishAnimation();
    control.set(false);
    expect(control.set(true)).toBe(true);
    finishAnimation();
    finishAnimation();
    expect(window.isFullScreen()).toBe(true);
    expect(told).toEqual([true, true]);
  });

  it('tells the page when the user takes the window out of full screen', () => {
    const { window, told, control } = setup();
    control.set(true);
    finishAnimation();
    window.userLeaves();
    finishAnimation();
    expect(told).toEqual([true, false]);
    expect(control.set(true)).toBe(true);
  });

  it('does nothing without a window', () => {
    expect(createFullScreenControl(() => null).set(true)).toBe(false);
  });
});
