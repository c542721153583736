import type { LinkKind } from '../../shared/model';

/** What a link's `from` end must be, per kind (DOMAIN.md); its `to` end is always a person. */
export type LinkEnd = 'person' | 'team' | 'competitor';

export const LINK_FROM: Record<LinkKind, LinkEnd> = {
  reportsTo: 'person',
  influences: 'person',
  ally: 'person',
  rival: 'person',
  covers: 'team',
  competitorTie: 'competitor',
};

const NOUN: Record<LinkEnd, string> = { person: 'person', team: 'team member', competitor: 'competitor' };

/** The message for a reference that does not resolve, e.g. "no team member with id X in this account". */
export function missingInAccount(end: LinkEnd, id: string): string {
  return `no ${NOUN[end]} with id ${id} in this account`;
}
