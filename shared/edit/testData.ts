import type { AccountData, Person } from '../model';
import { newAccount, newPerson, newTeamMember } from './defaults';

/**
 * A small account for tests: two competitors, two of our team, four people across layers, and a link
 * of every kind. Bo favours Acme, so deleting Acme has a reference to clear as well as a tie to remove.
 */
export function sampleAccount(): AccountData {
  const accountId = 'acc-1';
  const account = newAccount({ name: 'North University', tier: 'core', shareOfWallet: 35, stage: 'initial' }, '2026-01-01T00:00:00.000Z', accountId);
  const person = (id: string, name: string, fields: Partial<Omit<Person, 'id' | 'accountId' | 'name'>>) =>
    newPerson(accountId, { name, ...fields }, id);
  return {
    account,
    competitors: [
      { id: 'c-acme', accountId, name: 'Acme' },
      { id: 'c-globex', accountId, name: 'Globex' },
    ],
    team: [
      newTeamMember(accountId, { name: 'Lin', function: 'sales' }, 't-lin'),
      newTeamMember(accountId, { name: 'Sam', function: 'presales', x: -300, y: 40 }, 't-sam'),
    ],
    people: [
      person('p-ann', '王校长', { layer: 'image', roles: ['decisionMaker'], attitude: 'supporter', influence: 5, x: 10, y: 20 }),
      person('p-bo', 'Bo Chen', { layer: 'decision', roles: ['decisionMaker', 'influencer'], favouredCompetitorId: 'c-acme' }),
      person('p-cai', '蔡老师', { layer: 'implementation', roles: ['coach', 'user'], attitude: 'champion' }),
      person('p-dee', 'Dee', { layer: 'user', roles: ['user'], attitude: 'skeptic', favouredCompetitorId: 'c-globex' }),
    ],
    links: [
      { id: 'l-rep', accountId, kind: 'reportsTo', from: 'p-bo', to: 'p-ann', strength: null, lastContact: null },
      { id: 'l-inf', accountId, kind: 'influences', from: 'p-cai', to: 'p-bo', strength: 3, lastContact: null },
      { id: 'l-ally', accountId, kind: 'ally', from: 'p-cai', to: 'p-dee', strength: null, lastContact: null },
      { id: 'l-rival', accountId, kind: 'rival', from: 'p-bo', to: 'p-dee', strength: null, lastContact: null },
      { id: 'l-cov1', accountId, kind: 'covers', from: 't-lin', to: 'p-bo', strength: 2, lastContact: '2026-03-01' },
      { id: 'l-cov2', accountId, kind: 'covers', from: 't-sam', to: 'p-cai', strength: 3, lastContact: '2026-02-10' },
      { id: 'l-tie', accountId, kind: 'competitorTie', from: 'c-acme', to: 'p-bo', strength: 2, lastContact: null },
    ],
  };
}

/** Collections sorted by id: their order carries no meaning, so tests compare this form. */
export function canonical(data: AccountData): AccountData {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    account: data.account,
    competitors: byId(data.competitors),
    team: byId(data.team),
    people: byId(data.people),
    links: byId(data.links),
  };
}

/** Freezes the data all the way down, so a test fails if anything mutates it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
