import type { AccountGraph } from './graph';
import { WORKING_RELATIONSHIP } from './graph';
import { finding } from './finding';
import { KEY_INFLUENCE } from './keyPerson';
import type { Finding, RedFlags } from './types';

export { KEY_INFLUENCE };

interface Tie {
  competitorId: string;
  linkId: string;
  strength: number;
}

/** Per person: the strongest competitor tie (strength clamped to 1-3; the first of equals wins). */
function strongestCompetitorTies(graph: AccountGraph): (Tie | undefined)[] {
  const ties: (Tie | undefined)[] = new Array(graph.people.length);
  for (const link of graph.links) {
    if (link.kind !== 'competitorTie') continue;
    const i = graph.personIndex.get(link.to)!;
    const strength = Math.min(3, Math.max(1, Math.round(link.strength ?? 1)));
    if (!ties[i] || strength > ties[i].strength) ties[i] = { competitorId: link.from, linkId: link.id, strength };
  }
  return ties;
}

/**
 * Rule 5, red flags, as DOMAIN lists them, one finding per person concerned:
 * - `blocker` (critical): a decision maker who is skeptic or opponent. A decision maker whose attitude is
 *   unknown gets `decision-maker-attitude-unknown` (warning) instead of silently passing;
 * - `no-coach` (warning) and `coach-uncovered` (warning, one per coach without a covers link >= 2);
 * - `powerful-opponent` (warning): an opponent with influence >= 4. Each condition is its own flag, so a
 *   decision maker who opposes us with influence 5 is both a blocker and a powerful opponent: the two
 *   call for different moves (win them over; contain their weight), and one flag alone reads like a
 *   mild skeptic;
 * - `dm-favours-competitor` (critical): a decision maker whose favoured competitor is one of the
 *   account's competitors (an id pointing at no competitor is ignored);
 * - `key-person-overdue` (warning): a key person (decision maker, coach, or influence >= 4) whose last
 *   contact is older than the visit cadence. Their last contact is the latest of the person's own date
 *   and the dates on their covers links. Contacted exactly `cadence` days ago is still within it.
 *   A key person with no date anywhere gets `no-contact-date` (warning): we cannot tell, and say so.
 * - `competitor-closer` (warning): a key person whose strongest competitor tie is stronger than our best
 *   covers link to them (no covers link counts as 0). Equal strengths are not flagged: we are level.
 */
export function redFlags(graph: AccountGraph): RedFlags {
  const findings: Finding[] = [];
  const isDecisionMaker = new Uint8Array(graph.people.length);
  for (const i of graph.decisionMakers) isDecisionMaker[i] = 1;
  const isCoach = new Uint8Array(graph.people.length);
  for (const i of graph.coaches) isCoach[i] = 1;

  const latestContact = [...graph.personContactDay];
  for (const edge of graph.covers) {
    const day = edge.lastContactDay;
    const known = latestContact[edge.person] ?? null;
    if (day !== null && (known === null || day > known)) latestContact[edge.person] = day;
  }

  const strongestTie = strongestCompetitorTies(graph);

  if (graph.coaches.length === 0) findings.push(finding('redFlags', 'no-coach', 'warning', ''));

  graph.people.forEach((person, i) => {
    const id = person.id;
    const one = { personIds: [id] };
    if (isDecisionMaker[i]) {
      if (person.attitude === 'skeptic' || person.attitude === 'opponent') {
        findings.push(finding('redFlags', 'blocker', 'critical', id, { ...one, params: { attitude: person.attitude } }));
      } else if (person.attitude === 'unknown') {
        findings.push(finding('redFlags', 'decision-maker-attitude-unknown', 'warning', id, one));
      }
      const competitorId = person.favouredCompetitorId;
      if (competitorId !== null && competitorId !== undefined && graph.competitorNames.has(competitorId)) {
        findings.push(finding('redFlags', 'dm-favours-competitor', 'critical', id, { ...one, params: { competitorId } }));
      }
    }
    if (person.attitude === 'opponent' && person.influence >= KEY_INFLUENCE) {
      findings.push(finding('redFlags', 'powerful-opponent', 'warning', id, { ...one, numbers: { influence: person.influence } }));
    }
    if (isCoach[i] && graph.bestStrength[i]! < WORKING_RELATIONSHIP) {
      findings.push(finding('redFlags', 'coach-uncovered', 'warning', id, { ...one, numbers: { bestStrength: graph.bestStrength[i]! } }));
    }
    const key = isDecisionMaker[i] || isCoach[i] || person.influence >= KEY_INFLUENCE;
    if (!key) return;
    const why = isDecisionMaker[i] ? 'decisionMaker' : isCoach[i] ? 'coach' : 'influence';
    const tie = strongestTie[i];
    if (tie && tie.strength > graph.bestStrength[i]!) {
      findings.push(
        finding('redFlags', 'competitor-closer', 'warning', id, {
          ...one,
          linkIds: [tie.linkId],
          numbers: { tieStrength: tie.strength, bestStrength: graph.bestStrength[i]! },
          params: { competitorId: tie.competitorId, why },
        }),
      );
    }
    const last = latestContact[i] ?? null;
    if (last === null) {
      findings.push(finding('redFlags', 'no-contact-date', 'warning', id, { ...one, params: { why } }));
      return;
    }
    const days = graph.today - last;
    if (days > graph.cadenceDays) {
      findings.push(
        finding('redFlags', 'key-person-overdue', 'warning', id, {
          ...one,
          numbers: { days, cadenceDays: graph.cadenceDays, influence: person.influence },
          params: { why },
        }),
      );
    }
  });
  return { findings };
}
