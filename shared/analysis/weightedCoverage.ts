import type { AccountGraph } from './graph';
import { finding } from './finding';
import type { CoverageContribution, Finding, WeightedCoverage } from './types';

/**
 * Rule 3, weighted coverage: 100 x sum(influence x best covers strength / 3) / sum(influence).
 * Attitude does not enter (it measures our access, not their support). An account with nobody in it
 * scores 0, with an `empty-account` info finding, never NaN. Each person's contribution is kept, with its
 * share of the score, because single-thread risk asks whether one person carries most of it.
 */
export function weightedCoverage(graph: AccountGraph): WeightedCoverage {
  let totalInfluence = 0;
  for (const person of graph.people) totalInfluence += influenceOf(person.influence);

  const contributions: CoverageContribution[] = [];
  let score = 0;
  graph.people.forEach((person, i) => {
    const influence = influenceOf(person.influence);
    const bestStrength = graph.bestStrength[i]!;
    const points = totalInfluence > 0 ? (100 * influence * (bestStrength / 3)) / totalInfluence : 0;
    score += points;
    contributions.push({ personId: person.id, influence, bestStrength, points, share: 0 });
  });
  if (score > 0) for (const c of contributions) c.share = c.points / score;

  const findings: Finding[] = [];
  if (graph.people.length === 0) findings.push(finding('weightedCoverage', 'empty-account', 'info', ''));
  return { score, totalInfluence, contributions, findings };
}

/** Influence is 1-5; anything else the data might hold counts as nothing rather than poisoning the sum. */
function influenceOf(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}
