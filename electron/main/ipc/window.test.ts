import { describe, expect, it } from 'vitest';
import { sampleAccount } from '../../../shared/exchange/testing/sample-account';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { createFakePorts } from './testing/fake-ports';
import { createFakeStore } from './testing/fake-store';

/** A window that starts windowed and records what it was asked, as Electron's BrowserWindow would answer. */
function windowPorts() {
  const asked: boolean[] = [];
  let fullScreen = false;
  const ports = createFakePorts();
  ports.setFullScreen = (on) => {
    asked.push(on);
    if (fullScreen === on) return false;
    fullScreen = on;
    return true;
  };
  return { ports, asked, isFullScreen: () => fullScreen };
}

describe('window.setFullScreen', () => {
  it('puts the window into full screen and out, and says when nothing changed', async () => {
    const { ports, asked, isFullScreen } = windowPorts();
    const handlers = createHandlers(createFakeStore([sampleAccount()]), ports);
    expect(await handlers['window.setFullScreen']({ on: true })).toEqual({ ok: true, value: { changed: true } });
    expect(isFullScreen()).toBe(true);
    // Already full screen (the user chose View → Full screen first): the workshop must not take it out later.
    expect(await handlers['window.setFullScreen']({ on: true })).toEqual({ ok: true, value: { changed: false } });
    expect(await handlers['window.setFullScreen']({ on: false })).toEqual({ ok: true, value: { changed: true } });
    expect(isFullScreen()).toBe(false);
    expect(asked).toEqual([true, true, false]);
  });

  it('answers "not changed" where there is no window to change', async () => {
    const handlers = createHandlers(createFakeStore([sampleAccount()]), createFakePorts());
    expect(await handlers['window.setFullScreen']({ on: true })).toEqual({ ok: true, value: { changed: false } });
  });

  it('refuses a payload that is not one boolean, before the window is touched', async () => {
    const { ports, asked } = windowPorts();
    const handlers = createHandlers(createFakeStore([sampleAccount()]), ports);
    const refused = await dispatch(handlers, 'window.setFullScreen', { on: 'yes' });
    expect(refused.ok ? null : refused.error.code).toBe('invalid-payload');
    expect(await dispatch(handlers, 'window.setFullScreen', { on: true, kiosk: true })).toMatchObject({ ok: false });
    expect(asked).toEqual([]);
  });
});
