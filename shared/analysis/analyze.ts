import type { AccountData } from '../model';
import { accessBottlenecks } from './bottleneck';
import { criteriaFit } from './criteriaFit';
import { departures } from './departures';
import { fadingLinks } from './fading';
import { buildGraph, type AccountGraph, type ContactDates } from './graph';
import { hiddenInfluence } from './hiddenInfluence';
import { layerCoverage } from './layerCoverage';
import { resolveOptions } from './options';
import type { AnalysisOptionsInput } from './options';
import { pathsToPower } from './pathToPower';
import { redFlags } from './redFlags';
import { roleCoverage } from './roleCoverage';
import { singleThread } from './singleThread';
import { staleMap } from './staleMap';
import type { Analysis, AnalysisOptions, Finding, Severity } from './types';
import { weightedCoverage } from './weightedCoverage';

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** A value computed the first time it is asked for, then kept. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * Every rule of DOMAIN's "What the app computes" over one account's graph, each run when first asked for.
 * The steps are listed in the order their findings are listed before sorting (analyze); each has findings.
 */
function ruleSteps(data: AccountData, graph: AccountGraph, options: ResolvedOptions) {
  const weighted = once(() => weightedCoverage(graph));
  return {
    weighted,
    layers: once(() => layerCoverage(graph)),
    roles: once(() => roleCoverage(graph)),
    threads: once(() => singleThread(graph, weighted(), options.concentrationThreshold)),
    bottlenecks: once(() => accessBottlenecks(graph)),
    flags: once(() => redFlags(graph)),
    departed: once(() => ({ findings: departures(data, graph, options.goneIds) })),
    hidden: once(() => hiddenInfluence(graph, options.hiddenInfluenceQuantile)),
    criteria: once(() => criteriaFit(graph)),
    paths: once(() => pathsToPower(graph)),
    fading: once(() => fadingLinks(graph)),
    stale: once(() => staleMap(graph)),
  };
}

export type RuleSteps = ReturnType<typeof ruleSteps>;
type ResolvedOptions = Required<AnalysisOptions>;

/**
 * One account's rules, ready to run: its options resolved, its graph built, each rule run when first asked
 * for (what needs only part of the analysis, such as the agenda's risk level, asks for no more). Same inputs
 * as analyze.
 */
export function analysisSteps(data: AccountData, input: AnalysisOptionsInput, contacts?: ContactDates): { options: ResolvedOptions; graph: AccountGraph; steps: RuleSteps } {
  const options = resolveOptions(input);
  const graph = buildGraph(data, options.today, options.goneIds, contacts);
  return { options, graph, steps: ruleSteps(data, graph, options) };
}

/**
 * Runs every rule of DOMAIN's "What the app computes" over one account. Pure: the same data and options
 * give the same analysis. `options.goneIds` (what-if) removes those people and team members, and their
 * links, before anything is computed; so does a person's status of left or on leave. Findings are ordered
 * most severe first, then by rule, then in the order each rule found them. `contacts`, when given, are the
 * last contacts a contact log makes: they stand for the dates on people and covers links, as if the account
 * carried them (shared/plan withLoggedContacts).
 */
export function analyze(data: AccountData, input: AnalysisOptionsInput, contacts?: ContactDates): Analysis {
  const { options, graph, steps } = analysisSteps(data, input, contacts);
  const ordered: Finding[] = Object.values(steps).flatMap((step) => step().findings);
  const findings = ordered
    .map((f, index) => ({ f, index }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.index - b.index)
    .map(({ f }) => f);

  const layers = steps.layers();
  const threads = steps.threads();
  const { findings: _r, ...roleCoverageData } = steps.roles();
  const { findings: _w, ...weightedData } = steps.weighted();
  const { findings: _c, ...criteriaData } = steps.criteria();
  return {
    options,
    cadenceDays: graph.cadenceDays,
    layerCoverage: layers.layers,
    layerCoverageRatio: layers.ratio,
    roleCoverage: roleCoverageData,
    weightedCoverage: weightedData,
    singleThread: { contact: threads.contact, owner: threads.owner, bottlenecks: steps.bottlenecks().bottlenecks },
    redFlags: steps.flags().findings,
    hiddenInfluencers: steps.hidden().hiddenInfluencers,
    criteriaFit: criteriaData,
    pathsToPower: steps.paths().paths,
    fadingLinks: steps.fading().links,
    unverifiedPeople: steps.stale().unverified,
    findings,
  };
}
