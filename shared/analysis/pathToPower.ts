import type { AccountGraph } from './graph';
import { finding } from './finding';
import type { Finding, PathToPower, PathsToPower } from './types';

const LEVELS = [3, 2, 1] as const;

/**
 * Rule 9, path to power: for each decision maker, the strongest chain from one of our team to them: a
 * covers link (strength >= 1: an acquaintance can still ask for an introduction; 0 means no relationship),
 * then the customer's own links taken undirected, since an introduction can go either way along them.
 * Influence links weigh their strength; reports-to and ally weigh 2 (ACCESS_LINK_STRENGTH); rival links
 * are no way in.
 *
 * The strength of a chain is its weakest link (one cold introduction breaks it); among the chains with the
 * best weakest link, the one with fewest links wins; remaining ties go to the team member, covers link
 * and customer link listed first, so the answer is stable. A decision maker we cover directly gets a
 * one-link chain.
 *
 * Method: strengths are 1-3, so for each level from 3 down, one breadth-first search from our team over
 * links of at least that strength; a decision maker first reached at level s has s as best weakest link
 * and the search's distance as fewest links. Three searches, O(V + E) each; no cycle can loop.
 * Unreachable decision makers get `no-path-to-power` (warning).
 */
export function pathsToPower(graph: AccountGraph): PathsToPower {
  const n = graph.people.length;
  const { offsets, targets, linkIndex, strength } = graph.access;
  const pending = new Set(graph.decisionMakers);
  const found = new Map<number, PathToPower>();

  for (const level of LEVELS) {
    if (pending.size === 0) break;
    const hops = new Int32Array(n).fill(-1);
    // For each reached person: the person before them (-1 when a team member is), and the link used.
    const previous = new Int32Array(n).fill(-1);
    const via = new Int32Array(n).fill(-1);
    const startedBy = new Int32Array(n).fill(-1);
    const queue = new Int32Array(n);
    let head = 0;
    let tail = 0;
    for (let c = 0; c < graph.covers.length; c += 1) {
      const edge = graph.covers[c]!;
      if (edge.strength < level || hops[edge.person] !== -1) continue;
      hops[edge.person] = 1;
      via[edge.person] = -2 - c; // a covers link, told apart from customer links by being negative
      startedBy[edge.person] = edge.team;
      queue[tail++] = edge.person;
    }
    while (head < tail) {
      const u = queue[head++]!;
      for (let k = offsets[u]!; k < offsets[u + 1]!; k += 1) {
        const w = targets[k]!;
        if (strength[k]! < level || hops[w] !== -1) continue;
        hops[w] = hops[u]! + 1;
        previous[w] = u;
        via[w] = linkIndex[k]!;
        startedBy[w] = startedBy[u]!;
        queue[tail++] = w;
      }
    }
    for (const dm of [...pending]) {
      if (hops[dm] === -1) continue;
      pending.delete(dm);
      found.set(dm, chain(graph, dm, level, hops, previous, via, startedBy));
    }
  }

  const paths: PathToPower[] = [];
  const unreachableIds: string[] = [];
  const findings: Finding[] = [];
  for (const dm of graph.decisionMakers) {
    const id = graph.people[dm]!.id;
    const path = found.get(dm);
    if (!path) {
      unreachableIds.push(id);
      findings.push(finding('pathToPower', 'no-path-to-power', 'warning', id, { personIds: [id] }));
      continue;
    }
    paths.push(path);
    findings.push(
      finding('pathToPower', 'path-to-power', 'info', id, {
        teamIds: [path.nodeIds[0]!],
        personIds: path.nodeIds.slice(1),
        linkIds: path.linkIds,
        numbers: { strength: path.strength, hops: path.hops },
      }),
    );
  }
  return { paths, unreachableIds, findings };
}

function chain(
  graph: AccountGraph,
  dm: number,
  level: number,
  hops: Int32Array,
  previous: Int32Array,
  via: Int32Array,
  startedBy: Int32Array,
): PathToPower {
  const people: string[] = [];
  const links: string[] = [];
  let u = dm;
  for (;;) {
    people.push(graph.people[u]!.id);
    const step = via[u]!;
    if (previous[u] === -1) {
      links.push(graph.covers[-2 - step]!.link.id);
      break;
    }
    links.push(graph.links[step]!.id);
    u = previous[u]!;
  }
  return {
    decisionMakerId: graph.people[dm]!.id,
    nodeIds: [graph.team[startedBy[dm]!]!.id, ...people.reverse()],
    linkIds: links.reverse(),
    strength: level,
    hops: hops[dm]!,
  };
}
