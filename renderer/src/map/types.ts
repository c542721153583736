import type { AccountData, IsoDate, Layer } from '../../../shared/model';
import type { MapOverlays } from '../../../shared/visual/overlays';
import type { MapTheme } from '../../../shared/visual/vocabulary';

/**
 * The map is a controlled component: it draws `data` and reports gestures; it never writes to stores
 * or IPC itself. The shell turns gestures into edits (with undo) and passes new data back; the map
 * applies the difference to the graph inside one cy.batch, never rebuilding it.
 */
export interface PowerMapProps {
  data: AccountData;
  /** ids of selected people, team members, competitors and links */
  selection: readonly string[];
  /** `contrast` in workshop mode: the projector theme */
  theme: MapTheme;
  /** 'en' or 'zh-CN': band names, legend and badges follow it */
  locale: string;
  /** Whether the legend overlay is shown (the toolbar toggles it). */
  legendVisible: boolean;
  /**
   * Link mode (toolbar "Link" or the newLink command): taps on nodes pick the two ends instead of
   * selecting. The first tap reports the source through onLinkSourceChange; the second calls
   * onDrawLink. Tapping the background or pressing Escape clears the source.
   */
  linkMode: boolean;
  onLinkSourceChange(id: string | null): void;
  onSelectionChange(ids: string[]): void;
  /** Double-click on empty space in a band. */
  onAddPerson(layer: Layer, position: { x: number; y: number }): void;
  /** Drag end. `layer` is set when a person was dropped in another band. */
  onMoveNodes(moves: { id: string; x: number; y: number; layer?: Layer }[]): void;
  /**
   * A link drawn by dragging from one node to another (Shift+drag from a node, or the handle shown on
   * the selected node), or picked in link mode; the shell asks which kind.
   */
  onDrawLink(fromId: string, toId: string): void;
  /** A right-click on a person: the shell opens their context menu at that point (client coordinates). */
  onPersonMenu?(personId: string, clientX: number, clientY: number): void;
  /** Marks drawn over the map (analysis findings, what-if, workshop focus); none when absent. */
  overlays?: MapOverlays;
  /** Today (the app's one clock): people not verified within 90 days carry the "90+" badge; none when absent. */
  today?: IsoDate | null;
  /**
   * Open actions per person (shared/plan openActionsByPerson): people with any carry a flag badge, and the
   * hover card gives the count. None when absent (the map as of a past day).
   */
  openActions?: ReadonlyMap<string, number>;
  /**
   * "Show covers lines": every covers link drawn. Off (the default), covers links are drawn only for the
   * person in focus (selected or hovered); each person's covers chips say who covers them.
   */
  coversLines?: boolean;
}

export { OVERLAY_CLASSES, type BandOverlay, type MapOverlays, type OverlayClass } from '../../../shared/visual/overlays';

/** Imperative handle for toolbar and keyboard commands. */
export interface PowerMapHandle {
  fit(): void;
  zoomBy(factor: number): void;
  /** Pans by a distance in screen pixels (arrow keys). */
  panBy(dx: number, dy: number): void;
  /** Frames the given elements (e.g. a search hit); `maxZoom` lets a presentation come closer. */
  frame(ids: readonly string[], options?: { maxZoom?: number }): void;
  /** Where the view is, to come back to it exactly (leaving workshop mode). */
  viewport(): MapViewport;
  setViewport(viewport: MapViewport): void;
  /** The layer band under a point of the page (client coordinates), or null (pasting onto a band). */
  layerAt(clientX: number, clientY: number): Layer | null;
  /** Where a node is drawn, in client coordinates (a context menu opened from the keyboard goes there); null when not drawn. */
  anchorOf(id: string): { x: number; y: number } | null;
}

export interface MapViewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * A read-only view of what the map has drawn, published on `window.__powerMapView` while a map is
 * mounted. End-to-end tests and benchmarks use it to find where to click and to compare drawings
 * across a reload; it never allows changes.
 */
export interface MapViewSnapshot {
  nodes: {
    id: string;
    kind: 'person' | 'team' | 'competitor';
    label: string;
    /** model coordinates */
    x: number;
    y: number;
    /** client (page) coordinates of the node centre, for mouse gestures */
    clientX: number;
    clientY: number;
    selected: boolean;
    /** the node's style classes, e.g. attitude and role markers */
    classes: string[];
    /** how tall its name is drawn on screen, in CSS px (font size times zoom) */
    labelPx: number;
    /** whether the name is drawn at this zoom (level of detail) */
    labelShown: boolean;
    /** a person's job title: its height on screen and whether it is drawn at this zoom; null without one */
    title: { text: string; px: number; shown: boolean } | null;
    /** the images drawn on the node (sign, role badges, chips, eye), blank placeholders left out */
    images: number;
  }[];
  /** `shown`: drawn at all (covers links are hidden unless in focus or asked for); `classes`: its style classes, e.g. a fading link's */
  edges: { id: string; kind: string; source: string; target: string; selected: boolean; shown: boolean; classes: string[] }[];
  /** each band's rectangle in client coordinates */
  bands: Record<Layer, { left: number; top: number; width: number; height: number }>;
  zoom: number;
}

export interface MapView {
  snapshot(): MapViewSnapshot;
  /** Resolves after the next frame the map has painted (benchmarks and tests wait on it). */
  nextFrame(): Promise<void>;
}

declare global {
  interface Window {
    __powerMapView?: MapView;
  }
}
