import { LAYERS, type Layer } from '../../../shared/model';
import type { BandGeometry, Rect } from '../../../shared/layout';
import type { MapElementDef } from './elements';
import type { MapLabels } from './labels';
import type { BandKey } from './style';

/**
 * The background of the map: four layer bands, our team's column and the competitors' column, drawn as
 * locked, unselectable nodes at the bottom of the z-order that let every event fall through to the
 * canvas (style `events: no`), plus their titles. Sized from shared/layout's geometry.
 */

/** Space between stacked bands, so each reads as a card of its own. */
export const BAND_GAP = 6;
const TITLE_INSET_X = 18;
const TITLE_Y = 21;

export const bandId = (key: BandKey): string => `band:${key}`;
export const bandTitleId = (key: BandKey): string => `band-title:${key}`;
export const bandConcernId = (key: BandKey): string => `band-concern:${key}`;
export const BAND_ID_PREFIX = 'band';

function rectNode(key: BandKey, rect: Rect): MapElementDef {
  return {
    group: 'nodes',
    data: { id: bandId(key), kind: 'band', band: key, w: rect.w, h: rect.h - BAND_GAP },
    classes: `band band-${key}`,
    position: { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 },
    selectable: false,
    grabbable: false,
    locked: true,
  };
}

function labelNode(id: string, label: string, classes: string, x: number, y: number, flags: Record<string, string> = {}): MapElementDef {
  return {
    group: 'nodes',
    data: { id, kind: 'band-label', label, ...flags },
    classes: `band-label ${classes}`,
    position: { x, y },
    selectable: false,
    grabbable: false,
    locked: true,
  };
}

export function bandElements(geometry: BandGeometry, labels: MapLabels): MapElementDef[] {
  const out: MapElementDef[] = [];
  const columns: [BandKey, Rect, string][] = [
    ['team', geometry.team, labels.team],
    ['competitors', geometry.competitors, labels.competitors],
  ];
  for (const layer of LAYERS) {
    const rect = geometry.bands[layer];
    out.push(rectNode(layer, rect));
  }
  for (const [key, rect] of columns) out.push(rectNode(key, rect));
  for (const layer of LAYERS) {
    const rect = geometry.bands[layer];
    const y = rect.y + TITLE_Y;
    const title = labels.layer[layer];
    // A band overlay swaps the title for one carrying its word (style.ts), so marking a band is a class change.
    const flags = { flagMissing: `${title} · ${labels.bandFlag.missing}`, flagUncovered: `${title} · ${labels.bandFlag.uncovered}` };
    out.push(labelNode(bandTitleId(layer), title, `band-title for-${layer}`, rect.x + TITLE_INSET_X, y, flags));
    out.push(labelNode(bandConcernId(layer), labels.layerConcern[layer], `band-concern for-${layer}`, rect.x + rect.w - TITLE_INSET_X, y));
  }
  for (const [key, rect, label] of columns) {
    out.push(labelNode(bandTitleId(key), label, `band-title for-${key}`, rect.x + TITLE_INSET_X, rect.y + TITLE_Y));
  }
  return out;
}

/** The client rectangle of each layer band, for MapView snapshots. */
export function bandClientRects(
  geometry: BandGeometry,
  toClient: (x: number, y: number) => { x: number; y: number },
): Record<Layer, { left: number; top: number; width: number; height: number }> {
  const out = {} as Record<Layer, { left: number; top: number; width: number; height: number }>;
  for (const layer of LAYERS) {
    const rect = geometry.bands[layer];
    const topLeft = toClient(rect.x, rect.y);
    const bottomRight = toClient(rect.x + rect.w, rect.y + rect.h);
    out[layer] = { left: topLeft.x, top: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y };
  }
  return out;
}
