import type { Edit } from '../edit/edit';
import { checkReferences } from '../exchange/references';
import type { AccountData, EntityKind, Op } from '../model';
import { replayChanges, type ChangeRecord, type Fields } from './changes';

/**
 * Merging a colleague's copy of an account (issue 12, point 7): the two versions compared record by
 * record (the account, each competitor, team member, person and link, matched by id), each difference
 * with mine / theirs and a default choice, then the choices as one edit (one op batch, one undo step).
 * Pure: the caller reads both versions and, when both carry history, their common base.
 */

export type MergeChoice = 'mine' | 'theirs';

export interface MergeItem {
  /** `${entity}:${id}`, the key of `choices`. */
  key: string;
  entity: EntityKind;
  id: string;
  /** A name to show (a person's, a competitor's; a link's ends). */
  label: string;
  /** What taking theirs does: adds a record only they have, removes one only I have, or changes fields. */
  change: 'added' | 'removed' | 'changed';
  /**
   * Who changed the record since the versions parted (their common base): only they, only I, both; or
   * 'unknown' when there is no common base (a file without history).
   */
  changedBy: 'theirs' | 'mine' | 'both' | 'unknown';
  /** The fields that differ, for a change. */
  fields: string[];
  mine: Fields | null;
  theirs: Fields | null;
  /** Theirs where only they changed the record; mine otherwise (nothing of mine is lost without asking). */
  defaultChoice: MergeChoice;
}

export interface MergePlan {
  accountId: string;
  /** True when a common base was known, so `changedBy` says who changed what. */
  hasBase: boolean;
  items: MergeItem[];
}

export type MergeResult = { ok: true; edit: Edit; merged: AccountData } | { ok: false; problems: string[] };

type ListName = 'competitors' | 'team' | 'people' | 'links';
const PARTS: [EntityKind, ListName][] = [
  ['competitor', 'competitors'],
  ['team', 'team'],
  ['person', 'people'],
  ['link', 'links'],
];

/** Bookkeeping times are not differences a person chooses between. */
const IGNORED = new Set(['updatedAt', 'createdAt']);

function differingFields(a: Fields, b: Fields): string[] {
  const out: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (IGNORED.has(key)) continue;
    const x = a[key];
    const y = b[key];
    if (Object.is(x, y)) continue;
    if (typeof x === 'object' && typeof y === 'object' && JSON.stringify(x) === JSON.stringify(y)) continue;
    if ((x ?? null) === null && (y ?? null) === null) continue;
    out.push(key);
  }
  return out;
}

const same = (a: Fields | undefined, b: Fields | undefined): boolean =>
  a === undefined || b === undefined ? a === b : differingFields(a, b).length === 0;

function byId(data: AccountData | null, list: ListName): Map<string, Fields> {
  return new Map(((data?.[list] ?? []) as unknown as (Fields & { id: string })[]).map((item) => [item.id, item] as const));
}

function labelOf(entity: EntityKind, value: Fields, names: Map<string, string>): string {
  if (entity === 'link') return `${names.get(String(value.from)) ?? String(value.from)} -> ${names.get(String(value.to)) ?? String(value.to)} (${String(value.kind)})`;
  return typeof value.name === 'string' ? value.name : String(value.id);
}

/**
 * The common base of two histories of one account: the account as replayed from the longest run of
 * their first records that I have too (the records both copies share, from before they parted). Null
 * when they share none (a file without history, or unrelated histories).
 */
export function commonBase(mine: readonly ChangeRecord[], theirs: readonly ChangeRecord[], accountId: string): AccountData | null {
  const known = new Set(mine.map((r) => r.id));
  const ofAccount = theirs.filter((r) => r.accountId === accountId);
  let shared = 0;
  while (shared < ofAccount.length && known.has(ofAccount[shared]!.id)) shared += 1;
  if (shared === 0) return null;
  return replayChanges(ofAccount.slice(0, shared)).get(accountId) ?? null;
}

/**
 * Every record where the two versions differ, with who changed it since `base` and the default choice.
 * The versions must be of the same account (same id); the caller refuses others before.
 */
export function planMerge(mine: AccountData, theirs: AccountData, base: AccountData | null): MergePlan {
  const names = new Map<string, string>();
  for (const data of [mine, theirs]) for (const item of [...data.people, ...data.team, ...data.competitors]) names.set(item.id, item.name);
  const items: MergeItem[] = [];
  const consider = (entity: EntityKind, id: string, m: Fields | undefined, t: Fields | undefined, b: Fields | undefined) => {
    if (same(m, t)) return;
    const mineChanged = !same(b, m);
    const theirsChanged = !same(b, t);
    const changedBy = base === null ? 'unknown' : mineChanged && theirsChanged ? 'both' : theirsChanged ? 'theirs' : 'mine';
    items.push({
      key: `${entity}:${id}`,
      entity,
      id,
      label: labelOf(entity, (t ?? m)!, names),
      change: m === undefined ? 'added' : t === undefined ? 'removed' : 'changed',
      changedBy,
      fields: m !== undefined && t !== undefined ? differingFields(m, t) : [],
      mine: m ?? null,
      theirs: t ?? null,
      defaultChoice: changedBy === 'theirs' ? 'theirs' : 'mine',
    });
  };
  consider('account', mine.account.id, mine.account as unknown as Fields, theirs.account as unknown as Fields, base?.account as unknown as Fields | undefined);
  for (const [entity, list] of PARTS) {
    const m = byId(mine, list);
    const t = byId(theirs, list);
    const b = byId(base, list);
    for (const id of new Set([...m.keys(), ...t.keys()])) consider(entity, id, m.get(id), t.get(id), b.get(id));
  }
  return { accountId: mine.account.id, hasBase: base !== null, items };
}

/** The order ops go in: what is referred to is put before what refers to it, and deleted after. */
const PUT_ORDER: EntityKind[] = ['account', 'competitor', 'team', 'person', 'link'];
const DELETE_ORDER: EntityKind[] = ['link', 'person', 'team', 'competitor'];

/** Deletes of `removed`, then puts of `put`, each in the order references need. */
function opsFor(put: [EntityKind, Fields][], removed: [EntityKind, string][]): Op[] {
  const ops: Op[] = [];
  for (const entity of DELETE_ORDER) {
    for (const [kind, id] of removed) if (kind === entity) ops.push({ op: 'delete', entity: entity as Exclude<EntityKind, 'account'>, id });
  }
  for (const entity of PUT_ORDER) {
    for (const [kind, value] of put) if (kind === entity) ops.push({ op: 'put', entity, value } as unknown as Op);
  }
  return ops;
}

/**
 * The merge as one edit: for each item, `choices[key]` (else its default); theirs adds, removes or
 * replaces the record with theirs, mine leaves it. Refused, with the reasons, when the choices do not
 * fit together (a link kept to a person removed, a person naming a competitor not kept).
 */
export function mergeEdit(mine: AccountData, plan: MergePlan, choices: Readonly<Record<string, MergeChoice>> = {}): MergeResult {
  const lists = Object.fromEntries(PARTS.map(([, list]) => [list, byId(mine, list)])) as Record<ListName, Map<string, Fields>>;
  let account = mine.account as unknown as Fields;
  const forwardPut: [EntityKind, Fields][] = [];
  const forwardRemove: [EntityKind, string][] = [];
  const inversePut: [EntityKind, Fields][] = [];
  const inverseRemove: [EntityKind, string][] = [];
  for (const item of plan.items) {
    if ((choices[item.key] ?? item.defaultChoice) !== 'theirs') continue;
    if (item.entity === 'account') {
      account = { ...item.theirs!, updatedAt: mine.account.updatedAt };
      forwardPut.push(['account', account]);
      inversePut.push(['account', item.mine!]);
      continue;
    }
    const list = lists[PARTS.find(([entity]) => entity === item.entity)![1]];
    if (item.theirs === null) {
      list.delete(item.id);
      forwardRemove.push([item.entity, item.id]);
      inversePut.push([item.entity, item.mine!]);
    } else {
      list.set(item.id, item.theirs);
      forwardPut.push([item.entity, item.theirs]);
      if (item.mine === null) inverseRemove.push([item.entity, item.id]);
      else inversePut.push([item.entity, item.mine]);
    }
  }
  const merged = {
    account,
    competitors: [...lists.competitors.values()],
    team: [...lists.team.values()],
    people: [...lists.people.values()],
    links: [...lists.links.values()],
  } as unknown as AccountData;
  const problems = checkReferences(merged);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, edit: { forward: opsFor(forwardPut, forwardRemove), inverse: opsFor(inversePut, inverseRemove) }, merged };
}
