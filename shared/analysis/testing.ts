import type { Account, AccountData, Competitor, Link, Person, TeamMember } from '../model';
import { newPerson, newTeamMember } from '../edit/defaults';

/**
 * Small factory for hand-built test accounts: every field has a plain default, so a test states only
 * what its rule looks at. Link ids are readable (`covers:li->wang`) so tests can name them.
 */

const ACCOUNT_ID = 'acc';

export function account(overrides: Partial<Account> = {}): Account {
  return {
    id: ACCOUNT_ID,
    name: 'Test account',
    industry: '',
    region: '',
    notes: '',
    tier: 'mid',
    funnelClass: 'A',
    stage: 'initial',
    shareOfWallet: null,
    visitCadenceDays: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A person; `id` doubles as the name unless a name is given. Defaults: user layer, neutral, influence 3. */
export function person(id: string, overrides: Partial<Person> = {}): Person {
  return newPerson(ACCOUNT_ID, { name: id, layer: 'user', attitude: 'neutral', ...overrides }, id);
}

export function member(id: string, overrides: Partial<TeamMember> = {}): TeamMember {
  return newTeamMember(ACCOUNT_ID, { name: id, ...overrides }, id);
}

export function competitor(id: string, name = id): Competitor {
  return { id, accountId: ACCOUNT_ID, name };
}

export function link(kind: Link['kind'], from: string, to: string, overrides: Partial<Link> = {}): Link {
  return {
    id: `${kind}:${from}->${to}`,
    accountId: ACCOUNT_ID,
    kind,
    from,
    to,
    strength: null,
    lastContact: null,
    ...overrides,
  };
}

export const covers = (teamId: string, personId: string, strength: number, lastContact: string | null = null): Link =>
  link('covers', teamId, personId, { strength, lastContact });
export const reportsTo = (from: string, to: string): Link => link('reportsTo', from, to);
export const influences = (from: string, to: string, strength: number): Link => link('influences', from, to, { strength });
export const ally = (a: string, b: string): Link => link('ally', a, b);
export const rival = (a: string, b: string): Link => link('rival', a, b);
export const competitorTie = (competitorId: string, personId: string, strength: number): Link =>
  link('competitorTie', competitorId, personId, { strength });

export function accountData(parts: Partial<AccountData> = {}): AccountData {
  return { account: account(), competitors: [], team: [], people: [], links: [], ...parts };
}

/** The date most tests analyse on. */
export const TODAY = '2026-11-22';

/**
 * One account built to raise nearly every finding at once (the empty account raises the rest), for tests
 * that must see each code: explanations, what-if. Names mix Chinese and Latin script on purpose.
 * Weighted coverage points: wang 5 x 3/3 = 5, zhao 2 x 2/3, chen 1 x 1/3, opp 4 x 1/3: total 8, so wang
 * carries 5/8 = 62.5 % >= 60 %: a concentrated contact single-thread.
 */
export function kitchenSinkAccount(): AccountData {
  const dm = (id: string, name: string, overrides: Partial<Person>) =>
    person(id, { name, layer: 'decision', roles: ['decisionMaker'], lastContact: TODAY, ...overrides });
  return accountData({
    competitors: [competitor('acme', 'Acme Systems')],
    team: [member('li', { name: 'Li Na' }), member('he', { name: '何静' })],
    people: [
      dm('wang', '王磊', { attitude: 'supporter', influence: 5, fitOurs: 'yes', fitCompetitor: 'no' }),
      dm('zhou', 'Zhou Jie', { attitude: 'opponent', favouredCompetitorId: 'acme', fitOurs: 'partly', fitCompetitor: 'yes' }),
      dm('sun', '孙丽', { attitude: 'unknown', fitOurs: 'no', fitCompetitor: 'yes', lastContact: '2026-01-01' }),
      dm('qian', 'Qian Feng', { fitOurs: 'no', fitCompetitor: 'no', lastContact: null }),
      dm('wu', '吴昊', { fitOurs: 'unknown', fitCompetitor: 'unknown' }),
      person('chen', { name: '陈宇', layer: 'implementation', roles: ['coach'], influence: 1 }),
      person('opp', { name: 'Ma Tao', layer: 'implementation', attitude: 'opponent', influence: 4, lastContact: TODAY }),
      person('zhao', { name: '赵敏', layer: 'user', attitude: 'unknown', influence: 2 }),
      // Out of every rule (left), but raises left-to-competitor about Zhou, whom Gao swayed.
      person('gao', { name: 'Gao Yuan', layer: 'decision', roles: ['influencer'], status: 'left', statusSince: '2026-11-01', leftToCompetitorId: 'acme' }),
    ],
    links: [
      covers('li', 'wang', 3, TODAY),
      covers('li', 'chen', 1, '2026-10-22'),
      covers('li', 'zhao', 2, '2026-09-22'),
      covers('he', 'opp', 1, null),
      reportsTo('wang', 'zhou'),
      ally('wang', 'qian'),
      reportsTo('wu', 'qian'),
      influences('wang', 'zhao', 3),
      influences('chen', 'zhao', 2),
      influences('opp', 'zhao', 2),
      competitorTie('acme', 'zhou', 2),
      influences('gao', 'zhou', 2),
    ],
  });
}
