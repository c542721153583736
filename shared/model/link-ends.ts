import type { LinkKind } from './enums';

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
