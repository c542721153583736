import { linkSchema, type Link, type Op, type Person } from '../../shared/model';
import { LINK_FROM, missingInAccount, type LinkEnd } from './link-ends';
import type { Repos } from './repos';
import type { EntityRepo } from './repos/table';
import { StoreError } from './store';

/**
 * Applies one user edit. The caller runs this inside a transaction, so the first refusal (a thrown
 * StoreError) leaves the database as it was. Each check reads single rows by primary key: the write
 * path never loads a whole account.
 *
 * A delete of an id that is not there is not an error: deleting a person already removed the links
 * that touch it, and an edit may still list those links.
 */
export function applyOps(repos: Repos, ops: readonly Op[], updatedAt: string): void {
  const touched = new Set<string>();
  ops.forEach((op, index) => {
    const label = `ops[${index}] (${op.entity} ${op.op === 'put' ? op.value.id : op.id})`;
    const accountId = op.op === 'put' ? put(repos, op, label) : op.op === 'patch' ? patch(repos, op, label) : remove(repos, op);
    if (accountId !== undefined) touched.add(accountId);
  });
  for (const accountId of touched) repos.accounts.touch(accountId, updatedAt);
}

type PutOp = Extract<Op, { op: 'put' }>;
type PatchOp = Extract<Op, { op: 'patch' }>;
type DeleteOp = Extract<Op, { op: 'delete' }>;

const endRepo = (repos: Repos, end: LinkEnd) =>
  end === 'team' ? repos.team : end === 'competitor' ? repos.competitors : repos.people;

function invalid(label: string, message: string): never {
  throw new StoreError('invalid-payload', `${label}: ${message}`);
}

/** A person may name a competitor as favoured or as where they went: only one of their own account's. */
function checkCompetitors(repos: Repos, person: Partial<Person>, accountId: string, label: string) {
  for (const field of ['favouredCompetitorId', 'leftToCompetitorId'] as const) {
    const competitorId = person[field];
    if (competitorId === null || competitorId === undefined) continue;
    if (repos.competitors.accountIdOf(competitorId) !== accountId) {
      invalid(label, `${field}: ${missingInAccount('competitor', competitorId)}`);
    }
  }
}

function checkLinkEnds(repos: Repos, link: Link, label: string) {
  const fromEnd = LINK_FROM[link.kind];
  if (endRepo(repos, fromEnd).accountIdOf(link.from) !== link.accountId) {
    invalid(label, `from: ${missingInAccount(fromEnd, link.from)}`);
  }
  if (repos.people.accountIdOf(link.to) !== link.accountId) invalid(label, `to: ${missingInAccount('person', link.to)}`);
}

function putChild<M extends { id: string; accountId: string }>(
  repos: Repos,
  repo: EntityRepo<M>,
  value: M,
  label: string,
  check: () => void = () => undefined,
): string {
  if (repos.accounts.accountIdOf(value.accountId) === undefined) {
    throw new StoreError('not-found', `${label}: accountId: no account with id ${value.accountId}`);
  }
  const owner = repo.accountIdOf(value.id);
  if (owner !== undefined && owner !== value.accountId) {
    throw new StoreError('conflict', `${label}: id: already used in another account (${owner})`);
  }
  check();
  repo.put(value);
  return value.accountId;
}

function put(repos: Repos, op: PutOp, label: string): string {
  switch (op.entity) {
    case 'account':
      repos.accounts.put(op.value);
      return op.value.id;
    case 'competitor':
      return putChild(repos, repos.competitors, op.value, label);
    case 'team':
      return putChild(repos, repos.team, op.value, label);
    case 'person': {
      const person: Person = op.value;
      return putChild(repos, repos.people, person, label, () => checkCompetitors(repos, person, person.accountId, label));
    }
    case 'link': {
      const link: Link = op.value;
      return putChild(repos, repos.links, link, label, () => checkLinkEnds(repos, link, label));
    }
  }
}

/**
 * Patches an existing row after refusing changes to the fields that identify it; `check` sees the
 * owning account before anything is written. Returns that account.
 */
function patchRow<M extends { id: string }>(
  repo: EntityRepo<M>,
  op: { entity: string; id: string; patch: Partial<M> },
  label: string,
  check: (accountId: string) => void = () => undefined,
): string {
  for (const field of repo.immutable) {
    if ((op.patch as Record<string, unknown>)[field] !== undefined) invalid(label, `${field}: cannot be changed by a patch`);
  }
  const owner = repo.accountIdOf(op.id);
  if (owner === undefined) throw new StoreError('not-found', `${label}: no ${op.entity} with this id`);
  check(owner);
  repo.patch(op.id, op.patch);
  return owner;
}

function patch(repos: Repos, op: PatchOp, label: string): string {
  switch (op.entity) {
    case 'account':
      return patchRow(repos.accounts, op, label);
    case 'competitor':
      return patchRow(repos.competitors, op, label);
    case 'team':
      return patchRow(repos.team, op, label);
    case 'person': {
      return patchRow(repos.people, op, label, (owner) => checkCompetitors(repos, op.patch, owner, label));
    }
    case 'link': {
      const { id, patch: changes } = op;
      return patchRow(repos.links, op, label, () => checkLinkPatch(repos.links.get(id) as Link, changes, label));
    }
  }
}

/** Strength and last contact are valid or not depending on the link's kind, which only the row knows. */
function checkLinkPatch(link: Link, changes: Partial<Link>, label: string) {
  const merged = { ...link };
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) Object.assign(merged, { [key]: value });
  const result = linkSchema.safeParse(merged);
  if (!result.success) {
    const issue = result.error.issues[0];
    invalid(label, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid link'}`);
  }
}

function remove(repos: Repos, op: DeleteOp): string | undefined {
  const repo = op.entity === 'competitor' ? repos.competitors : op.entity === 'team' ? repos.team : op.entity === 'person' ? repos.people : repos.links;
  const owner = repo.accountIdOf(op.id);
  if (owner !== undefined) repo.delete(op.id);
  return owner;
}
