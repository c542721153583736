import { linkSchema } from '../model';
import type { AccountData, IsoDate, Link, LinkKind } from '../model';
import type { Edit } from './edit';
import { localToday, newId } from './defaults';
import { patchEdit } from './patch';

/** What a node on the map is: a customer person, one of our team, or a competitor. */
export type EndKind = 'person' | 'team' | 'competitor';

export function endKindOf(data: AccountData, id: string): EndKind | null {
  if (data.people.some((person) => person.id === id)) return 'person';
  if (data.team.some((member) => member.id === id)) return 'team';
  if (data.competitors.some((competitor) => competitor.id === id)) return 'competitor';
  return null;
}

const PERSON_TO_PERSON: readonly LinkKind[] = ['reportsTo', 'influences', 'ally', 'rival'];

/** Which kinds DOMAIN.md allows from one kind of end to another; the `to` end is always a person. */
export function allowedLinkKinds(from: EndKind, to: EndKind): readonly LinkKind[] {
  if (to !== 'person') return [];
  if (from === 'team') return ['covers'];
  if (from === 'competitor') return ['competitorTie'];
  return PERSON_TO_PERSON;
}

/**
 * Strength a new link starts with: a working influence, a working relationship (a KAM draws the people
 * they work with; an acquaintance is the exception they lower it for), a real competitor tie.
 */
export const DEFAULT_STRENGTH: Record<LinkKind, number | null> = {
  reportsTo: null,
  influences: 2,
  ally: null,
  rival: null,
  covers: 2,
  competitorTie: 2,
};

const UNDIRECTED: ReadonlySet<LinkKind> = new Set(['ally', 'rival']);

/** The link of this kind already joining these ends (ally and rival in either direction), if any. */
export function findLink(data: AccountData, kind: LinkKind, from: string, to: string): Link | undefined {
  return data.links.find(
    (link) =>
      link.kind === kind &&
      ((link.from === from && link.to === to) || (UNDIRECTED.has(kind) && link.from === to && link.to === from)),
  );
}

export interface LinkEnds {
  from: string;
  to: string;
  kinds: readonly LinkKind[];
}

/**
 * The ends of a link the user drew, and the kinds it may have. A line drawn from a person to one of
 * our team or to a competitor is turned around, since covers and ties always point at the person.
 * null when no kind fits these ends.
 */
export function resolveLinkEnds(data: AccountData, a: string, b: string): LinkEnds | null {
  if (a === b) return null;
  const kindA = endKindOf(data, a);
  const kindB = endKindOf(data, b);
  if (!kindA || !kindB) return null;
  const forward = allowedLinkKinds(kindA, kindB);
  if (forward.length > 0) return { from: a, to: b, kinds: forward };
  const backward = allowedLinkKinds(kindB, kindA);
  if (backward.length > 0) return { from: b, to: a, kinds: backward };
  return null;
}

export interface LinkDraft {
  kind: LinkKind;
  from: string;
  to: string;
  strength?: number | null;
  lastContact?: IsoDate | null;
  id?: string;
}

export type LinkProblem = 'unknown-end' | 'same-end' | 'kind-not-allowed' | 'duplicate' | 'invalid';

export type AddLinkResult = { ok: true; edit: Edit; link: Link } | { ok: false; problem: LinkProblem; detail?: string };

/** A new link, checked against the ends it joins; covers start with today as last contact. */
export function addLink(data: AccountData, draft: LinkDraft, today: IsoDate = localToday()): AddLinkResult {
  if (draft.from === draft.to) return { ok: false, problem: 'same-end' };
  const fromKind = endKindOf(data, draft.from);
  const toKind = endKindOf(data, draft.to);
  if (!fromKind || !toKind) return { ok: false, problem: 'unknown-end' };
  if (!allowedLinkKinds(fromKind, toKind).includes(draft.kind)) return { ok: false, problem: 'kind-not-allowed' };
  if (findLink(data, draft.kind, draft.from, draft.to)) return { ok: false, problem: 'duplicate' };
  const link: Link = {
    id: draft.id ?? newId(),
    accountId: data.account.id,
    kind: draft.kind,
    from: draft.from,
    to: draft.to,
    strength: draft.strength === undefined ? DEFAULT_STRENGTH[draft.kind] : draft.strength,
    lastContact: draft.lastContact === undefined ? (draft.kind === 'covers' ? today : null) : draft.lastContact,
  };
  const checked = linkSchema.safeParse(link);
  if (!checked.success) return { ok: false, problem: 'invalid', detail: checked.error.issues[0]?.message };
  return {
    ok: true,
    link,
    edit: {
      forward: [{ op: 'put', entity: 'link', value: link }],
      inverse: [{ op: 'delete', entity: 'link', id: link.id }],
    },
  };
}

export type LinkPatch = Partial<Pick<Link, 'strength' | 'lastContact'>>;

export function updateLink(data: AccountData, linkId: string, patch: LinkPatch): Edit {
  const allowed: LinkPatch = {};
  if (patch.strength !== undefined) allowed.strength = patch.strength;
  if (patch.lastContact !== undefined) allowed.lastContact = patch.lastContact;
  return patchEdit('link', data.links.find((link) => link.id === linkId), allowed);
}
