import type { AccountGraph } from './graph';
import { finding } from './finding';
import type { Finding, HiddenInfluence, HiddenInfluencer } from './types';

/** Influence rating at or below which strong informal influence counts as hidden. */
export const LOW_RATING = 2;

/**
 * Rule 6, hidden influence. Everyone in the account is ranked by incoming informal influence (the sum of
 * the strengths of influence links pointing at them; a cycle of influence just adds up, nothing loops).
 * The top quarter is the first ceil(quarter x people) places, at least one, ties at the boundary
 * included, and only people with incoming influence above 0. A person in the top quarter whose layer is
 * implementation or user, or whose influence rating is <= 2, has more weight than the map shows:
 * `hidden-influencer` (info). Ranking over the whole account (not only those with incoming links) keeps
 * "top quarter" meaning a quarter of the people a KAM sees on the map.
 */
export function hiddenInfluence(graph: AccountGraph, quantile: number): HiddenInfluence {
  const n = graph.people.length;
  const sorted = Float64Array.from(graph.incomingInfluence).sort().reverse();
  const places = Math.max(1, Math.ceil(n * quantile));
  const threshold = n > 0 ? Math.max(sorted[Math.min(places, n) - 1]!, 0) : 0;

  const rankOf = new Map<number, number>();
  sorted.forEach((value, index) => {
    if (!rankOf.has(value)) rankOf.set(value, index + 1);
  });

  const hiddenInfluencers: HiddenInfluencer[] = [];
  const findings: Finding[] = [];
  graph.people.forEach((person, i) => {
    const incoming = graph.incomingInfluence[i]!;
    if (incoming <= 0 || incoming < threshold) return;
    const byLayer = person.layer === 'implementation' || person.layer === 'user';
    const byRating = person.influence <= LOW_RATING;
    if (!byLayer && !byRating) return;
    const rank = rankOf.get(incoming)!;
    const reason = byLayer && byRating ? 'both' : byLayer ? 'layer' : 'rating';
    hiddenInfluencers.push({ personId: person.id, incomingInfluence: incoming, rank, reason });
    findings.push(
      finding('hiddenInfluence', 'hidden-influencer', 'info', person.id, {
        personIds: [person.id],
        numbers: {
          incomingInfluence: incoming,
          influencers: graph.incomingInfluenceCount[i]!,
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
