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

export function accountData(parts: Partial<AccountData> = {}): AccountData {
  return { account: account(), competitors: [], team: [], people: [], links: [], ...parts };
}

/** The date most tests analyse on. */
export const TODAY = '2026-11-22';
