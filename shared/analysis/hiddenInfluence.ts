import type { AccountGraph } from './graph';
import { finding } from './finding';
import type { Finding, HiddenInfluence, HiddenInfluencer } from './types';

/** Influence rating at or below which strong informal influence counts as hidden. */
export const LOW_RATING = 2;

/**
 * Rule 6, hidden influence. An `influences` link A -> B reads "A sways B", so the informal influence is
 * A's: everyone in the account is ranked by outgoing influence (the sum of the strengths of the influence
 * links going out of them; a cycle of influence just adds up, nothing loops). Being swayed by many is
 * no power at all.
 * The top quarter is the first ceil(quarter x people) places, at least one, ties at the boundary
 * included, and only people with outgoing influence above 0. A person in the top quarter whose layer is
 * implementation or user, or whose influence rating is <= 2, has more weight than the map shows:
 * `hidden-influencer` (info). Ranking over the whole account (not only those who sway someone) keeps
 * "top quarter" meaning a quarter of the people a KAM sees on the map.
 */
export function hiddenInfluence(graph: AccountGraph, quantile: number): HiddenInfluence {
  const n = graph.people.length;
  const sorted = Float64Array.from(graph.outgoingInfluence).sort().reverse();
  const places = Math.max(1, Math.ceil(n * quantile));
  const threshold = n > 0 ? Math.max(sorted[Math.min(places, n) - 1]!, 0) : 0;

  const rankOf = new Map<number, number>();
  sorted.forEach((value, index) => {
    if (!rankOf.has(value)) rankOf.set(value, index + 1);
  });

  const hiddenInfluencers: HiddenInfluencer[] = [];
  const findings: Finding[] = [];
  graph.people.forEach((person, i) => {
    const outgoing = graph.outgoingInfluence[i]!;
    if (outgoing <= 0 || outgoing < threshold) return;
    const byLayer = person.layer === 'implementation' || person.layer === 'user';
    const byRating = person.influence <= LOW_RATING;
    if (!byLayer && !byRating) return;
    const rank = rankOf.get(outgoing)!;
    const reason = byLayer && byRating ? 'both' : byLayer ? 'layer' : 'rating';
    hiddenInfluencers.push({ personId: person.id, outgoingInfluence: outgoing, rank, reason });
    findings.push(
      finding('hiddenInfluence', 'hidden-influencer', 'info', person.id, {
        personIds: [person.id],
        numbers: {
          outgoingInfluence: outgoing,
          swayed: graph.outgoingInfluenceCount[i]!,
          rank,
          influence: person.influence,
          threshold,
        },
        params: { layer: person.layer, reason },
      }),
    );
  });
  return { hiddenInfluencers, threshold, findings };
}
