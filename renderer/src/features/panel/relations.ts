import type { AccountData, IsoDate, Link, LinkKind } from '../../../../shared/model';

/** Kinds without a direction: the panel shows them as "with", not "to" or "from". */
const UNDIRECTED: ReadonlySet<LinkKind> = new Set(['ally', 'rival']);

/** The name of a person, team member or competitor; '' for an id the account does not hold. */
export function nameOf(data: AccountData, id: string): string {
  return (
    data.people.find((person) => person.id === id)?.name ??
    data.team.find((member) => member.id === id)?.name ??
    data.competitors.find((competitor) => competitor.id === id)?.name ??
    ''
  );
}

/**
 * Today's best covers strength of a person: the strongest covers link from our team, or null when
 * nobody on our team covers them (which is not the same as a covers link of strength 0).
 */
export function bestCoversStrength(data: AccountData, personId: string): number | null {
  let best: number | null = null;
  for (const link of data.links) {
    if (link.kind !== 'covers' || link.to !== personId) continue;
    const strength = link.strength ?? 0;
    if (best === null || strength > best) best = strength;
  }
  return best;
}

export type LinkDirection = 'outgoing' | 'incoming' | 'mutual';

/** A link as seen from one of its ends. */
export interface LinkFromHere {
  link: Link;
  direction: LinkDirection;
  otherId: string;
  otherName: string;
}

/** Shown grouped by kind (the order of the kinds), then by the other end's name. */
const KIND_ORDER: readonly LinkKind[] = ['covers', 'competitorTie', 'reportsTo', 'influences', 'ally', 'rival'];

/** Every link touching a node, with the other end's name and which way it points. */
export function linksOf(data: AccountData, nodeId: string, locale = 'en'): LinkFromHere[] {
  const collator = new Intl.Collator(locale);
  return data.links
    .filter((link) => link.from === nodeId || link.to === nodeId)
    .map((link): LinkFromHere => {
      const outgoing = link.from === nodeId;
      const otherId = outgoing ? link.to : link.from;
      return {
        link,
        direction: UNDIRECTED.has(link.kind) ? 'mutual' : outgoing ? 'outgoing' : 'incoming',
        otherId,
        otherName: nameOf(data, otherId),
      };
    })
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.link.kind) - KIND_ORDER.indexOf(b.link.kind) || collator.compare(a.otherName, b.otherName),
    );
}

/** A person covered by one of our team, as the team member's panel lists them. */
export interface CoveredPerson {
  linkId: string;
  personId: string;
  name: string;
  strength: number;
  lastContact: IsoDate | null;
}

/** The people a team member covers, strongest first. */
export function coveredBy(data: AccountData, memberId: string, locale = 'en'): CoveredPerson[] {
  const collator = new Intl.Collator(locale);
  return data.links
    .filter((link) => link.kind === 'covers' && link.from === memberId)
    .map((link) => ({
      linkId: link.id,
      personId: link.to,
      name: nameOf(data, link.to),
      strength: link.strength ?? 0,
      lastContact: link.lastContact,
    }))
    .sort((a, b) => b.strength - a.strength || collator.compare(a.name, b.name));
}

/** Someone a competitor reaches: through a tie (with its strength), as their favourite, or both. */
export interface CompetitorContact {
  personId: string;
  name: string;
  /** the competitor tie's link id and strength, when there is a tie */
  tie: { linkId: string; strength: number } | null;
  favours: boolean;
}

/** The people a competitor is tied to or favoured by, the strongest ties first. */
export function competitorContacts(data: AccountData, competitorId: string, locale = 'en'): CompetitorContact[] {
  const collator = new Intl.Collator(locale);
  const byPerson = new Map<string, CompetitorContact>();
  for (const link of data.links) {
    if (link.kind !== 'competitorTie' || link.from !== competitorId) continue;
    byPerson.set(link.to, { personId: link.to, name: nameOf(data, link.to), tie: { linkId: link.id, strength: link.strength ?? 1 }, favours: false });
  }
  for (const person of data.people) {
    if (person.favouredCompetitorId !== competitorId) continue;
    const known = byPerson.get(person.id);
    byPerson.set(person.id, known ? { ...known, favours: true } : { personId: person.id, name: person.name, tie: null, favours: true });
  }
  return [...byPerson.values()].sort(
    (a, b) => (b.tie?.strength ?? 0) - (a.tie?.strength ?? 0) || collator.compare(a.name, b.name),
  );
}
