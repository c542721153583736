import { LAYERS } from '../model';
import type { Layer } from '../model';
import type { Analysis, Finding } from './types';

/**
 * What-if (rule 7): the app analyses the account twice, once as it is and once with
 * `goneIds` set, and this lists what changed, so the panel can say "weighted coverage 58 -> 31" and
 * "new: Wang Lei is now a single thread". Findings are matched by `key` (code plus subject): a key only
 * after is added, only before is removed, on both sides with other people, numbers or severity is changed.
 */

export type MetricId =
  | 'weightedCoverage'
  | 'layerCoverageRatio'
  | `layer.${Layer}`
  | 'contactThread'
  | 'ownerThread'
  | 'bottlenecks'
  | 'redFlags'
  | 'hiddenInfluencers'
  | 'criteriaFit'
  | 'unreachableDecisionMakers'
  | 'critical'
  | 'warning'
  | 'info';

export interface MetricChange {
  metric: MetricId;
  before: number | string;
  after: number | string;
}

export interface FindingChange {
  key: string;
  before: Finding;
  after: Finding;
}

export interface AnalysisComparison {
  added: Finding[];
  removed: Finding[];
  changed: FindingChange[];
  /** Only the headline values that differ, in a fixed order. */
  metrics: MetricChange[];
}

export function compareAnalyses(before: Analysis, after: Analysis): AnalysisComparison {
  const beforeByKey = new Map(before.findings.map((f) => [f.key, f] as const));
  const afterByKey = new Map(after.findings.map((f) => [f.key, f] as const));
  const added = after.findings.filter((f) => !beforeByKey.has(f.key));
  const removed = before.findings.filter((f) => !afterByKey.has(f.key));
  const changed: FindingChange[] = [];
  for (const f of after.findings) {
    const old = beforeByKey.get(f.key);
    if (old && !sameFinding(old, f)) changed.push({ key: f.key, before: old, after: f });
  }

  const a = headlineMetrics(before);
  const b = headlineMetrics(after);
  const metrics: MetricChange[] = [];
  for (const metric of Object.keys(a) as MetricId[]) {
    if (!sameValue(a[metric], b[metric])) metrics.push({ metric, before: a[metric], after: b[metric] });
  }
  return { added, removed, changed, metrics };
}

/** The headline values of an analysis (what the summary shows and what-if compares), in a fixed order. */
export function headlineMetrics(analysis: Analysis): Record<MetricId, number | string> {
  const count = (severity: Finding['severity']) => analysis.findings.filter((f) => f.severity === severity).length;
  const layers = Object.fromEntries(
    LAYERS.map((layer) => [`layer.${layer}`, analysis.layerCoverage.find((l) => l.layer === layer)?.status ?? 'missing']),
  ) as Record<`layer.${Layer}`, string>;
  return {
    weightedCoverage: analysis.weightedCoverage.score,
    layerCoverageRatio: analysis.layerCoverageRatio,
    ...layers,
    contactThread: analysis.singleThread.contact.status,
    ownerThread: analysis.singleThread.owner.status,
    bottlenecks: analysis.singleThread.bottlenecks.length,
    redFlags: analysis.redFlags.length,
    hiddenInfluencers: analysis.hiddenInfluencers.length,
    criteriaFit: analysis.criteriaFit.account ?? 'none',
    unreachableDecisionMakers: analysis.findings.filter((f) => f.code === 'no-path-to-power').length,
    critical: count('critical'),
    warning: count('warning'),
    info: count('info'),
  };
}

const EPSILON = 1e-9;

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= EPSILON;
  return a === b;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameRecord(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
}

function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.severity === b.severity &&
    sameList(a.personIds, b.personIds) &&
    sameList(a.teamIds, b.teamIds) &&
    sameList(a.linkIds, b.linkIds) &&
    sameRecord(a.numbers, b.numbers) &&
    sameRecord(a.params, b.params)
  );
}
