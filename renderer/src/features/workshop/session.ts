import { editorStore } from '../../app/services';
import type { MapViewport, PowerMapHandle } from '../../map/types';
import { accountViewStore } from '../account/viewStore';
import { analysisStore } from '../findings/analysisService';
import { findingsViewStore } from '../findings/findingsView';
import { workshopStore } from './workshopStore';

type MapHandleSource = () => PowerMapHandle | null;

/** Everything about the user's view that a workshop changes, taken when it starts and put back when it ends. */
interface SavedView {
  selection: string[];
  viewport: MapViewport | null;
  legendVisible: boolean;
  tab: 'details' | 'findings';
  overlaysChoice: boolean | null;
  tracedPathTo: string | null;
  whatIf: boolean;
  goneIds: string[];
  /** whether the workshop put the window into full screen (then it also takes it out) */
  enteredFullScreen: boolean;
}

let saved: SavedView | null = null;

async function requestFullScreen(): Promise<boolean> {
  if (document.fullscreenElement || !document.documentElement.requestFullscreen) return false;
  try {
    await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    // Refused (no user gesture, or the platform says no): the workshop still works in the window.
    return false;
  }
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
    enteredFullScreen: false,
  };
  view.reset();
  // The room starts from the whole map; the user's selection would pull the focus away from each step.
  editorStore.getState().select([]);
  workshopStore.getState().start();
  const session = saved;
  void requestFullScreen().then((entered) => {
    session.enteredFullScreen = entered;
  });
}

/** Leaves the workshop and puts back the selection, view, panels, what-if and window exactly as they were. */
export function leaveWorkshop(map: MapHandleSource): void {
  if (!isWorkshopActive()) return;
  const before = saved;
  saved = null;
  workshopStore.getState().stop();
  accountViewStore.getState().reset();
  if (!before) return;
  editorStore.getState().select(before.selection);
  accountViewStore.setState({ legendVisible: before.legendVisible });
  findingsViewStore.setState({ tab: before.tab, overlaysChoice: before.overlaysChoice, tracedPathTo: before.tracedPathTo });
  const analysis = analysisStore.getState();
  analysis.setWhatIf(false);
  if (before.whatIf) {
    analysis.setWhatIf(true);
    analysisStore.getState().toggleGone(before.goneIds);
  }
  if (before.enteredFullScreen && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  const viewport = before.viewport;
  if (viewport) afterLayout(() => map()?.setViewport(viewport));
}

export function toggleWorkshop(map: MapHandleSource): void {
  if (isWorkshopActive()) leaveWorkshop(map);
  else enterWorkshop(map);
}

/** The window left full screen by other means (Esc, the OS): a workshop that asked for it ends with it. */
export function onFullScreenChange(map: MapHandleSource): void {
  if (!document.fullscreenElement && saved?.enteredFullScreen) leaveWorkshop(map);
}
