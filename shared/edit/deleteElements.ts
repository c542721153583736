import type { AccountData, Op } from '../model';
import type { Edit } from './edit';

/**
 * Deletes people, team members, competitors and links (ids may be mixed) as one edit. The forward ops
 * spell out the database's cascades (links touching a deleted node, favoured-competitor references to
 * a deleted competitor), so the inverse can put back every one of them: nodes first, then links,
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
  const clearedRefs = data.people.filter(
    (person) =>
      !wanted.has(person.id) && person.favouredCompetitorId !== null && goneCompetitors.has(person.favouredCompetitorId),
  );

  const forward: Op[] = [
    ...clearedRefs.map((person): Op => ({ op: 'patch', entity: 'person', id: person.id, patch: { favouredCompetitorId: null } })),
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
    ...clearedRefs.map(
      (person): Op => ({ op: 'patch', entity: 'person', id: person.id, patch: { favouredCompetitorId: person.favouredCompetitorId } }),
    ),
  ];
  return { forward, inverse };
}
