import type { Core } from 'cytoscape';
import { bandAt, type BandGeometry } from '../../../shared/layout';
import type { Layer } from '../../../shared/model';

/** The layer band under a point of the page (client coordinates), or null outside the bands. */
export function layerAtClient(cy: Core | null, geometry: BandGeometry, clientX: number, clientY: number): Layer | null {
  if (!cy) return null;
  const box = cy.container()?.getBoundingClientRect();
  if (!box || clientX < box.left || clientX > box.right || clientY < box.top || clientY > box.bottom) return null;
  const pan = cy.pan();
  const zoom = cy.zoom();
  return bandAt({ x: (clientX - box.left - pan.x) / zoom, y: (clientY - box.top - pan.y) / zoom }, geometry);
}
