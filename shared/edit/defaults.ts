import type { Account, IsoDate, Person, TeamMember } from '../model';

/** Today's calendar date where the user is (a KAM means their own day, not UTC's). */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

type PersonFields = Partial<Omit<Person, 'id' | 'accountId'>> & { name: string };

/** A person as a KAM first jots them down: nothing known yet beyond the name and layer. */
export function newPerson(accountId: string, fields: PersonFields, id: string = newId()): Person {
  return {
    id,
    accountId,
    title: '',
    department: '',
    contact: '',
    email: '',
    phone: '',
    layer: 'decision',
    roles: [],
    attitude: 'unknown',
    influence: 3,
    favouredCompetitorId: null,
    driver: null,
    judgesBy: '',
    fitOurs: 'unknown',
    fitCompetitor: 'unknown',
    targetRelationship: null,
    lastContact: null,
    nextStep: '',
    privateNotes: '',
    verifiedOn: null,
    source: '',
    status: 'active',
    statusSince: null,
    leftTo: '',
    leftToCompetitorId: null,
    x: null,
    y: null,
    ...fields,
  };
}

type TeamFields = Partial<Omit<TeamMember, 'id' | 'accountId'>> & { name: string };

export function newTeamMember(accountId: string, fields: TeamFields, id: string = newId()): TeamMember {
  return { id, accountId, function: 'sales', x: null, y: null, ...fields };
}

type AccountFields = Partial<Omit<Account, 'id' | 'createdAt' | 'updatedAt'>> & { name: string };

/** A new account starts as a mid-tier potential (C) account we are still developing. */
export function newAccount(fields: AccountFields, now: string = new Date().toISOString(), id: string = newId()): Account {
  return {
    id,
    industry: '',
    region: '',
    notes: '',
    tier: 'mid',
    funnelClass: 'C',
    stage: 'development',
    shareOfWallet: null,
    visitCadenceDays: null,
    ...fields,
    createdAt: now,
    updatedAt: now,
  };
}
