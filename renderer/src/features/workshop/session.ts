import { clockStore, editorStore, settingsStore } from '../../app/services';
import { call } from '../../ipc/client';
import type { MapViewport, PowerMapHandle } from '../../map/types';
import { accountViewStore } from '../account/viewStore';
import { analysisStore } from '../findings/analysisService';
import { findingsViewStore, type RightTab } from '../findings/findingsView';
import { takeWorkshopEndSnapshot } from './workshopSnapshot';
import { workshopStore } from './workshopStore';

type MapHandleSource = () => PowerMapHandle | null;

/** Everything about the user's view that a workshop changes, taken when it starts and put back when it ends. */
interface SavedView {
  selection: string[];
  viewport: MapViewport | null;
  legendVisible: boolean;
  tab: RightTab;
  overlaysChoice: boolean | null;
  tracedPathTo: string | null;
  whatIf: boolean;
  goneIds: string[];
  linkMode: boolean;
  /** how far each scrolling part of the right column was scrolled, by selector */
  scrolls: [string, number][];
}

/** The right column's scrolling parts: the side panel, and the findings list when that tab is open. */
const SCROLLERS = ['.side-panel', '.fp-scroll'] as const;

let saved: SavedView | null = null;

/**
 * Full screen is the window's (through the main process), not the page's own: Electron ends a page's
 * full screen on Escape, and Escape in a workshop first leaves link mode or a dialog.
 * Requests go one at a time and each asks for what is wanted when it is sent, so quick F5 presses end
 * with the window as the last one left it. Only a full screen the workshop made is undone: a window the
 * user had put into full screen stays so.
 */
let fullScreenIsOurs = false;
let fullScreenRequests: Promise<void> = Promise.resolve();

function followWorkshopWithWindow(): void {
  fullScreenRequests = fullScreenRequests.then(async () => {
    const wanted = isWorkshopActive();
    if (wanted === fullScreenIsOurs) return;
    if (!wanted) fullScreenIsOurs = false;
    const result = await call('window.setFullScreen', { on: wanted });
    // Refused or unavailable, or the window was full screen already: the workshop still works.
    if (wanted) fullScreenIsOurs = result.ok && result.value.changed;
  });
}

function afterLayout(run: () => void): void {
  // The toolbar and header come back first; the map has its old size only a frame or two later.
  requestAnimationFrame(() => requestAnimationFrame(run));
}

export function isWorkshopActive(): boolean {
  return workshopStore.getState().active;
}

export function enterWorkshop(map: MapHandleSource): void {
  if (isWorkshopActive() || editorStore.getState().data === null) return;
  const findingsView = findingsViewStore.getState();
  const analysis = analysisStore.getState();
  const view = accountViewStore.getState();
  saved = {
    selection: [...editorStore.getState().selection],
    viewport: map()?.viewport() ?? null,
    legendVisible: view.legendVisible,
    tab: findingsView.tab,
    overlaysChoice: findingsView.overlaysChoice,
    tracedPathTo: findingsView.tracedPathTo,
    whatIf: analysis.whatIf,
    goneIds: [...analysis.goneIds],
    linkMode: view.linkMode,
    scrolls: SCROLLERS.map((selector) => [selector, document.querySelector(selector)?.scrollTop ?? 0]),
  };
  view.reset();
  // The room starts from the whole map; the user's selection would pull the focus away from each step.
  editorStore.getState().select([]);
  workshopStore.getState().start();
  followWorkshopWithWindow();
}

/** Leaves the workshop and puts back the selection, view, panels, what-if and window exactly as they were. */
export function leaveWorkshop(map: MapHandleSource): void {
  if (!isWorkshopActive()) return;
  const before = saved;
  saved = null;
  const accountId = editorStore.getState().accountId;
  workshopStore.getState().stop();
  if (accountId !== null) {
    void takeWorkshopEndSnapshot({ client: { call }, editor: editorStore, clock: clockStore, locale: () => settingsStore.getState().locale }, accountId);
  }
  followWorkshopWithWindow();
  accountViewStore.getState().reset();
  if (!before) return;
  editorStore.getState().select(before.selection);
  accountViewStore.setState({ legendVisible: before.legendVisible, linkMode: before.linkMode });
  findingsViewStore.setState({ tab: before.tab, overlaysChoice: before.overlaysChoice, tracedPathTo: before.tracedPathTo });
  const analysis = analysisStore.getState();
  analysis.setWhatIf(false);
  if (before.whatIf) {
    analysis.setWhatIf(true);
    analysisStore.getState().toggleGone(before.goneIds);
  }
  const viewport = before.viewport;
  afterLayout(() => {
    if (viewport) map()?.setViewport(viewport);
    for (const [selector, top] of before.scrolls) {
      const scroller = document.querySelector(selector);
      if (scroller) scroller.scrollTop = top;
    }
  });
}

export function toggleWorkshop(map: MapHandleSource): void {
  if (isWorkshopActive()) leaveWorkshop(map);
  else enterWorkshop(map);
}

/** The window left full screen by other means (the View menu, the OS): a workshop that asked for it ends with it. */
export function onFullScreenChange(map: MapHandleSource, fullScreen: boolean): void {
  if (fullScreen || !fullScreenIsOurs) return;
  fullScreenIsOurs = false;
  leaveWorkshop(map);
}

/** The workshop bar's Edit toggle (and its E key): leaving edit mode also leaves link mode. */
export function toggleWorkshopEditing(): void {
  const editing = !workshopStore.getState().editing;
  workshopStore.getState().setEditing(editing);
  if (!editing) accountViewStore.getState().setLinkMode(false);
}
