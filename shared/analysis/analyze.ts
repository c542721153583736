import type { AccountData } from '../model';
import { accessBottlenecks } from './bottleneck';
import { criteriaFit } from './criteriaFit';
import { departures } from './departures';
import { fadingLinks } from './fading';
import { buildGraph, type ContactDates } from './graph';
import { hiddenInfluence } from './hiddenInfluence';
import { layerCoverage } from './layerCoverage';
import { resolveOptions } from './options';
import type { AnalysisOptionsInput } from './options';
import { pathsToPower } from './pathToPower';
import { redFlags } from './redFlags';
import { roleCoverage } from './roleCoverage';
import { singleThread } from './singleThread';
import { staleMap } from './staleMap';
import type { Analysis, Finding, Severity } from './types';
import { weightedCoverage } from './weightedCoverage';

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * Runs every rule of DOMAIN's "What the app computes" over one account. Pure: the same data and options
 * give the same analysis. `options.goneIds` (what-if) removes those people and team members, and their
 * links, before anything is computed; so does a person's status of left or on leave. Findings are ordered
 * most severe first, then by rule, then in the order each rule found them. `contacts`, when given, are the
 * last contacts a contact log makes: they stand for the dates on people and covers links, as if the account
 * carried them (shared/plan withLoggedContacts).
 */
export function analyze(data: AccountData, input: AnalysisOptionsInput, contacts?: ContactDates): Analysis {
  const options = resolveOptions(input);
  const graph = buildGraph(data, options.today, options.goneIds, contacts);

  const layers = layerCoverage(graph);
  const roles = roleCoverage(graph);
  const weighted = weightedCoverage(graph);
  const threads = singleThread(graph, weighted, options.concentrationThreshold);
  const bottlenecks = accessBottlenecks(graph);
  const flags = redFlags(graph);
  const hidden = hiddenInfluence(graph, options.hiddenInfluenceQuantile);
  const criteria = criteriaFit(graph);
  const paths = pathsToPower(graph);
  const fading = fadingLinks(graph);
  const stale = staleMap(graph);
  const departed = departures(data, graph, options.goneIds);

  const ordered: Finding[] = [
    ...weighted.findings,
    ...layers.findings,
    ...roles.findings,
    ...threads.findings,
    ...bottlenecks.findings,
    ...flags.findings,
    ...departed,
    ...hidden.findings,
    ...criteria.findings,
    ...paths.findings,
    ...fading.findings,
    ...stale.findings,
  ];
  const findings = ordered
    .map((f, index) => ({ f, index }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.index - b.index)
    .map(({ f }) => f);

  const { findings: _r, ...roleCoverageData } = roles;
  const { findings: _w, ...weightedData } = weighted;
  const { findings: _c, ...criteriaData } = criteria;
  return {
    options,
    cadenceDays: graph.cadenceDays,
    layerCoverage: layers.layers,
    layerCoverageRatio: layers.ratio,
    roleCoverage: roleCoverageData,
    weightedCoverage: weightedData,
    singleThread: { contact: threads.contact, owner: threads.owner, bottlenecks: bottlenecks.bottlenecks },
    redFlags: flags.findings,
    hiddenInfluencers: hidden.hiddenInfluencers,
    criteriaFit: criteriaData,
    pathsToPower: paths.paths,
    fadingLinks: fading.links,
    unverifiedPeople: stale.unverified,
    findings,
  };
}
