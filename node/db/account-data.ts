import { randomUUID } from 'node:crypto';
import { checkReferences } from '../../shared/exchange';
import { LINK_FROM, type AccountData, type LinkEnd } from '../../shared/model';
import type { Repos } from './repos';
import { StoreError } from './store';

/** Everything one account holds, in the order it was written. */
export function readAccountData(repos: Repos, accountId: string): AccountData | null {
  const account = repos.accounts.get(accountId);
  if (account === undefined) return null;
  return {
    account,
    competitors: repos.competitors.listByAccount(accountId),
    team: repos.team.listByAccount(accountId),
    people: repos.people.listByAccount(accountId),
    links: repos.links.listByAccount(accountId),
  };
}

/**
 * Every account in the database, each table read once: for the portfolio, where opening 200 accounts
 * one by one would cost 200 times the statement overhead.
 */
export function readAllAccountData(repos: Repos): AccountData[] {
  const byAccount = new Map<string, AccountData>();
  for (const account of repos.accounts.listAll()) byAccount.set(account.id, { account, competitors: [], team: [], people: [], links: [] });
  for (const competitor of repos.competitors.listAll()) byAccount.get(competitor.accountId)?.competitors.push(competitor);
  for (const member of repos.team.listAll()) byAccount.get(member.accountId)?.team.push(member);
  for (const person of repos.people.listAll()) byAccount.get(person.accountId)?.people.push(person);
  for (const link of repos.links.listAll()) byAccount.get(link.accountId)?.links.push(link);
  return [...byAccount.values()];
}

/** Inserts a checked account; what others refer to goes in before what refers to it. */
export function insertAccountData(repos: Repos, data: AccountData): void {
  repos.accounts.insert(data.account);
  for (const competitor of data.competitors) repos.competitors.insert(competitor);
  for (const member of data.team) repos.team.insert(member);
  for (const person of data.people) repos.people.insert(person);
  for (const link of data.links) repos.links.insert(link);
}

const MAX_PROBLEMS_SHOWN = 5;

/**
 * Refuses an account whose parts do not fit together (ids used twice, parts of another account, link
 * ends or a favoured competitor missing or of the wrong kind), by the same rules as an exchange file.
 */
export function checkAccountData(data: AccountData): void {
  const problems = checkReferences(data);
  if (problems.length > 0) {
    const more = problems.length > MAX_PROBLEMS_SHOWN ? ` (and ${problems.length - MAX_PROBLEMS_SHOWN} more)` : '';
    throw new StoreError('invalid-payload', `${problems.slice(0, MAX_PROBLEMS_SHOWN).join('; ')}${more}`);
  }
}

/** Which kind of record of `data` already has its id in the database, if any. */
export function findExistingIds(repos: Repos, data: AccountData): string | undefined {
  const ids = (parts: { id: string }[]) => parts.map((part) => part.id);
  if (repos.accounts.anyExists([data.account.id])) return 'the account';
  if (repos.competitors.anyExists(ids(data.competitors))) return 'a competitor';
  if (repos.team.anyExists(ids(data.team))) return 'a team member';
  if (repos.people.anyExists(ids(data.people))) return 'a person';
  if (repos.links.anyExists(ids(data.links))) return 'a link';
  return undefined;
}

/** The same account with every id replaced, and every reference following its target. */
export function withNewIds(data: AccountData, newId: () => string = randomUUID): AccountData {
  const renamer = () => {
    const map = new Map<string, string>();
    return (id: string) => {
      const known = map.get(id);
      if (known !== undefined) return known;
      const fresh = newId();
      map.set(id, fresh);
      return fresh;
    };
  };
  const accountId = newId();
  const rename: Record<LinkEnd, (id: string) => string> = { competitor: renamer(), team: renamer(), person: renamer() };
  const renameLink = renamer();
  return {
    account: { ...data.account, id: accountId },
    competitors: data.competitors.map((c) => ({ ...c, id: rename.competitor(c.id), accountId })),
    team: data.team.map((m) => ({ ...m, id: rename.team(m.id), accountId })),
    people: data.people.map((p) => ({
      ...p,
      id: rename.person(p.id),
      accountId,
      favouredCompetitorId: p.favouredCompetitorId === null ? null : rename.competitor(p.favouredCompetitorId),
      leftToCompetitorId: p.leftToCompetitorId === null ? null : rename.competitor(p.leftToCompetitorId),
    })),
    links: data.links.map((l) => ({
      ...l,
      id: renameLink(l.id),
      accountId,
      from: rename[LINK_FROM[l.kind]](l.from),
      to: rename.person(l.to),
    })),
  };
}
