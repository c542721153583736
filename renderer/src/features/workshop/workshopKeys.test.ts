import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { accountData, person, TODAY } from '../../../../shared/analysis/testing';
import { workshopKeyHandler } from './workshopKeys';
import { workshopStore } from './workshopStore';

const data = accountData({ people: [person('a', { layer: 'image' }), person('b'), person('c')] });
const analysis = analyze(data, { today: TODAY, concentrationThreshold: 0.6, hiddenInfluenceQuantile: 0.2 });

function setup(linkModeOn = false) {
  const calls: string[] = [];
  let linkMode = linkModeOn;
  const onKey = workshopKeyHandler({
    data: () => data,
    analysis: () => analysis,
    leave: () => calls.push('leave'),
    stepBack: () => {
      if (!linkMode) return false;
      linkMode = false;
      calls.push('link mode off');
      return true;
    },
    toggleEditing: () => calls.push('toggle editing'),
  });
  const press = (key: string, extra: Partial<KeyboardEvent> = {}) => onKey({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...extra } as KeyboardEvent);
  workshopStore.getState().start();
  return { calls, press };
}

const where = () => ({ mode: workshopStore.getState().mode, index: workshopStore.getState().index });

afterEach(() => workshopStore.getState().stop());

describe('workshop keys', () => {
  it('1-5 choose the walk-through; arrows and a clicker’s PageUp/PageDown step, stopping at the ends', () => {
    const { press } = setup();
    expect(press('3')).toBe(true);
    expect(where()).toEqual({ mode: 'people', index: 0 });
    press('ArrowLeft');
    expect(where().index).toBe(0);
    press('ArrowRight');
    press('PageDown');
    press('PageDown');
    expect(where().index).toBe(2);
    press('PageUp');
    expect(where().index).toBe(1);
    press('Home');
    expect(where().index).toBe(0);
    press('2');
    expect(where()).toEqual({ mode: 'layers', index: 0 });
    // 5, the last: the plan, one step (who does what by when); 6 is no mode.
    press('5');
    expect(where()).toEqual({ mode: 'plan', index: 0 });
    press('ArrowRight');
    expect(where()).toEqual({ mode: 'plan', index: 0 });
    expect(press('6')).toBe(false);
    press('2');
  });

  it('E turns editing on or off, whichever case', () => {
    const { press, calls } = setup();
    expect(press('e')).toBe(true);
    expect(press('E')).toBe(true);
    expect(calls).toEqual(['toggle editing', 'toggle editing']);
  });

  it('Escape leaves link mode first, then the workshop', () => {
    const { press, calls } = setup(true);
    press('Escape');
    expect(calls).toEqual(['link mode off']);
    press('Escape');
    expect(calls).toEqual(['link mode off', 'leave']);
  });

  it('leaves keys with Ctrl, Cmd or Alt to the app', () => {
    const { press } = setup();
    expect(press('ArrowRight', { ctrlKey: true })).toBe(false);
    expect(press('2', { altKey: true })).toBe(false);
    expect(where()).toEqual({ mode: 'overview', index: 0 });
  });
});
