import type { AccountData, Link, Op, Person } from '../model';
import type { EditOp } from './edit';

/**
 * Applies one edit to an account's data without mutating it, with the database's semantics:
 * put inserts or replaces, patch merges into an existing record (an unknown id changes nothing),
 * delete removes the record, and deleting a person, team member or competitor also removes every link
 * touching it and clears `favouredCompetitorId` and `leftToCompetitorId` where they named the competitor.
 * Ops for another account are ignored: AccountData holds one account; so are plan ops (a contact logged,
 * an action changed), which change the account's plan, not its records (shared/plan applyPlanOps).
 */
export function applyOps(data: AccountData, ops: readonly EditOp[]): AccountData {
  let next = data;
  for (const op of ops) if (isModelOp(op)) next = applyOne(next, op);
  return next;
}

/** An op on the account's records (put, patch, delete), not on its plan. */
export function isModelOp(op: EditOp): op is Op {
  return 'entity' in op;
}

type Keyed = { id: string; accountId?: string };

function upsert<T extends Keyed>(list: readonly T[], value: T): T[] {
  const index = list.findIndex((item) => item.id === value.id);
  if (index === -1) return [...list, value];
  const copy = list.slice();
  copy[index] = value;
  return copy;
}

function merge<T extends Keyed>(list: T[], id: string, patch: Partial<T>): T[] {
  const index = list.findIndex((item) => item.id === id);
  if (index === -1) return list;
  const copy = list.slice();
  copy[index] = { ...list[index]!, ...definedOnly(patch), id };
  return copy;
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function withoutId<T extends Keyed>(list: T[], id: string): T[] {
  return list.some((item) => item.id === id) ? list.filter((item) => item.id !== id) : list;
}

function withoutLinksTouching(links: Link[], nodeId: string): Link[] {
  return links.some((link) => link.from === nodeId || link.to === nodeId)
    ? links.filter((link) => link.from !== nodeId && link.to !== nodeId)
    : links;
}

/** A deleted competitor is no longer anyone's favourite, nor where anyone went (the store's ON DELETE SET NULL). */
function clearCompetitor(people: Person[], competitorId: string): Person[] {
  const names = (person: Person) => person.favouredCompetitorId === competitorId || person.leftToCompetitorId === competitorId;
  return people.some(names)
    ? people.map((person) =>
        names(person)
          ? {
              ...person,
              favouredCompetitorId: person.favouredCompetitorId === competitorId ? null : person.favouredCompetitorId,
              leftToCompetitorId: person.leftToCompetitorId === competitorId ? null : person.leftToCompetitorId,
            }
          : person,
      )
    : people;
}

function copyPerson(person: Person): Person {
  return { ...person, roles: [...person.roles] };
}

function applyOne(data: AccountData, op: Op): AccountData {
  const accountId = data.account.id;
  switch (op.op) {
    case 'put': {
      if (op.entity === 'account') return op.value.id === accountId ? { ...data, account: { ...op.value } } : data;
      if (op.value.accountId !== accountId) return data;
      switch (op.entity) {
        case 'competitor':
          return { ...data, competitors: upsert(data.competitors, { ...op.value }) };
        case 'team':
          return { ...data, team: upsert(data.team, { ...op.value }) };
        case 'person':
          return { ...data, people: upsert(data.people, copyPerson(op.value)) };
        case 'link':
          return { ...data, links: upsert(data.links, { ...op.value }) };
      }
      return data;
    }
    case 'patch': {
      switch (op.entity) {
        case 'account':
          return op.id === accountId ? { ...data, account: { ...data.account, ...definedOnly(op.patch), id: accountId } } : data;
        case 'competitor':
          return { ...data, competitors: merge(data.competitors, op.id, op.patch) };
        case 'team':
          return { ...data, team: merge(data.team, op.id, op.patch) };
        case 'person': {
          const patch = op.patch.roles ? { ...op.patch, roles: [...op.patch.roles] } : op.patch;
          return { ...data, people: merge(data.people, op.id, patch) };
        }
        case 'link':
          return { ...data, links: merge(data.links, op.id, op.patch) };
      }
      return data;
    }
    case 'delete': {
      switch (op.entity) {
        case 'link':
          return { ...data, links: withoutId(data.links, op.id) };
        case 'person':
          return {
            ...data,
            people: withoutId(data.people, op.id),
            links: withoutLinksTouching(data.links, op.id),
          };
        case 'team':
          return {
            ...data,
            team: withoutId(data.team, op.id),
            links: withoutLinksTouching(data.links, op.id),
          };
        case 'competitor':
          return {
            ...data,
            competitors: withoutId(data.competitors, op.id),
            people: clearCompetitor(data.people, op.id),
            links: withoutLinksTouching(data.links, op.id),
          };
      }
    }
  }
  return data;
}
