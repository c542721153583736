import type { Analysis } from '../../../../shared/analysis';
import type { Layer } from '../../../../shared/model';
import type { BandOverlay, MapOverlays, OverlayClass } from '../../map/types';

export interface OverlayOptions {
  /** What-if: people and team members drawn as gone (the analysis has already left them out). */
  goneIds?: readonly string[];
  /** The decision maker whose path to power the user picked in the panel; null traces none. */
  tracedPathTo?: string | null;
  /** False draws only who is gone: what-if stays visible with the findings' marks switched off. */
  findings?: boolean;
}

export const NO_OVERLAYS: MapOverlays = { classes: {}, bands: {} };

/**
 * The analysis drawn on the map, following DOMAIN's conventions: uncovered and missing bands tinted,
 * the people our access hangs on haloed (a customer contact, an access bottleneck, or our own team member
 * holding every relationship), decision makers we do not cover outlined, hidden influencers marked,
 * fading covers links faded, a chosen path to power traced and, in what-if, the people gone greyed out.
 * Pure: the same analysis and options give the same overlays.
 */
export function overlaysFor(analysis: Analysis | null, options: OverlayOptions = {}): MapOverlays {
  if (!analysis) return NO_OVERLAYS;
  if (options.findings === false) {
    const gone = options.goneIds ?? [];
    return gone.length === 0 ? NO_OVERLAYS : { classes: Object.fromEntries(gone.map((id) => [id, ['gone'] as OverlayClass[]])), bands: {} };
  }
  const classes = new Map<string, OverlayClass[]>();
  const mark = (id: string | null | undefined, overlay: OverlayClass) => {
    if (!id) return;
    const list = classes.get(id);
    if (!list) classes.set(id, [overlay]);
    else if (!list.includes(overlay)) list.push(overlay);
  };

  const bands: Partial<Record<Layer, BandOverlay>> = {};
  for (const entry of analysis.layerCoverage) {
    if (entry.status === 'missing') bands[entry.layer] = 'missing';
    else if (entry.status === 'identified') bands[entry.layer] = 'uncovered';
  }

  const { contact, owner, bottlenecks } = analysis.singleThread;
  for (const bottleneck of bottlenecks) mark(bottleneck.personId, 'halo-bottleneck');
  if (contact.status === 'single' || contact.status === 'concentrated') mark(contact.personId, 'halo-single-thread');
  if (owner.status === 'single') mark(owner.ownerIds[0], 'halo-single-thread');

  for (const dm of analysis.roleCoverage.decisionMakers) if (!dm.covered) mark(dm.personId, 'uncovered-dm');
  for (const hidden of analysis.hiddenInfluencers) mark(hidden.personId, 'hidden-influencer');
  for (const link of analysis.fadingLinks) {
    if (link.status === 'stale') mark(link.linkId, 'link-stale');
    else if (link.status === 'cold') mark(link.linkId, 'link-cold');
  }

  const path = options.tracedPathTo ? analysis.pathsToPower.find((p) => p.decisionMakerId === options.tracedPathTo) : undefined;
  if (path) for (const id of [...path.nodeIds, ...path.linkIds]) mark(id, 'path');

  for (const id of options.goneIds ?? []) mark(id, 'gone');

  return { classes: Object.fromEntries(classes), bands };
}
