import { LAYERS } from '../../../shared/model';
import { bandConcernId, bandId, bandTitleId } from './bands';
import { OVERLAY_CLASSES, type BandOverlay, type MapOverlays, type OverlayClass } from './types';

/**
 * Overlays -> class changes. MapOverlays is plain data computed outside the map; here it becomes the
 * classes each drawn element should carry, and a change of overlays becomes the few class changes
 * between the two, applied in one cy.batch by the map (never a rebuild or a relayout). Pure.
 */

/** Element id -> the overlay classes it carries (sorted, no duplicates). */
export type OverlayClassMap = ReadonlyMap<string, readonly string[]>;

export interface ClassChange {
  id: string;
  add: string[];
  remove: string[];
}

const KNOWN = new Set<string>(OVERLAY_CLASSES);

/** The classes a band overlay puts on the band and on its title (the title shows the flag's word). */
export function bandOverlayClass(overlay: BandOverlay): string {
  return `band-${overlay}`;
}

export function overlayClassMap(overlays: MapOverlays | undefined): OverlayClassMap {
  const out = new Map<string, string[]>();
  if (!overlays) return out;
  for (const [id, classes] of Object.entries(overlays.classes)) {
    const known = [...new Set(classes.filter((c: OverlayClass) => KNOWN.has(c)))].sort();
    if (known.length > 0) out.set(id, known);
  }
  for (const layer of LAYERS) {
    const mark = overlays.bands[layer];
    if (!mark) continue;
    const cls = [bandOverlayClass(mark)];
    out.set(bandId(layer), cls);
    out.set(bandTitleId(layer), cls);
    out.set(bandConcernId(layer), cls);
  }
  return out;
}

/** What to add and remove on each element to go from `prev` to `next`; untouched elements are left out. */
export function diffOverlayClasses(prev: OverlayClassMap, next: OverlayClassMap): ClassChange[] {
  const changes: ClassChange[] = [];
  for (const [id, before] of prev) {
    const after = next.get(id) ?? [];
    const remove = before.filter((c) => !after.includes(c));
    const add = after.filter((c) => !before.includes(c));
    if (remove.length > 0 || add.length > 0) changes.push({ id, add, remove });
  }
  for (const [id, after] of next) {
    if (!prev.has(id)) changes.push({ id, add: [...after], remove: [] });
  }
  return changes;
}

/** Whether any mark is drawn (the legend's analysis section shows only then). */
export function hasOverlays(overlays: MapOverlays | undefined): boolean {
  if (!overlays) return false;
  return Object.values(overlays.classes).some((classes) => classes.length > 0) || Object.values(overlays.bands).some(Boolean);
}

/** The distinct marks in use, in vocabulary order, and the band marks in use. */
export function marksInUse(overlays: MapOverlays | undefined): { classes: OverlayClass[]; bands: BandOverlay[] } {
  if (!overlays) return { classes: [], bands: [] };
  const used = new Set<OverlayClass>();
  for (const classes of Object.values(overlays.classes)) for (const c of classes) used.add(c);
  const bands = new Set<BandOverlay>();
  for (const mark of Object.values(overlays.bands)) if (mark) bands.add(mark);
  return {
    classes: OVERLAY_CLASSES.filter((c) => used.has(c)),
    bands: (['uncovered', 'missing', 'dimmed'] as const).filter((b) => bands.has(b)),
  };
}
