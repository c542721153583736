import { fieldChanges, type Fields } from '../../shared/history/changes';
import { LINK_FROM, linkSchema, type EntityKind, type Link, type LinkEnd, type Op, type Person } from '../../shared/model';
import { isPlanOp, type PlanOp } from '../../shared/plan/ops';
import { applyPlanOp, detachPeople, detachTeamMember } from './apply-plan-ops';
import { recordRowWrite, type ChangeLog } from './change-log';
import { missingInAccount } from './link-ends';
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
 *
 * Every row created, changed or deleted is recorded in the change log, the cascades of a delete
 * included, with only the fields that really change; an op that changes nothing records nothing and
 * leaves the account's updatedAt alone.
 */
export function applyOps(repos: Repos, log: ChangeLog, ops: readonly (Op | PlanOp)[], updatedAt: string): ReadonlySet<string> {
  const touched = new Set<string>();
  const ctx: Ctx = { repos, log, touched, accounts: new Set(), placed: { person: new Map(), team: new Map(), competitor: new Map() } };
  ops.forEach((op, index) => {
    if (isPlanOp(op)) {
      applyPlanOp(ctx, op, `ops[${index}] (${op.op} ${'value' in op ? op.value.id : op.id})`);
      return;
    }
    const label = `ops[${index}] (${op.entity} ${op.op === 'put' ? op.value.id : op.id})`;
    if (op.op === 'put') put(ctx, op, label);
    else if (op.op === 'patch') patch(ctx, op, label);
    else remove(ctx, op);
  });
  for (const accountId of touched) repos.accounts.touch(accountId, updatedAt);
  return touched;
}

interface Ctx {
  repos: Repos;
  log: ChangeLog;
  /** accounts with a recorded change, whose updatedAt moves */
  touched: Set<string>;
  /**
   * Accounts found to exist in this edit: an import's thousands of records name the same one, read
   * once. No op deletes an account, so one found stays there until the edit ends.
   */
  accounts: Set<string>;
  /**
   * The people, team members and competitors this edit has put, with their account: the links an
   * import adds next name them by the thousand, and need not read them back. One deleted later in the
   * edit leaves (see remove).
   */
  placed: Record<LinkEnd, Map<string, string>>;
}

const asFields = (value: object): Fields => value as Fields;

/** Records a row as it was before (undefined: new) and as it is now; nothing when no field changed. */
function recordWrite(ctx: Ctx, accountId: string, entity: EntityKind, id: string, before: object | undefined, after: object): void {
  if (recordRowWrite(ctx.log, accountId, entity, id, before, after)) ctx.touched.add(accountId);
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

/** The account of a link's end: put earlier in this edit, or as stored. */
const endOwner = (ctx: Ctx, end: LinkEnd, id: string): string | undefined => ctx.placed[end].get(id) ?? endRepo(ctx.repos, end).accountIdOf(id);

function checkLinkEnds(ctx: Ctx, link: Link, label: string) {
  const fromEnd = LINK_FROM[link.kind];
  if (endOwner(ctx, fromEnd, link.from) !== link.accountId) {
    invalid(label, `from: ${missingInAccount(fromEnd, link.from)}`);
  }
  if (endOwner(ctx, 'person', link.to) !== link.accountId) invalid(label, `to: ${missingInAccount('person', link.to)}`);
}

function putChild<M extends { id: string; accountId: string }>(
  ctx: Ctx,
  entity: EntityKind,
  repo: EntityRepo<M>,
  value: M,
  label: string,
  check: () => void = () => undefined,
): void {
  if (!ctx.accounts.has(value.accountId)) {
    if (ctx.repos.accounts.accountIdOf(value.accountId) === undefined) {
      throw new StoreError('not-found', `${label}: accountId: no account with id ${value.accountId}`);
    }
    ctx.accounts.add(value.accountId);
  }
  const before = repo.get(value.id);
  if (before !== undefined && before.accountId !== value.accountId) {
    throw new StoreError('conflict', `${label}: id: already used in another account (${before.accountId})`);
  }
  check();
  // A new row (an import's thousands) is a plain insert: no conflict to look for, it was just read.
  if (before === undefined) repo.insert(value);
  else repo.put(value);
  recordWrite(ctx, value.accountId, entity, value.id, before, value);
}

function put(ctx: Ctx, op: PutOp, label: string): void {
  const { repos } = ctx;
  switch (op.entity) {
    case 'account': {
      const before = repos.accounts.get(op.value.id);
      repos.accounts.put(op.value);
      recordWrite(ctx, op.value.id, 'account', op.value.id, before, op.value);
      return;
    }
    case 'competitor':
      putChild(ctx, 'competitor', repos.competitors, op.value, label);
      ctx.placed.competitor.set(op.value.id, op.value.accountId);
      return;
    case 'team':
      putChild(ctx, 'team', repos.team, op.value, label);
      ctx.placed.team.set(op.value.id, op.value.accountId);
      return;
    case 'person': {
      const person: Person = op.value;
      putChild(ctx, 'person', repos.people, person, label, () => checkCompetitors(repos, person, person.accountId, label));
      ctx.placed.person.set(person.id, person.accountId);
      return;
    }
    case 'link': {
      const link: Link = op.value;
      return putChild(ctx, 'link', repos.links, link, label, () => checkLinkEnds(ctx, link, label));
    }
  }
}

/**
 * Patches an existing row after refusing changes to the fields that identify it; `check` sees the
 * row before anything is written. Records the fields that change.
 */
function patchRow<M extends { id: string }>(
  ctx: Ctx,
  entity: EntityKind,
  repo: EntityRepo<M>,
  op: { id: string; patch: Partial<M> },
  label: string,
  check: (current: M) => void = () => undefined,
): void {
  for (const field of repo.immutable) {
    if ((op.patch as Record<string, unknown>)[field] !== undefined) invalid(label, `${field}: cannot be changed by a patch`);
  }
  // A link's checks need the whole row; any other patch reads only the fields it names (and the owner).
  const current = entity === 'link' ? repo.get(op.id) : (repo.getFields(op.id, Object.keys(op.patch)) as M | undefined);
  if (current === undefined) throw new StoreError('not-found', `${label}: no ${entity} with this id`);
  check(current);
  const changes = fieldChanges(asFields(current), asFields(op.patch));
  if (changes === null) return;
  repo.patch(op.id, op.patch);
  const accountId = entity === 'account' ? op.id : (current as unknown as { accountId: string }).accountId;
  ctx.log.record(accountId, entity, op.id, 'update', changes.before, changes.after);
  ctx.touched.add(accountId);
}

function patch(ctx: Ctx, op: PatchOp, label: string): void {
  const { repos } = ctx;
  switch (op.entity) {
    case 'account':
      return patchRow(ctx, 'account', repos.accounts, op, label);
    case 'competitor':
      return patchRow(ctx, 'competitor', repos.competitors, op, label);
    case 'team':
      return patchRow(ctx, 'team', repos.team, op, label);
    case 'person':
      return patchRow(ctx, 'person', repos.people, op, label, (current) => checkCompetitors(repos, op.patch, current.accountId, label));
    case 'link':
      return patchRow(ctx, 'link', repos.links, op, label, (current) => checkLinkPatch(current, op.patch, label));
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

/**
 * Deletes a row with what the schema takes with it: the links touching a person, team member or
 * competitor (triggers and cascades), and a deleted competitor named by people (set to null). The
 * cascades are recorded first, as the edit that spells them out (shared/edit deleteElements) does.
 */
function remove(ctx: Ctx, op: DeleteOp): void {
  const { repos, log } = ctx;
  const repo: EntityRepo<{ id: string; accountId: string }> =
    op.entity === 'competitor' ? repos.competitors : op.entity === 'team' ? repos.team : op.entity === 'person' ? repos.people : repos.links;
  const current = repo.get(op.id);
  if (current === undefined) return;
  const { accountId } = current;
  if (op.entity === 'competitor') {
    for (const person of repos.competitors.namedBy(op.id)) {
      const before: Fields = {};
      if (person.favouredCompetitorId === op.id) before.favouredCompetitorId = op.id;
      if (person.leftToCompetitorId === op.id) before.leftToCompetitorId = op.id;
      log.record(accountId, 'person', person.id, 'update', before, Object.fromEntries(Object.keys(before).map((key) => [key, null])));
    }
  }
  // The contact log and the actions first: they name people and team members, and are recorded like the links.
  if (op.entity === 'person') detachPeople(ctx, [op.id]);
  if (op.entity === 'team') detachTeamMember(ctx, op.id);
  if (op.entity !== 'link') {
    for (const link of repos.links.touching(op.id)) log.record(accountId, 'link', link.id, 'delete', asFields(link), null);
  }
  repo.delete(op.id);
  if (op.entity !== 'link') ctx.placed[op.entity].delete(op.id);
  log.record(accountId, op.entity, op.id, 'delete', asFields(current), null);
  ctx.touched.add(accountId);
}
