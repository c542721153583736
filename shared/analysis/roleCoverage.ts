import type { AccountGraph } from './graph';
import { WORKING_RELATIONSHIP } from './graph';
import { finding } from './finding';
import type { Finding, RoleCoverage, RoleCoverageEntry } from './types';

/**
 * Rule 2, role coverage. As DOMAIN states it, a decision maker or coach is covered when we hold a covers
 * link of strength >= 2 with them; their attitude is judged by the red flags (a covered opponent is a
 * blocker we can talk to, which is a different problem from one we cannot reach). A person with several
 * roles counts in each. This rule reports the decision makers (`no-decision-maker`, one
 * `decision-maker-uncovered` per uncovered one, both critical); the coach statuses it computes are
 * reported as red flags (rule 5 lists "no coach" and "a coach we do not cover").
 */
export function roleCoverage(graph: AccountGraph): RoleCoverage {
  const entry = (i: number): RoleCoverageEntry => {
    const bestStrength = graph.bestStrength[i]!;
    return { personId: graph.people[i]!.id, bestStrength, covered: bestStrength >= WORKING_RELATIONSHIP };
  };
  const decisionMakers = graph.decisionMakers.map(entry);
  const coaches = graph.coaches.map(entry);

  const findings: Finding[] = [];
  if (decisionMakers.length === 0) {
    findings.push(finding('roleCoverage', 'no-decision-maker', 'critical', ''));
  }
  for (const dm of decisionMakers) {
    if (dm.covered) continue;
    findings.push(
      finding('roleCoverage', 'decision-maker-uncovered', 'critical', dm.personId, {
        personIds: [dm.personId],
        numbers: { bestStrength: dm.bestStrength },
      }),
    );
  }
  return {
    decisionMakers,
    coaches,
    hasDecisionMaker: decisionMakers.length > 0,
    allDecisionMakersCovered: decisionMakers.length > 0 && decisionMakers.every((dm) => dm.covered),
    hasCoach: coaches.length > 0,
    coachCovered: coaches.some((coach) => coach.covered),
    findings,
  };
}
