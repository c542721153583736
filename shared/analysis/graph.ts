import { ATTITUDE_SCORE } from '../model';
import type { Account, AccountData, Link, Person, TeamMember } from '../model';
import { cadenceDays, dayNumber } from './dates';

/**
 * The account indexed once per analysis, so every rule runs in time proportional to the account's size.
 *
 * What counts as data here (the same for every rule):
 * - a person or team member listed in `goneIds` is absent, and so is every link touching them (what-if);
 * - so is a person who left or is on leave (DOMAIN: out of the rules, as if removed by what-if);
 * - a person or team member whose id repeats keeps its first entry;
 * - a link whose ends are missing, of the wrong kind (covers must go team -> person, the customer's own
 *   links person -> person) or pointing at itself is ignored, never an error;
 * - a covers link's strength is clamped to 0-3 (null counts as 0), an influence link's to 1-3.
 */

/** Strength a customer link lends a chain: influence links carry their own; reports-to and ally count as
 * a working relationship (2). Rival links are not a way in: a rival does not introduce us to their rival. */
export const ACCESS_LINK_STRENGTH = { reportsTo: 2, ally: 2 } as const;

export interface CoversEdge {
  link: Link;
  team: number;
  person: number;
  strength: number;
  /** Day number of the last contact, null when missing or not a date. */
  lastContactDay: number | null;
}

/** Undirected adjacency of the customer's own links (reports-to, influence, ally) in compressed rows. */
export interface AccessAdjacency {
  /** Neighbours of person i are targets[offsets[i]] ... targets[offsets[i + 1] - 1]. */
  offsets: Int32Array;
  targets: Int32Array;
  /** Index into `AccountGraph.links` of the link behind each entry. */
  linkIndex: Int32Array;
  /** Strength of each entry (1-3) for chains. */
  strength: Int8Array;
}

export interface AccountGraph {
  account: Account;
  people: Person[];
  team: TeamMember[];
  /** Valid links only. */
  links: Link[];
  personIndex: Map<string, number>;
  teamIndex: Map<string, number>;
  competitorNames: Map<string, string>;
  covers: CoversEdge[];
  /** Per person: best covers strength (0 when none). */
  bestStrength: Int8Array;
  /** Per person: attitude is neutral or better (unknown is not). */
  attitudeOk: Uint8Array;
  access: AccessAdjacency;
  /** Per person: sum of the strengths of influence links going out of them (the people they sway), and how
   * many such links. An `influences` link A -> B reads "A sways B": the influence is A's. */
  outgoingInfluence: Float64Array;
  outgoingInfluenceCount: Int32Array;
  /** Per person: day number of their own last contact (the record's, or the log's when given), null when none. */
  personContactDay: (number | null)[];
  decisionMakers: number[];
  coaches: number[];
  cadenceDays: number;
  today: number;
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

function indexById<T extends { id: string }>(items: readonly T[], gone: ReadonlySet<string>): [T[], Map<string, number>] {
  const kept: T[] = [];
  const index = new Map<string, number>();
  for (const item of items) {
    if (gone.has(item.id) || index.has(item.id)) continue;
    index.set(item.id, kept.length);
    kept.push(item);
  }
  return [kept, index];
}

function buildAccess(personCount: number, links: readonly Link[], personIndex: Map<string, number>): AccessAdjacency {
  const ends: number[] = [];
  const degree = new Int32Array(personCount + 1);
  links.forEach((link, index) => {
    if (link.kind !== 'reportsTo' && link.kind !== 'influences' && link.kind !== 'ally') return;
    const a = personIndex.get(link.from)!;
    const b = personIndex.get(link.to)!;
    ends.push(a, b, index);
    degree[a + 1]! += 1;
    degree[b + 1]! += 1;
  });
  const offsets = new Int32Array(personCount + 1);
  for (let i = 0; i < personCount; i += 1) offsets[i + 1] = offsets[i]! + degree[i + 1]!;
  const total = offsets[personCount]!;
  const targets = new Int32Array(total);
  const linkIndex = new Int32Array(total);
  const strength = new Int8Array(total);
  const fill = offsets.slice(0, personCount);
  for (let k = 0; k < ends.length; k += 3) {
    const a = ends[k]!;
    const b = ends[k + 1]!;
    const index = ends[k + 2]!;
    const link = links[index]!;
    const weight =
      link.kind === 'influences' ? clamp(Math.round(link.strength ?? 1), 1, 3) : ACCESS_LINK_STRENGTH[link.kind as 'reportsTo' | 'ally'];
    // Each way in turn, without a pair of arrays per link (the agenda builds 200 accounts' adjacency).
    place(a, b, index, weight);
    place(b, a, index, weight);
  }
  return { offsets, targets, linkIndex, strength };

  function place(from: number, to: number, index: number, weight: number): void {
    const slot = fill[from]!;
    fill[from] = slot + 1;
    targets[slot] = to;
    linkIndex[slot] = index;
    strength[slot] = weight;
  }
}

/**
 * The last contacts a contact log makes (shared/plan/lastContact.ts): per person, and per team member then
 * person. Given to the analysis, they stand for the dates people and covers links carry, so the agenda
 * analyses 200 accounts without copying every person and link to put the log's dates on them.
 */
export interface ContactDates {
  byPerson: ReadonlyMap<string, string>;
  byPair: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Later dates than byPair's for some pairs, read first (pairDate): the dates links carry from before the log. */
  byLink?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** The latest contact between a team member and a person the dates give: a link's own date first, then the log's. */
export function pairDate(contacts: ContactDates, teamId: string, personId: string): string | null {
  return contacts.byLink?.get(teamId)?.get(personId) ?? contacts.byPair.get(teamId)?.get(personId) ?? null;
}

export function buildGraph(data: AccountData, today: string, goneIds: readonly string[] = [], contacts?: ContactDates): AccountGraph {
  const gone = new Set(goneIds);
  for (const person of data.people ?? []) if (person.status !== undefined && person.status !== 'active') gone.add(person.id);
  const [people, personIndex] = indexById(data.people ?? [], gone);
  const [team, teamIndex] = indexById(data.team ?? [], gone);
  const competitorNames = new Map((data.competitors ?? []).map((c) => [c.id, c.name] as const));

  const links: Link[] = [];
  for (const link of data.links ?? []) {
    if (link.from === link.to || !personIndex.has(link.to)) continue;
    const fromOk =
      link.kind === 'covers'
        ? teamIndex.has(link.from)
        : link.kind === 'competitorTie'
          ? competitorNames.has(link.from)
          : personIndex.has(link.from);
    if (fromOk) links.push(link);
  }

  const n = people.length;
  const bestStrength = new Int8Array(n);
  const attitudeOk = new Uint8Array(n);
  const outgoingInfluence = new Float64Array(n);
  const outgoingInfluenceCount = new Int32Array(n);
  const covers: CoversEdge[] = [];
  const decisionMakers: number[] = [];
  const coaches: number[] = [];

  people.forEach((person, i) => {
    const score = ATTITUDE_SCORE[person.attitude];
    attitudeOk[i] = score !== null && score !== undefined && score >= 0 ? 1 : 0;
    const roles = person.roles ?? [];
    if (roles.includes('decisionMaker')) decisionMakers.push(i);
    if (roles.includes('coach')) coaches.push(i);
  });

  for (const link of links) {
    if (link.kind === 'covers') {
      const person = personIndex.get(link.to)!;
      const strength = clamp(Math.round(link.strength ?? 0), 0, 3);
      const lastContact = contacts === undefined ? link.lastContact : pairDate(contacts, link.from, link.to);
      covers.push({ link, team: teamIndex.get(link.from)!, person, strength, lastContactDay: dayNumber(lastContact) });
      if (strength > bestStrength[person]!) bestStrength[person] = strength;
    } else if (link.kind === 'influences') {
      const source = personIndex.get(link.from)!;
      outgoingInfluence[source]! += clamp(link.strength ?? 1, 1, 3);
      outgoingInfluenceCount[source]! += 1;
    }
  }

  return {
    account: data.account,
    people,
    team,
    links,
    personIndex,
    teamIndex,
    competitorNames,
    covers,
    bestStrength,
    attitudeOk,
    access: buildAccess(n, links, personIndex),
    outgoingInfluence,
    outgoingInfluenceCount,
    personContactDay: people.map((person) => dayNumber(contacts === undefined ? person.lastContact : (contacts.byPerson.get(person.id) ?? null))),
    decisionMakers,
    coaches,
    cadenceDays: cadenceDays(data.account),
    today: dayNumber(today) ?? 0,
  };
}

/** A covers link of this strength or more is a working relationship: it gives access. */
export const WORKING_RELATIONSHIP = 2;
