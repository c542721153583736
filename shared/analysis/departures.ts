import type { AccountData, Person } from '../model';
import { finding } from './finding';
import type { AccountGraph } from './graph';
import type { Finding } from './types';

/**
 * A person who left for one of the account's competitors opens a door for that competitor: they know our
 * offer, our plans and the people here. One `left-to-competitor` finding per such person (a warning;
 * critical when they were a decision maker or our coach, who knew the most). `personIds` is the leaver,
 * then the people still here who are close to them and may be swayed from outside: those the leaver
 * swayed, their allies and their direct reports, in the account's order.
 *
 * Reads the account data, not the graph, for the leaver (the graph leaves them out like every person who
 * is gone); the graph says who is still here. A leaver also removed by what-if raises nothing.
 */
export function departures(data: AccountData, graph: AccountGraph, goneIds: readonly string[]): Finding[] {
  const gone = new Set(goneIds);
  const competitors = new Set((data.competitors ?? []).map((c) => c.id));
  const findings: Finding[] = [];
  for (const person of data.people ?? []) {
    const competitorId = person.leftToCompetitorId;
    if (person.status !== 'left' || competitorId === null || !competitors.has(competitorId) || gone.has(person.id)) continue;
    const close = closePeople(data, graph, person.id);
    const insider = person.roles.includes('decisionMaker') || person.roles.includes('coach');
    findings.push(
      finding('redFlags', 'left-to-competitor', insider ? 'critical' : 'warning', person.id, {
        personIds: [person.id, ...close],
        params: { competitorId, ...(person.statusSince ? { since: person.statusSince } : {}) },
        numbers: { influence: person.influence, close: close.length },
      }),
    );
  }
  return findings;
}

function closePeople(data: AccountData, graph: AccountGraph, leaverId: string): string[] {
  const close = new Set<string>();
  for (const link of data.links ?? []) {
    const other =
      (link.kind === 'influences' && link.from === leaverId && link.to) ||
      (link.kind === 'reportsTo' && link.to === leaverId && link.from) ||
      (link.kind === 'ally' && (link.from === leaverId ? link.to : link.to === leaverId ? link.from : ''));
    if (other && graph.personIndex.has(other)) close.add(other);
  }
  return graph.people.filter((p: Person) => close.has(p.id)).map((p) => p.id);
}
