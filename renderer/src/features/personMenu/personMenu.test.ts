import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoAccount, demoPersonId } from '../../../../shared/demo';
import { clockStore, editorStore } from '../../app/services';
import { findingsViewStore } from '../findings/findingsView';
import { actionDraftStore } from '../plan/actionDraft';
import { logDialogStore } from '../plan/logDialog';
import { workshopStore } from '../workshop/workshopStore';
import { enabledItems, openPersonMenu, personMenuKey, runPersonMenuItem } from './personMenuActions';
import { MENU_MARGIN, personMenuStore, placeMenu } from './personMenuStore';

const TODAY = '2026-11-22';
const demo = buildDemoAccount('en', TODAY);
const wang = demo.people.find((p) => p.id === demoPersonId('president'))!;

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...extra }) as KeyboardEvent;

beforeEach(() => {
  editorStore.setState({ accountId: demo.account.id, data: demo, confirmed: demo, selection: [] });
  clockStore.setState({ today: TODAY });
});

afterEach(() => {
  personMenuStore.getState().close();
  logDialogStore.getState().close();
  workshopStore.setState({ active: false, editing: false });
  editorStore.setState({ accountId: null, data: null, confirmed: null, selection: [] });
});

describe('where the person menu opens', () => {
  const view = { width: 1366, height: 768 };
  const size = { width: 240, height: 230 };

  it('opens right of and below the pointer when it fits', () => {
    expect(placeMenu({ x: 100, y: 100 }, size, view)).toEqual({ left: 100, top: 100 });
  });

  it('flips left and up near the bottom-right corner, and never leaves the window', () => {
    expect(placeMenu({ x: 1300, y: 700 }, size, view)).toEqual({ left: 1300 - 240, top: 700 - 230 });
    expect(placeMenu({ x: 1362, y: 100 }, size, view).left).toBe(1366 - 240 - MENU_MARGIN);
    const placed = placeMenu({ x: 5, y: 700 }, { width: 240, height: 760 }, view);
    expect(placed.left).toBe(MENU_MARGIN);
    expect(placed.top).toBe(MENU_MARGIN);
  });
});

describe('the person menu', () => {
  it('a right-click selects the person and opens their menu there', () => {
    openPersonMenu(wang.id, 300, 200);
    expect(editorStore.getState().selection).toEqual([wang.id]);
    expect(personMenuStore.getState().open).toEqual({ personId: wang.id, x: 300, y: 200 });
  });

  it('Log contact opens the log dialog with that person chosen, and closes the menu', () => {
    openPersonMenu(wang.id, 300, 200);
    runPersonMenuItem('logContact', wang.id);
    expect(logDialogStore.getState().personIds).toEqual([wang.id]);
    expect(personMenuStore.getState().open).toBeNull();
  });

  it('New action opens the Plan tab with the person asked for, once', () => {
    runPersonMenuItem('newAction', wang.id);
    expect(findingsViewStore.getState().tab).toBe('plan');
    expect(actionDraftStore.getState().take()).toBe(wang.id);
    expect(actionDraftStore.getState().take()).toBeNull();
  });

  it('"Mark verified today" is offered until the person is verified today', () => {
    const stale = demo.people.find((p) => p.verifiedOn !== TODAY)!;
    expect(enabledItems(stale.id).has('verifyToday')).toBe(true);
    const verified = { ...demo, people: demo.people.map((p) => (p.id === stale.id ? { ...p, verifiedOn: TODAY } : p)) };
    editorStore.setState({ data: verified });
    expect(enabledItems(stale.id).has('verifyToday')).toBe(false);
    expect(enabledItems(stale.id).has('logContact')).toBe(true);
  });

  it('offers nothing while a workshop takes no edits', () => {
    workshopStore.setState({ active: true, editing: false });
    expect(enabledItems(wang.id).size).toBe(0);
    runPersonMenuItem('logContact', wang.id);
    expect(logDialogStore.getState().personIds).toBeNull();
  });

  it('Shift+F10 and the context-menu key open the menu of the one person selected, beside them', () => {
    const anchor = () => ({ x: 40, y: 50 });
    expect(personMenuKey(key('F10', { shiftKey: true }), anchor)).toBe(false);
    editorStore.getState().select([wang.id]);
    expect(personMenuKey(key('F10'), anchor)).toBe(false);
    expect(personMenuKey(key('F10', { shiftKey: true }), anchor)).toBe(true);
    expect(personMenuStore.getState().open).toEqual({ personId: wang.id, x: 40, y: 50 });
    personMenuStore.getState().close();
    expect(personMenuKey(key('ContextMenu'), anchor)).toBe(true);
    editorStore.getState().select([wang.id, demo.people[1]!.id]);
    personMenuStore.getState().close();
    expect(personMenuKey(key('ContextMenu'), anchor)).toBe(false);
  });
});
