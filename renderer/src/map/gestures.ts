import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { LAYERS, type Layer } from '../../../shared/model';
import { bandAt, clampIntoBand, clampIntoTeamColumn, type BandGeometry, type Pos } from '../../../shared/layout';
import type { PowerMapProps } from './types';

/**
 * Graph -> shell. Only user gestures are reported (tap and box select, drag end, double-click, link
 * drawing); changes the map makes itself while applying new props are ignored through `isApplying`, and
 * a reported selection is compared with the props' selection first, so the two sides never echo.
 */

export type MoveReport = Parameters<PowerMapProps['onMoveNodes']>[0][number];

/** The band a person dropped at `pos` belongs to: the band under it, else the nearest one above or below. */
export function dropLayer(pos: Pos, geometry: BandGeometry): Layer {
  for (const layer of LAYERS) {
    const rect = geometry.bands[layer];
    if (pos.y < rect.y + rect.h) return layer;
  }
  return LAYERS[LAYERS.length - 1] as Layer;
}

export interface DroppedNode {
  id: string;
  kind: 'person' | 'team';
  /** the person's layer before the drag */
  layer?: Layer;
  x: number;
  y: number;
}

/** Where dropped nodes end up: people clamped into the band they were dropped in, members into our column. */
export function resolveMoves(dropped: readonly DroppedNode[], geometry: BandGeometry): MoveReport[] {
  return dropped.map((node) => {
    if (node.kind === 'team') return { id: node.id, ...clampIntoTeamColumn(node, geometry) };
    const layer = dropLayer(node, geometry);
    const pos = clampIntoBand(layer, node, geometry);
    return layer === node.layer ? { id: node.id, ...pos } : { id: node.id, ...pos, layer };
  });
}

export interface HitBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The node whose box holds `pos` (the one with the nearest centre when boxes overlap). */
export function hitTest(boxes: Iterable<HitBox>, pos: Pos, slop = 4): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const box of boxes) {
    const dx = Math.abs(pos.x - box.x);
    const dy = Math.abs(pos.y - box.y);
    if (dx > box.w / 2 + slop || dy > box.h / 2 + slop) continue;
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      best = box.id;
      bestDistance = distance;
    }
  }
  return best;
}

/** Nodes that can be selected and linked: not the bands, their titles or the ghost. */
export const ITEM_NODES = 'node.person, node.team, node.competitor';
const ITEMS = `${ITEM_NODES}, edge.link`;

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

export interface GestureContext {
  props(): PowerMapProps;
  geometry(): BandGeometry;
  /** true while props are being applied to the graph */
  isApplying(): boolean;
}

export interface GestureController {
  setLinkMode(on: boolean): void;
  clearLinkSource(): void;
  dispose(): void;
}

const GHOST_END = 'ghost:end';
const GHOST_EDGE = 'ghost:edge';
/** Pointer travel (px) below which a Shift+press on a node is a click, not a drawn link. */
const CLICK_SLOP = 4;

export function bindGestures(cy: Core, container: HTMLElement, ctx: GestureContext): GestureController {
  let linkMode = false;
  let linkSource: string | null = null;
  let selectionQueued = false;
  const dropped = new Map<string, NodeSingular>();

  function reportSelection(): void {
    selectionQueued = false;
    const ids = cy.$(ITEMS).filter(':selected').map((ele) => ele.id());
    if (!sameIds(ids, ctx.props().selection)) ctx.props().onSelectionChange(ids);
  }

  function onSelect(): void {
    if (ctx.isApplying() || selectionQueued) return;
    selectionQueued = true;
    // Box selection and taps fire one event per element: report the outcome once.
    queueMicrotask(reportSelection);
  }

  function reportMoves(): void {
    const geometry = ctx.geometry();
    const nodes: DroppedNode[] = [];
    for (const node of dropped.values()) {
      if (node.removed()) continue;
      const kind = node.data('kind') as string;
      if (kind !== 'person' && kind !== 'team') continue;
      const { x, y } = node.position();
      nodes.push({ id: node.id(), kind, layer: node.data('layer') as Layer | undefined, x, y });
    }
    dropped.clear();
    if (nodes.length === 0) return;
    const moves = resolveMoves(nodes, geometry);
    // Show the clamped spot at once; the shell's new data confirms it (or moves it back).
    cy.batch(() => {
      for (const move of moves) cy.getElementById(move.id).position({ x: move.x, y: move.y });
    });
    ctx.props().onMoveNodes(moves);
  }

  function onDragFree(evt: EventObject): void {
    const node = evt.target as NodeSingular;
    if (dropped.size === 0) queueMicrotask(reportMoves);
    dropped.set(node.id(), node);
  }

  function onDoubleTap(evt: EventObject): void {
    // Links cross the bands everywhere: a double-click that lands on one still means "add a person here".
    const onBackground = evt.target === cy || (evt.target as { isEdge?: () => boolean }).isEdge?.() === true;
    if (!onBackground) return;
    const geometry = ctx.geometry();
    const layer = bandAt(evt.position, geometry);
    if (layer) ctx.props().onAddPerson(layer, clampIntoBand(layer, evt.position, geometry));
  }

  function setLinkSource(id: string | null): void {
    if (id === linkSource) return;
    if (linkSource) cy.getElementById(linkSource).removeClass('link-source');
    linkSource = id;
    if (id) cy.getElementById(id).addClass('link-source');
    ctx.props().onLinkSourceChange(id);
  }

  function onNodeTap(evt: EventObject): void {
    if (!linkMode) return;
    const id = (evt.target as NodeSingular).id();
    if (linkSource === null) {
      setLinkSource(id);
    } else if (linkSource === id) {
      setLinkSource(null);
    } else {
      const from = linkSource;
      setLinkSource(null);
      ctx.props().onDrawLink(from, id);
    }
  }

  function onBackgroundTap(evt: EventObject): void {
    if (linkMode && evt.target === cy) setLinkSource(null);
  }

  function onContextTap(evt: EventObject): void {
    const pointer = evt.originalEvent as MouseEvent | undefined;
    const report = ctx.props().onPersonMenu;
    if (linkMode || !report || !pointer) return;
    report((evt.target as NodeSingular).id(), pointer.clientX, pointer.clientY);
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && linkMode && linkSource) setLinkSource(null);
  }

  function toModel(clientX: number, clientY: number): Pos {
    const rect = container.getBoundingClientRect();
    const pan = cy.pan();
    const zoom = cy.zoom();
    return { x: (clientX - rect.left - pan.x) / zoom, y: (clientY - rect.top - pan.y) / zoom };
  }

  function nodeAt(pos: Pos): string | null {
    const boxes: HitBox[] = [];
    cy.nodes(ITEM_NODES).forEach((node) => {
      const { x, y } = node.position();
      boxes.push({ id: node.id(), x, y, w: node.width(), h: node.height() });
    });
    return hitTest(boxes, pos);
  }

  /** Shift+drag from a node draws a link; Cytoscape would box-select instead, so it never sees this press. */
  function onMouseDownCapture(e: MouseEvent): void {
    container.focus({ preventScroll: true });
    if (e.button !== 0 || !e.shiftKey) return;
    const start = toModel(e.clientX, e.clientY);
    const source = nodeAt(start);
    if (source === null) return;
    e.stopPropagation();
    e.preventDefault();
    const startX = e.clientX;
    const startY = e.clientY;
    let drawing = false;

    const onMove = (move: MouseEvent): void => {
      const pos = toModel(move.clientX, move.clientY);
      if (!drawing) {
        if (Math.hypot(move.clientX - startX, move.clientY - startY) < CLICK_SLOP) return;
        drawing = true;
        cy.add([
          { group: 'nodes', data: { id: GHOST_END, kind: 'ghost' }, classes: 'ghost-end', position: pos, selectable: false, grabbable: false },
          { group: 'edges', data: { id: GHOST_EDGE, kind: 'ghost', source, target: GHOST_END }, classes: 'ghost', selectable: false },
        ]);
      } else {
        cy.getElementById(GHOST_END).position(pos);
      }
    };
    const onUp = (up: MouseEvent): void => {
      window.removeEventListener('mousemove', onMove, true);
      window.removeEventListener('mouseup', onUp, true);
      if (!drawing) {
        // A Shift+click: add to or remove from the selection, as Cytoscape would have.
        const node = cy.getElementById(source);
        if (node.selected()) node.unselect();
        else node.select();
        return;
      }
      cy.remove(cy.getElementById(GHOST_EDGE).union(cy.getElementById(GHOST_END)));
      const target = nodeAt(toModel(up.clientX, up.clientY));
      if (target !== null && target !== source) ctx.props().onDrawLink(source, target);
    };
    window.addEventListener('mousemove', onMove, true);
    window.addEventListener('mouseup', onUp, true);
  }

  cy.on('select unselect', onSelect);
  cy.on('dragfree', 'node', onDragFree);
  cy.on('dbltap', onDoubleTap);
  cy.on('tap', ITEM_NODES, onNodeTap);
  cy.on('tap', onBackgroundTap);
  cy.on('cxttap', 'node.person', onContextTap);
  container.addEventListener('mousedown', onMouseDownCapture, true);
  window.addEventListener('keydown', onKeyDown);

  return {
    setLinkMode(on: boolean) {
      linkMode = on;
      // In link mode taps pick ends; they must not change the selection.
      cy.autounselectify(on);
      if (!on && linkSource) setLinkSource(null);
    },
    clearLinkSource() {
      setLinkSource(null);
    },
    dispose() {
      cy.removeListener('select unselect', onSelect);
      cy.removeListener('dragfree', 'node', onDragFree);
      cy.removeListener('dbltap', onDoubleTap);
      cy.removeListener('tap', ITEM_NODES, onNodeTap);
      cy.removeListener('tap', onBackgroundTap);
      cy.removeListener('cxttap', 'node.person', onContextTap);
      container.removeEventListener('mousedown', onMouseDownCapture, true);
      window.removeEventListener('keydown', onKeyDown);
    },
  };
}
