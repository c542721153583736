import type { AccountGraph } from './graph';
import { WORKING_RELATIONSHIP } from './graph';
import { finding } from './finding';
import type { ContactThread, Finding, OwnerThread, SingleThread, WeightedCoverage } from './types';

/**
 * Rule 4, single-thread risk on the customer's side (contact) and ours (owner).
 * - Contact: exactly one customer person holds a covers link >= 2 (`single`), or one person carries at
 *   least `concentrationThreshold` of the weighted coverage (`concentrated`). Nobody at >= 2 is not a
 *   single thread but no thread at all: it is reported once as `no-working-relationship`, which also
 *   stands for the owner side.
 * - Owner: every covers link >= 2 belongs to one team member (a team of one with any such link is one).
 * Both are critical: losing one person loses the account.
 */
export function singleThread(graph: AccountGraph, weighted: WeightedCoverage, concentrationThreshold: number): SingleThread {
  const findings: Finding[] = [];

  const strongPeople: number[] = [];
  graph.bestStrength.forEach((strength, i) => {
    if (strength >= WORKING_RELATIONSHIP) strongPeople.push(i);
  });
  let top = -1;
  weighted.contributions.forEach((c, i) => {
    if (top < 0 || c.share > weighted.contributions[top]!.share) top = i;
  });
  const topShare = top >= 0 ? weighted.contributions[top]!.share : 0;

  let contact: ContactThread;
  if (strongPeople.length === 0) {
    contact = { status: 'none', personId: null, strongCount: 0, topShare };
  } else if (strongPeople.length === 1) {
    contact = { status: 'single', personId: graph.people[strongPeople[0]!]!.id, strongCount: 1, topShare };
  } else if (topShare >= concentrationThreshold) {
    contact = { status: 'concentrated', personId: graph.people[top]!.id, strongCount: strongPeople.length, topShare };
  } else {
    contact = { status: 'spread', personId: null, strongCount: strongPeople.length, topShare };
  }
  if (contact.personId !== null) {
    const i = graph.personIndex.get(contact.personId)!;
    findings.push(
      finding('singleThread', 'contact-single-thread', 'critical', contact.personId, {
        personIds: [contact.personId],
        numbers: {
          strongCount: contact.strongCount,
          share: weighted.contributions[i]!.share,
          threshold: concentrationThreshold,
        },
        params: { reason: contact.status },
      }),
    );
  }

  const heldBy = new Map<number, Set<number>>();
  for (const edge of graph.covers) {
    if (edge.strength < WORKING_RELATIONSHIP) continue;
    const held = heldBy.get(edge.team) ?? new Set<number>();
    held.add(edge.person);
    heldBy.set(edge.team, held);
  }
  const ownerIndices = [...heldBy.keys()].sort((a, b) => a - b);
  const owner: OwnerThread = {
    status: ownerIndices.length === 0 ? 'none' : ownerIndices.length === 1 ? 'single' : 'spread',
    ownerIds: ownerIndices.map((t) => graph.team[t]!.id),
  };
  if (owner.status === 'single') {
    const teamId = owner.ownerIds[0]!;
    const held = [...heldBy.get(ownerIndices[0]!)!].sort((a, b) => a - b);
    findings.push(
      finding('singleThread', 'owner-single-thread', 'critical', teamId, {
        teamIds: [teamId],
        personIds: held.map((i) => graph.people[i]!.id),
        numbers: { people: held.length, teamSize: graph.team.length },
      }),
    );
  }
  if (contact.status === 'none') {
    findings.push(
      finding('singleThread', 'no-working-relationship', 'critical', '', {
        numbers: { people: graph.people.length, teamSize: graph.team.length },
      }),
    );
  }
  return { contact, owner, findings };
}
