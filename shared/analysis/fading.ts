import type { AccountGraph } from './graph';
import { finding } from './finding';
import type { Fading, FadingLink, FadingStatus, Finding } from './types';

/**
 * Rule 10, fading relationships, over covers links of strength >= 1 (a strength-0 link records that we
 * have no relationship; there is nothing to fade). Age = today - last contact, in days.
 * - age <= cadence: fresh; cadence < age <= 2 x cadence: `stale-link` (info); age > 2 x cadence:
 *   `cold-link` (warning). A date after today counts as fresh.
 * - no date (or not a real date): status `unknown`, never treated as fresh or as infinitely old; all such
 *   links are named in one `undated-link` finding (info) so the list stays readable.
 */
export function fadingLinks(graph: AccountGraph): Fading {
  const cadence = graph.cadenceDays;
  const links: FadingLink[] = [];
  const findings: Finding[] = [];
  const undated: FadingLink[] = [];

  for (const edge of graph.covers) {
    if (edge.strength < 1) continue;
    const teamId = graph.team[edge.team]!.id;
    const personId = graph.people[edge.person]!.id;
    const ageDays = edge.lastContactDay === null ? null : graph.today - edge.lastContactDay;
    const status: FadingStatus =
      ageDays === null ? 'unknown' : ageDays > 2 * cadence ? 'cold' : ageDays > cadence ? 'stale' : 'fresh';
    const entry: FadingLink = { linkId: edge.link.id, teamId, personId, status, ageDays };
    links.push(entry);
    if (status === 'unknown') undated.push(entry);
    if (status !== 'stale' && status !== 'cold') continue;
    findings.push(
      finding('fading', status === 'cold' ? 'cold-link' : 'stale-link', status === 'cold' ? 'warning' : 'info', edge.link.id, {
        personIds: [personId],
        teamIds: [teamId],
        linkIds: [edge.link.id],
        numbers: { days: ageDays!, cadenceDays: cadence, strength: edge.strength },
      }),
    );
  }
  if (undated.length > 0) {
    findings.push(
      finding('fading', 'undated-link', 'info', '', {
        linkIds: undated.map((l) => l.linkId),
        personIds: [...new Set(undated.map((l) => l.personId))],
        teamIds: [...new Set(undated.map((l) => l.teamId))],
        numbers: { links: undated.length },
      }),
    );
  }
  return { links, cadenceDays: cadence, findings };
}
