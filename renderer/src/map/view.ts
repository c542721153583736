import type { Core, NodeSingular } from 'cytoscape';
import { titleId } from './elements';
import { BLANK_ICON } from './blank';
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

/**
 * A label's height on screen and whether Cytoscape draws it at this zoom: its min-zoomed-font-size is
 * compared with the font size at the zoom rounded up to a power of two (its texture level), as it does.
 */
function drawnLabel(node: NodeSingular, zoom: number): { labelPx: number; labelShown: boolean } {
  const fontSize = node.numericStyle('font-size');
  const level = 2 ** Math.ceil(Math.log2(zoom * window.devicePixelRatio));
  const label = String(node.style('label') ?? '');
  const shown = label !== '' && node.visible() && fontSize * level >= node.numericStyle('min-zoomed-font-size');
  return { labelPx: fontSize * zoom, labelShown: shown };
}

function titleOf(cy: Core, node: NodeSingular, zoom: number): MapViewSnapshot['nodes'][number]['title'] {
  const title = cy.getElementById(titleId(node.id()));
  if (title.empty()) return null;
  const { labelPx, labelShown } = drawnLabel(title, zoom);
  return { text: String(title.data('label')), px: labelPx, shown: labelShown };
}

function imagesOf(node: NodeSingular): number {
  const style = (node as unknown as { pstyle(name: string): { value?: string[] } | undefined }).pstyle('background-image');
  const images = style?.value ?? [];
  return images.filter((url) => url !== '' && url !== 'none' && url !== BLANK_ICON).length;
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
          ...drawnLabel(node, zoom),
          title: titleOf(cy, node, zoom),
          images: imagesOf(node),
        };
      });
      const edges = cy.edges('.link').map((edge) => ({
        id: edge.id(),
        kind: String(edge.data('kind')),
        source: edge.source().id(),
        target: edge.target().id(),
        selected: edge.selected(),
        shown: edge.visible(),
        classes: edge.classes(),
      }));
      return { nodes, edges, bands: bandClientRects(geometry(), toClient), zoom };
    },
    nextFrame: () => nextPaintedFrame(cy),
  };
}
