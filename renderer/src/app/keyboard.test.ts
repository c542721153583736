import { describe, expect, it } from 'vitest';
import { commandForKey } from './keyboard';

const press = (key: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}) => ({
  key,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

describe('keyboard shortcuts on the map screen', () => {
  it('undo and redo with Ctrl or Cmd', () => {
    expect(commandForKey(press('z', { ctrl: true }), false)).toBe('undo');
    expect(commandForKey(press('z', { meta: true }), false)).toBe('undo');
    expect(commandForKey(press('Z', { ctrl: true, shift: true }), false)).toBe('redo');
    expect(commandForKey(press('y', { ctrl: true }), false)).toBe('redo');
  });

  it('delete, select all, fit and zoom', () => {
    expect(commandForKey(press('Delete'), false)).toBe('delete');
    expect(commandForKey(press('Backspace'), false)).toBe('delete');
    expect(commandForKey(press('a', { meta: true }), false)).toBe('selectAll');
    expect(commandForKey(press('d', { ctrl: true }), false)).toBe('duplicate');
    expect(commandForKey(press('d', { ctrl: true }), true)).toBeNull();
    expect(commandForKey(press('n'), true)).toBeNull();
    expect(commandForKey(press('0', { ctrl: true }), false)).toBe('fit');
    expect(commandForKey(press('=', { ctrl: true }), false)).toBe('zoomIn');
    expect(commandForKey(press('-', { ctrl: true }), false)).toBe('zoomOut');
  });

  it('opens the portfolio with Ctrl/Cmd+Shift+P, as the menu says', () => {
    expect(commandForKey(press('P', { ctrl: true, shift: true }), false)).toBe('showPortfolio');
    expect(commandForKey(press('p', { meta: true, shift: true }), false)).toBe('showPortfolio');
    expect(commandForKey(press('p', { ctrl: true }), false)).toBeNull();
  });

  it('leaves every key to a text field being typed in', () => {
    expect(commandForKey(press('Backspace'), true)).toBeNull();
    expect(commandForKey(press('z', { ctrl: true }), true)).toBeNull();
    expect(commandForKey(press('a', { ctrl: true }), true)).toBeNull();
  });

  it('enters and leaves workshop mode with F5, even from a text field, as presentation apps do', () => {
    expect(commandForKey(press('F5'), false)).toBe('toggleWorkshop');
    expect(commandForKey(press('F5'), true)).toBe('toggleWorkshop');
    expect(commandForKey(press('F5', { ctrl: true }), false)).toBeNull();
    // Holding F5 down toggles once, not on every repeated press.
    expect(commandForKey({ ...press('F5'), repeat: true }, false)).toBeNull();
  });

  it('finds with Ctrl/Cmd+F, from a text field too, and leaves a plain F to the text', () => {
    expect(commandForKey(press('f', { ctrl: true }), false)).toBe('find');
    expect(commandForKey(press('f', { meta: true }), true)).toBe('find');
    expect(commandForKey(press('f'), true)).toBeNull();
    expect(commandForKey(press('F', { ctrl: true, shift: true }), false)).toBeNull();
  });

  it('ignores plain letters other than N', () => {
    expect(commandForKey(press('x'), false)).toBeNull();
    expect(commandForKey(press('n'), false)).toBe('newPerson');
  });
});
