import { describe, expect, it } from 'vitest';
import { sampleAccount } from '../../../shared/exchange/testing/sample-account';
import { useTempStore } from '../../../node/db/test-support';
import type { AppEntry } from '../app-url';
import { guardedDispatch } from './guarded-dispatch';
import { createHandlers } from './handlers';
import { isAppFrame, type FrameIdentity } from './sender';
import { createFakePorts } from './testing/fake-ports';

const built: AppEntry = { kind: 'bundle', root: '/opt/power-map/out/renderer' };
const mainFrame = { processId: 4, routingId: 1 };
const ourPage: FrameIdentity = { ...mainFrame, url: 'power-map://app/index.html#/accounts/acc-1' };

describe('isAppFrame', () => {
  it("accepts the main frame of the app's window showing the app's page", () => {
    expect(isAppFrame(ourPage, mainFrame, built)).toBe(true);
  });

  it.each([
    ['an iframe in the same process', { ...ourPage, routingId: 7 }],
    ['a frame of another renderer process', { ...ourPage, processId: 9 }],
    ['our main frame after it navigated to another site', { ...mainFrame, url: 'https://example.com/' }],
    ['our main frame showing a local file', { ...mainFrame, url: 'file:///opt/power-map/out/renderer/index.html' }],
    ['our main frame showing another file of the app', { ...mainFrame, url: 'power-map://app/assets/x.html' }],
    ['our main frame showing about:blank', { ...mainFrame, url: 'about:blank' }],
  ])('refuses %s', (_what, frame) => {
    expect(isAppFrame(frame, mainFrame, built)).toBe(false);
  });

  it('refuses a destroyed frame, and everything once the window is gone', () => {
    expect(isAppFrame(null, mainFrame, built)).toBe(false);
    expect(isAppFrame(ourPage, null, built)).toBe(false);
  });
});

describe('guardedDispatch', () => {
  const fixture = useTempStore();

  function setup() {
    const logged: string[] = [];
    fixture.store.restoreAccount(sampleAccount());
    const handlers = createHandlers(fixture.store, createFakePorts());
    const check = (frame: FrameIdentity | null) => isAppFrame(frame, mainFrame, built);
    const call = (frame: FrameIdentity | null) => guardedDispatch(handlers, 'accounts.list', frame, {}, check, (line) => logged.push(line));
    return { call, logged };
  }

  it("serves the app's own frame without logging", async () => {
    const { call, logged } = setup();
    const result = await call(ourPage);
    expect(result.ok && (result.value as { id: string }[]).map((row) => row.id)).toEqual(['acc-1']);
    expect(logged).toEqual([]);
  });

  it('refuses another frame with forbidden-sender and logs who asked', async () => {
    const { call, logged } = setup();
    const evil: FrameIdentity = { processId: 9, routingId: 3, url: 'https://example.com/phish' };
    expect(await call(evil)).toEqual({
      ok: false,
      error: { code: 'forbidden-sender', message: 'Refused accounts.list: the call did not come from the Power Map window.' },
    });
    await call(null);
    expect(logged).toEqual([
      'Refused IPC call accounts.list from frame 9:3 at "https://example.com/phish": not the Power Map window\'s page.',
      "Refused IPC call accounts.list from a frame that no longer exists: not the Power Map window's page.",
    ]);
  });
});
