import type { Core } from 'cytoscape';
import type { MapViewport, PowerMapHandle } from './types';
import type { MapElementDef } from './elements';

/** Viewport commands behind the PowerMapHandle (toolbar buttons, keyboard, search hits). */

export const MIN_ZOOM = 0.04;
export const MAX_ZOOM = 3;
const FIT_PADDING = 24;
const FRAME_PADDING = 72;
/** Framing one person should not zoom in further than comfortable reading size. */
const FRAME_MAX_ZOOM = 1.25;
const FRAME_DURATION_MS = 280;

/** The user asked the system for less motion (an accessibility setting): the view then jumps instead of gliding. */
function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function fitAll(cy: Core): void {
  cy.stop(true, true);
  cy.fit(cy.elements(), FIT_PADDING);
}

/** The box of the bands, which hold every element (with their border), in model units; null without bands. */
export function bandsBox(defs: Iterable<MapElementDef>): { x1: number; y1: number; x2: number; y2: number } | null {
  let box: { x1: number; y1: number; x2: number; y2: number } | null = null;
  for (const def of defs) {
    if (def.data.kind !== 'band' || !def.position) continue;
    const halfW = Number(def.data.w) / 2 + 1;
    const halfH = Number(def.data.h) / 2 + 1;
    const { x, y } = def.position;
    box = box
      ? { x1: Math.min(box.x1, x - halfW), y1: Math.min(box.y1, y - halfH), x2: Math.max(box.x2, x + halfW), y2: Math.max(box.y2, y + halfH) }
      : { x1: x - halfW, y1: y - halfH, x2: x + halfW, y2: y + halfH };
  }
  return box;
}

/**
 * The zoom `fitAll` will give a graph whose elements all lie within `box` (model units: the bands hold
 * every element), in a view of `width` x `height`; null without a box or a view. Known before the
 * elements are on the graph, so they can be added with the level of detail of that zoom (lod.ts).
 */
export function expectedFitZoom(box: { x1: number; y1: number; x2: number; y2: number } | null, width: number, height: number): number | null {
  if (!box || width <= 0 || height <= 0 || box.x2 <= box.x1 || box.y2 <= box.y1) return null;
  const zoom = Math.min((width - 2 * FIT_PADDING) / (box.x2 - box.x1), (height - 2 * FIT_PADDING) / (box.y2 - box.y1));
  return zoom > 0 ? clampZoom(zoom) : null;
}

function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

export function createViewportHandle(getCy: () => Core | null): Omit<PowerMapHandle, 'layerAt' | 'anchorOf'> {
  return {
    fit() {
      const cy = getCy();
      if (cy) fitAll(cy);
    },
    zoomBy(factor: number) {
      const cy = getCy();
      if (!cy || !(factor > 0)) return;
      cy.stop(true, true);
      cy.zoom({ level: clampZoom(cy.zoom() * factor), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    panBy(dx: number, dy: number) {
      getCy()?.panBy({ x: dx, y: dy });
    },
    frame(ids: readonly string[], options: { maxZoom?: number } = {}) {
      const cy = getCy();
      if (!cy) return;
      let eles = cy.collection();
      for (const id of ids) eles = eles.union(cy.getElementById(id));
      if (eles.empty()) return;
      const box = eles.boundingBox({ includeLabels: true });
      const width = cy.width();
      const height = cy.height();
      const fitZoom = Math.min((width - 2 * FRAME_PADDING) / Math.max(box.w, 1), (height - 2 * FRAME_PADDING) / Math.max(box.h, 1));
      const zoom = clampZoom(Math.min(fitZoom, options.maxZoom ?? FRAME_MAX_ZOOM));
      const pan = { x: width / 2 - zoom * (box.x1 + box.w / 2), y: height / 2 - zoom * (box.y1 + box.h / 2) };
      if (prefersReducedMotion()) {
        cy.stop(true, true);
        cy.viewport({ zoom, pan });
        return;
      }
      cy.stop(true, false);
      cy.animate({ zoom, pan }, { duration: FRAME_DURATION_MS, easing: 'ease-in-out-cubic' });
    },
    viewport(): MapViewport {
      const cy = getCy();
      return cy ? { zoom: cy.zoom(), pan: { ...cy.pan() } } : { zoom: 1, pan: { x: 0, y: 0 } };
    },
    setViewport(viewport: MapViewport) {
      const cy = getCy();
      if (!cy) return;
      cy.stop(true, true);
      cy.viewport({ zoom: clampZoom(viewport.zoom), pan: viewport.pan });
    },
  };
}
