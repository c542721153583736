import type { Analysis, Finding } from '../../../../shared/analysis';
import { planLayout } from '../../../../shared/layout';
import type { AccountData, Layer } from '../../../../shared/model';
import { LAYERS } from '../../../../shared/model';
import type { BandOverlay, MapOverlays, OverlayClass } from '../../map/types';
import { findingTargets, groupBySeverity } from '../findings/present';

/**
 * How a workshop walks through the map: all of it, one layer, one person or one finding at a time, and
 * last the plan (issue 13), so a review ends with who does what by when.
 */
export const WORKSHOP_MODES = ['overview', 'layers', 'people', 'findings', 'plan'] as const;
export type WorkshopMode = (typeof WORKSHOP_MODES)[number];

export type StepSubject =
  | { kind: 'overview' }
  | { kind: 'layer'; layer: Layer; peopleIds: string[] }
  | { kind: 'person'; personId: string }
  | { kind: 'finding'; finding: Finding }
  /** The account's open actions by owner and due date, over the whole map. */
  | { kind: 'plan' };

export interface WorkshopStep {
  subject: StepSubject;
  /** What the view frames; empty frames the whole map. */
  frameIds: string[];
  /** Marks the step draws: the rest dimmed, its subject lit or spotlit. */
  overlays: MapOverlays;
}

const NONE: MapOverlays = { classes: {}, bands: {} };

/** Layer bands as the map names them, for framing a whole band. */
export const bandFrameId = (layer: Layer): string => `band:${layer}`;

/** People in reading order: layer by layer from the top, then row by row, left to right, as on the map. */
export function peopleInReadingOrder(data: AccountData): string[] {
  const { positions } = planLayout(data);
  const rank = new Map(LAYERS.map((layer, index) => [layer, index]));
  return [...data.people]
    .sort((a, b) => {
      const pa = positions.get(a.id) ?? { x: 0, y: 0 };
      const pb = positions.get(b.id) ?? { x: 0, y: 0 };
      return (rank.get(a.layer) ?? 0) - (rank.get(b.layer) ?? 0) || pa.y - pb.y || pa.x - pb.x;
    })
    .map((person) => person.id);
}

/** Findings in the order the findings panel lists them: most severe first. */
export function findingsInOrder(analysis: Analysis | null): Finding[] {
  return analysis ? groupBySeverity(analysis.findings).flatMap((group) => group.findings) : [];
}

export function stepCount(data: AccountData, analysis: Analysis | null, mode: WorkshopMode): number {
  switch (mode) {
    case 'overview':
      return 1;
    case 'layers':
      return LAYERS.length;
    case 'people':
      return data.people.length;
    case 'findings':
      return findingsInOrder(analysis).length;
    case 'plan':
      return 1;
  }
}

/**
 * Lights `lit` and dims everything else on the map: nodes not lit, links not between two lit nodes,
 * and (when given) the bands of other layers. `spot` get the spotlight on top.
 */
function dimAllBut(data: AccountData, lit: ReadonlySet<string>, spot: ReadonlySet<string>, litBands?: ReadonlySet<Layer>): MapOverlays {
  const classes: Record<string, OverlayClass[]> = {};
  const nodeIds = [...data.people.map((p) => p.id), ...data.team.map((t) => t.id), ...data.competitors.map((c) => c.id)];
  for (const id of nodeIds) {
    if (spot.has(id)) classes[id] = ['spotlight'];
    else if (!lit.has(id)) classes[id] = ['dimmed'];
  }
  for (const link of data.links) {
    if (spot.has(link.id)) classes[link.id] = ['spotlight'];
    else if (!(lit.has(link.from) && lit.has(link.to))) classes[link.id] = ['dimmed'];
  }
  const bands: Partial<Record<Layer, BandOverlay>> = {};
  if (litBands) for (const layer of LAYERS) if (!litBands.has(layer)) bands[layer] = 'dimmed';
  return { classes, bands };
}

function layerStep(data: AccountData, layer: Layer): WorkshopStep {
  const peopleIds = data.people.filter((p) => p.layer === layer).map((p) => p.id);
  const inLayer = new Set(peopleIds);
  // Who reaches the layer stays lit with it: our team members and competitors linked to its people.
  const lit = new Set(peopleIds);
  for (const link of data.links) {
    if (inLayer.has(link.to) && (link.kind === 'covers' || link.kind === 'competitorTie')) lit.add(link.from);
  }
  return { subject: { kind: 'layer', layer, peopleIds }, frameIds: [bandFrameId(layer)], overlays: dimAllBut(data, lit, new Set(), new Set([layer])) };
}

function personStep(data: AccountData, personId: string): WorkshopStep {
  const lit = new Set([personId]);
  const spot = new Set([personId]);
  for (const link of data.links) {
    if (link.from !== personId && link.to !== personId) continue;
    lit.add(link.from);
    lit.add(link.to);
    spot.add(link.id);
  }
  return { subject: { kind: 'person', personId }, frameIds: [...lit], overlays: dimAllBut(data, lit, spot) };
}

function findingStep(data: AccountData, finding: Finding): WorkshopStep {
  const targets = findingTargets(finding);
  const lit = new Set(targets);
  for (const link of data.links) {
    if (!lit.has(link.id)) continue;
    lit.add(link.from);
    lit.add(link.to);
  }
  const layer = finding.params.layer as Layer | undefined;
  const aboutBand = targets.length === 0 && layer !== undefined && (LAYERS as readonly string[]).includes(layer);
  return {
    subject: { kind: 'finding', finding },
    frameIds: aboutBand ? [bandFrameId(layer)] : [...lit],
    overlays: dimAllBut(data, lit, new Set(targets), aboutBand ? new Set([layer]) : undefined),
  };
}

/** The step `index` of a mode; out-of-range indexes are clamped, an empty mode gives the overview. */
export function workshopStep(data: AccountData, analysis: Analysis | null, mode: WorkshopMode, index: number): WorkshopStep {
  const count = stepCount(data, analysis, mode);
  if (mode === 'overview' || count === 0) return { subject: { kind: 'overview' }, frameIds: [], overlays: NONE };
  const at = Math.min(Math.max(0, index), count - 1);
  switch (mode) {
    case 'layers':
      return layerStep(data, LAYERS[at] as Layer);
    case 'people':
      return personStep(data, peopleInReadingOrder(data)[at] as string);
    case 'findings':
      return findingStep(data, findingsInOrder(analysis)[at] as Finding);
    case 'plan':
      return { subject: { kind: 'plan' }, frameIds: [], overlays: NONE };
  }
}

/** The analysis's marks and the step's together; a step's dimmed band wins over the analysis's tint. */
export function mergeOverlays(base: MapOverlays, step: MapOverlays): MapOverlays {
  if (step === NONE || (Object.keys(step.classes).length === 0 && Object.keys(step.bands).length === 0)) return base;
  const classes: Record<string, OverlayClass[]> = {};
  for (const [id, list] of Object.entries(base.classes)) classes[id] = [...list];
  for (const [id, list] of Object.entries(step.classes)) classes[id] = [...new Set([...(classes[id] ?? []), ...list])];
  return { classes, bands: { ...base.bands, ...step.bands } };
}
