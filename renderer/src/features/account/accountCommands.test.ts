import { afterEach, describe, expect, it } from 'vitest';
import type { PowerMapHandle } from '../../map/types';
import { accountCommandHandler, accountKeyHandler } from './accountCommands';
import { accountViewStore } from './viewStore';

function fakeMap() {
  const calls: string[] = [];
  const handle: PowerMapHandle = {
    fit: () => calls.push('fit'),
    zoomBy: (factor) => calls.push(`zoom ${factor > 1 ? 'in' : 'out'}`),
    panBy: (dx, dy) => calls.push(`pan ${dx} ${dy}`),
    frame: () => calls.push('frame'),
    viewport: () => ({ zoom: 1, pan: { x: 0, y: 0 } }),
    setViewport: () => calls.push('set viewport'),
    layerAt: () => null,
    anchorOf: () => null,
  };
  return { calls, handle };
}

const key = (k: string, extra: Partial<KeyboardEvent> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: null, ...extra }) as KeyboardEvent;

afterEach(() => accountViewStore.getState().reset());

describe('keys on the account screen', () => {
  it('arrow keys move the view the way they point, further with Shift', () => {
    const { calls, handle } = fakeMap();
    const onKey = accountKeyHandler(() => handle);
    expect(onKey(key('ArrowRight'))).toBe(true);
    expect(onKey(key('ArrowUp', { shiftKey: true }))).toBe(true);
    expect(calls).toEqual(['pan -80 0', 'pan 0 320']);
  });

  it('leaves arrow keys to a toolbar that moves focus with them, and to shortcuts with modifiers', () => {
    const { calls, handle } = fakeMap();
    const onKey = accountKeyHandler(() => handle);
    const inToolbar = { closest: (selector: string) => (selector.includes('toolbar') ? ({} as Element) : null) };
    expect(onKey(key('ArrowLeft', { target: inToolbar as unknown as EventTarget }))).toBe(false);
    expect(onKey(key('ArrowLeft', { altKey: true }))).toBe(false);
    expect(calls).toEqual([]);
  });

  it('Escape leaves link mode; with nothing to leave it is not used', () => {
    const onKey = accountKeyHandler(() => null);
    accountCommandHandler(() => null)('newLink');
    expect(accountViewStore.getState().linkMode).toBe(true);
    expect(onKey(key('Escape'))).toBe(true);
    expect(accountViewStore.getState().linkMode).toBe(false);
    expect(onKey(key('Escape'))).toBe(false);
  });
});

describe('view commands on the account screen', () => {
  it('fit and zoom go to the map; newLink toggles link mode', () => {
    const { calls, handle } = fakeMap();
    const run = accountCommandHandler(() => handle);
    run('fit');
    run('zoomIn');
    run('zoomOut');
    expect(calls).toEqual(['fit', 'zoom in', 'zoom out']);
    run('newLink');
    run('newLink');
    expect(accountViewStore.getState().linkMode).toBe(false);
  });
});
