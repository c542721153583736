import type { AccountData, Person } from '../../../shared/model';
import type { MapLabels } from './labels';
import { ATTITUDE_SIGN } from './style';

/**
 * What the hover card says about a person: name, title, roles, attitude, influence, our best
 * coverage, the competitor they favour and how many open actions concern them. Built from an explicit list of fields, so contact details and private notes can never
 * reach it (the workshop rule: the card shows on a shared screen). Pure.
 */

export interface PersonCardModel {
  name: string;
  title: string;
  roles: string;
  attitude: string;
  attitudeSign: string;
  attitudeKey: Person['attitude'];
  influence: number;
  coverage: string;
  /** 0-3, for the meter next to the coverage */
  coverageStrength: number;
  /** the competitor they favour, by name; null when none */
  favours: string | null;
  /** how many open actions concern them (the flag on the map); 0 when none */
  openActions: number;
}

export function personCard(person: Person, data: Pick<AccountData, 'links' | 'team' | 'competitors'>, labels: MapLabels, openActions = 0): PersonCardModel {
  let best = 0;
  const coveredBy: string[] = [];
  for (const link of data.links) {
    if (link.kind !== 'covers' || link.to !== person.id) continue;
    const strength = link.strength ?? 0;
    const member = data.team.find((m) => m.id === link.from)?.name ?? '';
    if (strength > best) {
      best = strength;
      coveredBy.length = 0;
    }
    if (strength === best && strength > 0 && member) coveredBy.push(member);
  }
  const strengthName = labels.coversStrength[best as 0 | 1 | 2 | 3];
  return {
    name: person.name,
    title: person.title,
    roles: person.roles.length > 0 ? person.roles.map((role) => labels.roleName[role]).join(' · ') : labels.card.noRoles,
    attitude: labels.attitude[person.attitude],
    attitudeSign: ATTITUDE_SIGN[person.attitude],
    attitudeKey: person.attitude,
    influence: person.influence,
    coverage: coveredBy.length > 0 ? `${strengthName} · ${coveredBy.slice(0, 2).join(', ')}${coveredBy.length > 2 ? ' …' : ''}` : strengthName,
    coverageStrength: best,
    favours: data.competitors.find((competitor) => competitor.id === person.favouredCompetitorId)?.name ?? null,
    openActions,
  };
}
