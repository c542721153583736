import type { Link, Person } from '../../shared/model';
import type { LoggedContact, PlanAction } from '../../shared/plan/types';
import type { Repos } from './repos';

/** Everything held about one person (PIPL art. 45, GDPR art. 15), as written to a readable JSON file. */
export interface PersonExport {
  format: 'power-map-person';
  formatVersion: 1;
  exportedAt: string;
  account: { id: string; name: string };
  person: Person;
  favouredCompetitor: { id: string; name: string } | null;
  /** Every link that names the person, with the other end's name so the file reads on its own. */
  links: (Link & { direction: 'from' | 'to'; otherEnd: { id: string; name: string | null } })[];
  /** Every logged contact and every action that names the person (issue 13), notes included. */
  contacts: LoggedContact[];
  actions: PlanAction[];
}

export function readPersonExport(repos: Repos, personId: string, exportedAt: string): PersonExport | null {
  const person = repos.people.get(personId);
  if (person === undefined) return null;
  const account = repos.accounts.get(person.accountId);
  const nameOf = (id: string): string | null =>
    repos.people.get(id)?.name ?? repos.team.get(id)?.name ?? repos.competitors.get(id)?.name ?? null;
  const competitor = person.favouredCompetitorId === null ? undefined : repos.competitors.get(person.favouredCompetitorId);
  const links = repos.links
    .listByAccount(person.accountId)
    .filter((link) => link.from === personId || link.to === personId)
    .map((link) => {
      const direction = link.from === personId ? ('from' as const) : ('to' as const);
      const otherId = direction === 'from' ? link.to : link.from;
      return { ...link, direction, otherEnd: { id: otherId, name: nameOf(otherId) } };
    });
  return {
    format: 'power-map-person',
    formatVersion: 1,
    exportedAt,
    account: { id: person.accountId, name: account?.name ?? '' },
    person,
    favouredCompetitor: competitor === undefined ? null : { id: competitor.id, name: competitor.name },
    links,
    contacts: repos.plan.contactsNaming(personId).flatMap((id) => repos.plan.getContact(id) ?? []),
    actions: repos.plan.actionsNaming(personId).flatMap((id) => repos.plan.getAction(id) ?? []),
  };
}
