import { describe, expect, it } from 'vitest';
import { useTempStore } from '../../../node/db/test-support';
import { AnimatedWindow } from '../../../test/e2e/animated-window';
import { createFullScreenControl } from '../full-screen';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { createFakePorts } from './testing/fake-ports';

/**
 * The workshop's full-screen request as the app serves it: dispatch, the real handler, and the real
 * full-screen control wired as desktop-ports.ts wires it, in front of a window that animates as on macOS.
 */
describe('window.setFullScreen', () => {
  const fixture = useTempStore();

  function setup(window: AnimatedWindow | null) {
    const control = createFullScreenControl(() => window);
    if (window) control.attach(window, () => undefined);
    const ports = createFakePorts();
    ports.setFullScreen = (on) => control.set(on);
    return createHandlers(fixture.store, ports);
  }

  it('puts the window into full screen and out, and says when nothing changed', async () => {
    const window = new AnimatedWindow();
    const handlers = setup(window);
    expect(await dispatch(handlers, 'window.setFullScreen', { on: true })).toEqual({ ok: true, value: { changed: true } });
    await window.settled();
    expect(window.isFullScreen()).toBe(true);
    // Already full screen (the user chose View → Full screen first): the workshop must not take it out later.
    expect(await dispatch(handlers, 'window.setFullScreen', { on: true })).toEqual({ ok: true, value: { changed: false } });
    expect(await dispatch(handlers, 'window.setFullScreen', { on: false })).toEqual({ ok: true, value: { changed: true } });
    await window.settled();
    expect(window.isFullScreen()).toBe(false);
  });

  it('answers "not changed" where there is no window to change', async () => {
    expect(await dispatch(setup(null), 'window.setFullScreen', { on: true })).toEqual({ ok: true, value: { changed: false } });
  });

  it('refuses a payload that is not one boolean, before the window is touched', async () => {
    const window = new AnimatedWindow();
    const handlers = setup(window);
    const refused = await dispatch(handlers, 'window.setFullScreen', { on: 'yes' });
    expect(refused.ok ? null : refused.error.code).toBe('invalid-payload');
    expect(await dispatch(handlers, 'window.setFullScreen', { on: true, kiosk: true })).toMatchObject({ ok: false });
    expect(window.animating()).toBe(false);
    expect(window.isFullScreen()).toBe(false);
  });
});
