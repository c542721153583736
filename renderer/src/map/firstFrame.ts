import type { Core } from 'cytoscape';
import { BLANK_ICON } from './blank';

/**
 * The map's first frame drawn once, each element straight into its place.
 *
 * Two things Cytoscape (3.34) does on a graph's first frame make a styled map cost far more than it must:
 *
 * - Every node carries the blank image (blank.ts). Cytoscape loads a node's image the first time it draws
 *   the node, into an image cache of each graph's own: a new `Image` of the data URL, which the browser
 *   decodes only after that frame. So the first frame draws each node without it, and once the image has
 *   loaded Cytoscape marks every node's drawing out of date (a `background` event per node) and draws the
 *   whole map again, textures and layer, in the next frames: a first paint that cost two. Each graph is
 *   handed the blank image already decoded (`shareDecodedBlank`).
 * - It draws each element into a texture of its own first (one per look: per attitude, role and covers
 *   for a person, per name for a label), then copies each texture into the layer it zooms and pans with.
 *   That pays where many elements look alike (bare Cytoscape's grey dots share one texture); on our map,
 *   seen whole, most elements look different, and the first frame drew nearly every element twice. For
 *   that frame each element is drawn straight into the layer (`drawFirstFrameDirectly`), as Cytoscape
 *   itself does for an element too large for a texture; the layer is built as before, so the frames after
 *   it (a resize, a hover) copy it as before, and the textures are made when a later zoom needs them.
 *
 * These are renderer internals, not Cytoscape's API: `renderer().imageCache` (keyed by URL, holding
 * `{ image }`, what `getCachedImage` makes) and `renderer().data.eleTxrCache` / `lblTxrCache` (their
 * `getElement`; null is a miss, drawn directly). Each is checked before use; when one is missing or not
 * shaped as expected (another Cytoscape version), nothing is changed and Cytoscape draws as it always
 * does: the map looks the same either way, and costs what it did.
 */

/** The blank image, decoded once for every graph (in a page: at once, long before a map is opened). */
let blank: HTMLImageElement | null = null;

function decodedBlank(): HTMLImageElement | null {
  if (typeof Image !== 'function') return null;
  if (!blank) {
    blank = new Image();
    blank.src = BLANK_ICON;
  }
  return blank.complete && blank.naturalWidth > 0 ? blank : null;
}

// Started when the map's code loads, so it has long been decoded when the first map is drawn.
decodedBlank();

interface Renderer {
  imageCache?: Record<string, { image?: HTMLImageElement } | undefined>;
  data?: { eleTxrCache?: unknown; lblTxrCache?: unknown };
}

function rendererOf(cy: Core): Renderer | null {
  const renderer = (cy as unknown as { renderer?: () => Renderer | undefined }).renderer?.();
  return renderer && typeof renderer === 'object' ? renderer : null;
}

/** Puts the decoded blank image in `cy`'s image cache; returns whether it could. */
export function shareDecodedBlank(cy: Core): boolean {
  const image = decodedBlank();
  const renderer = rendererOf(cy);
  if (!image || !renderer) return false;
  const cache = renderer.imageCache ?? {};
  if (typeof cache !== 'object') return false;
  if (cache[BLANK_ICON] === undefined) cache[BLANK_ICON] = { image };
  renderer.imageCache = cache;
  return true;
}

interface TextureCache {
  getElement: (...args: unknown[]) => unknown;
}

const isTextureCache = (cache: unknown): cache is TextureCache => typeof (cache as TextureCache | undefined)?.getElement === 'function';

/**
 * Until `cy`'s next drawn frame, no element or label textures: each element is drawn straight into the
 * frame's layer. Returns whether Cytoscape's internals allowed it.
 */
export function drawFirstFrameDirectly(cy: Core): boolean {
  const data = rendererOf(cy)?.data;
  const caches = [data?.eleTxrCache, data?.lblTxrCache];
  if (!caches.every(isTextureCache)) return false;
  // An own property shadows the prototype's method for one frame.
  const miss = (): null => null;
  for (const cache of caches) cache.getElement = miss;
  cy.one('render', () => {
    for (const cache of caches) if (cache.getElement === miss) delete (cache as Partial<TextureCache>).getElement;
  });
  return true;
}
