import type { LinkEnd } from '../../shared/model';

const NOUN: Record<LinkEnd, string> = { person: 'person', team: 'team member', competitor: 'competitor' };

/** The message for a reference that does not resolve, e.g. "no team member with id X in this account". */
export function missingInAccount(end: LinkEnd, id: string): string {
  return `no ${NOUN[end]} with id ${id} in this account`;
}
