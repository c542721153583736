import type { Core } from 'cytoscape';
import type { BandGeometry } from '../../../shared/layout';
import { bandClientRects } from './bands';
import { ITEM_NODES } from './gestures';
import type { MapView, MapViewSnapshot } from './types';

/**
 * The read-only MapView published on window.__powerMapView: what is drawn and where on the page, and
 * a way to wait for the next painted frame. Tests and benchmarks read it; it changes nothing.
 */

type NodeKind = MapViewSnapshot['nodes'][number]['kind'];

/** Resolves after the frame following the next Cytoscape draw has started, i.e. once that draw is on screen. */
export function nextPaintedFrame(cy: Core): Promise<void> {
  return new Promise((resolve) => {
    cy.one('render', () => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    // Ask for a draw, so the promise resolves even when nothing is pending; it joins a pending one.
    cy.forceRender();
  });
}

export function createMapView(cy: Core, container: HTMLElement, geometry: () => BandGeometry): MapView {
  return {
    snapshot(): MapViewSnapshot {
      const rect = container.getBoundingClientRect();
      const pan = cy.pan();
      const zoom = cy.zoom();
      const toClient = (x: number, y: number) => ({ x: rect.left + pan.x + x * zoom, y: rect.top + pan.y + y * zoom });
      const nodes = cy.nodes(ITEM_NODES).map((node) => {
        const position = node.position();
        const rendered = node.renderedPosition();
        return {
          id: node.id(),
          kind: node.data('kind') as NodeKind,
          label: String(node.data('name') ?? ''),
          x: position.x,
          y: position.y,
          clientX: rect.left + rendered.x,
          clientY: rect.top + rendered.y,
          selected: node.selected(),
          classes: node.classes(),
          labelPx: node.numericStyle('font-size') * zoom,
        };
      });
      const edges = cy.edges('.link').map((edge) => ({
        id: edge.id(),
        kind: String(edge.data('kind')),
        source: edge.source().id(),
        target: edge.target().id(),
        selected: edge.selected(),
      }));
      return { nodes, edges, bands: bandClientRects(geometry(), toClient), zoom };
    },
    nextFrame: () => nextPaintedFrame(cy),
  };
}
