import type { AccountData, Op, Person } from '../model';
import type { Edit } from './edit';

/**
 * Deletes people, team members, competitors and links (ids may be mixed) as one edit. The forward ops
 * spell out the database's cascades (links touching a deleted node, favoured and left-to competitor
 * references to a deleted competitor), so the inverse can put back every one of them: nodes first, then links,
 * then the references. Unknown ids are ignored.
 */
export function deleteElements(data: AccountData, ids: readonly string[]): Edit {
  const wanted = new Set(ids);
  const people = data.people.filter((person) => wanted.has(person.id));
  const team = data.team.filter((member) => wanted.has(member.id));
  const competitors = data.competitors.filter((competitor) => wanted.has(competitor.id));
  const goneNodes = new Set([...people, ...team, ...competitors].map((node) => node.id));
  const goneCompetitors = new Set(competitors.map((competitor) => competitor.id));
  const links = data.links.filter((link) => wanted.has(link.id) || goneNodes.has(link.from) || goneNodes.has(link.to));
  const names = (competitorId: string | null) => competitorId !== null && goneCompetitors.has(competitorId);
  // The competitor references the database clears: a favourite, and where someone went when they left.
  const clearedRefs = data.people
    .filter((person) => !wanted.has(person.id) && (names(person.favouredCompetitorId) || names(person.leftToCompetitorId)))
    .map((person) => {
      const before: Partial<Person> = {};
      if (names(person.favouredCompetitorId)) before.favouredCompetitorId = person.favouredCompetitorId;
      if (names(person.leftToCompetitorId)) before.leftToCompetitorId = person.leftToCompetitorId;
      const after = Object.fromEntries(Object.keys(before).map((key) => [key, null])) as Partial<Person>;
      return { id: person.id, before, after };
    });

  const forward: Op[] = [
    ...clearedRefs.map((ref): Op => ({ op: 'patch', entity: 'person', id: ref.id, patch: ref.after })),
    ...links.map((link): Op => ({ op: 'delete', entity: 'link', id: link.id })),
    ...people.map((person): Op => ({ op: 'delete', entity: 'person', id: person.id })),
    ...team.map((member): Op => ({ op: 'delete', entity: 'team', id: member.id })),
    ...competitors.map((competitor): Op => ({ op: 'delete', entity: 'competitor', id: competitor.id })),
  ];
  const inverse: Op[] = [
    ...competitors.map((value): Op => ({ op: 'put', entity: 'competitor', value })),
    ...team.map((value): Op => ({ op: 'put', entity: 'team', value })),
    ...people.map((value): Op => ({ op: 'put', entity: 'person', value })),
    ...links.map((value): Op => ({ op: 'put', entity: 'link', value })),
    ...clearedRefs.map((ref): Op => ({ op: 'patch', entity: 'person', id: ref.id, patch: ref.before })),
  ];
  return { forward, inverse };
}
