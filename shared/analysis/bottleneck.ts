import type { AccountGraph } from './graph';
import { WORKING_RELATIONSHIP } from './graph';
import { finding } from './finding';
import type { Bottleneck, Bottlenecks, Finding } from './types';

/**
 * Rule 4, access bottleneck: a customer person through whom every path from our team to a decision maker
 * runs. The graph: a virtual source joined to every person we hold a covers link >= 2 with (our team, as
 * one node: a team member can never be a customer bottleneck; our own single point of failure is the
 * owner single-thread), plus the customer's reports-to, influence and ally links taken undirected. Rival
 * links are left out: a rival is not a way in. A decision maker we cannot reach at all has no bottleneck
 * (the path-to-power rule reports them); one we cover directly has none either.
 *
 * Method: one depth-first search from the source computes discovery times and low points (Tarjan). For a
 * tree edge p -> u with p not the source, low[u] >= disc[p] means removing p cuts u's whole subtree off
 * the source. So the people separating d from our team are the ends p of such "cut" edges on the tree
 * path from the source to d; each person keeps a pointer to the nearest one above it, and a decision
 * maker's bottlenecks are that pointer chain. O(V + E) plus the size of the answer.
 */
export function accessBottlenecks(graph: AccountGraph): Bottlenecks {
  const n = graph.people.length;
  const source = n;
  const { offsets, targets } = graph.access;

  const sourceNeighbours: number[] = [];
  graph.bestStrength.forEach((strength, i) => {
    if (strength >= WORKING_RELATIONSHIP) sourceNeighbours.push(i);
  });
  const joinedToSource = new Uint8Array(n);
  for (const i of sourceNeighbours) joinedToSource[i] = 1;

  const disc = new Int32Array(n + 1).fill(-1);
  const low = new Int32Array(n + 1);
  const parent = new Int32Array(n + 1).fill(-1);
  // Next neighbour to look at, per node; for a person, values past its row mean "then the source".
  const cursor = new Int32Array(n + 1);
  const stack = new Int32Array(n + 1);
  const order: number[] = [];
  let top = 0;
  let time = 0;

  disc[source] = low[source] = time++;
  stack[top++] = source;
  while (top > 0) {
    const u = stack[top - 1]!;
    let next = -1;
    if (u === source) {
      if (cursor[u]! < sourceNeighbours.length) next = sourceNeighbours[cursor[u]!++]!;
    } else {
      const rowEnd = offsets[u + 1]!;
      const position = offsets[u]! + cursor[u]!;
      if (position < rowEnd) {
        next = targets[position]!;
        cursor[u]! += 1;
      } else if (position === rowEnd && joinedToSource[u]) {
        next = source;
        cursor[u]! += 1;
      }
    }
    if (next >= 0) {
      if (disc[next] === -1) {
        disc[next] = low[next] = time++;
        parent[next] = u;
        order.push(next);
        stack[top++] = next;
      } else if (disc[next]! < low[u]!) {
        low[u] = disc[next]!;
      }
      continue;
    }
    top -= 1;
    const p = parent[u]!;
    if (p >= 0 && low[u]! < low[p]!) low[p] = low[u]!;
  }

  // Nearest proper ancestor that separates each person from the source (-1: none), in discovery order so
  // a parent is always done before its children.
  const nearestCut = new Int32Array(n).fill(-1);
  for (const u of order) {
    const p = parent[u]!;
    if (p === source) continue;
    nearestCut[u] = low[u]! >= disc[p]! ? p : nearestCut[p]!;
  }

  const cutOff = new Map<number, number[]>();
  for (const dm of graph.decisionMakers) {
    if (disc[dm] === -1) continue;
    for (let v = nearestCut[dm]!; v >= 0; v = nearestCut[v]!) {
      const list = cutOff.get(v) ?? [];
      list.push(dm);
      cutOff.set(v, list);
    }
  }

  const bottlenecks: Bottleneck[] = [];
  const findings: Finding[] = [];
  for (const v of [...cutOff.keys()].sort((a, b) => a - b)) {
    const personId = graph.people[v]!.id;
    const decisionMakerIds = cutOff.get(v)!.map((dm) => graph.people[dm]!.id);
    bottlenecks.push({ personId, decisionMakerIds });
    findings.push(
      finding('bottleneck', 'access-bottleneck', 'critical', personId, {
        personIds: [personId, ...decisionMakerIds],
        numbers: { decisionMakers: decisionMakerIds.length },
      }),
    );
  }
  return { bottlenecks, findings };
}
