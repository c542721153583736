import type { AccountData, EntityKind } from '../model';

/**
 * What started a change: a user's edit (undo and redo are edits too), an account-level action, or the
 * baseline: an account as it stood when its history began (a database from before the history existed).
 */
export const CHANGE_ORIGINS = ['baseline', 'edit', 'import', 'restore', 'delete-account', 'erase'] as const;
export type ChangeOrigin = (typeof CHANGE_ORIGINS)[number];

/** The value left in a change record where an erased person's data was (DOMAIN: "a person was erased"). */
export const ERASED = 'erased';

/**
 * What a change record is about: the account's records, and the contact log and actions (issue 13), which
 * the history lists but the account's replay leaves aside (they are not part of AccountData).
 */
export const RECORDED_ENTITIES = ['account', 'competitor', 'team', 'person', 'link', 'contact', 'action'] as const;
export type RecordedEntity = EntityKind | 'contact' | 'action';

/** Field values by field name: a whole record for a create or a delete, the changed fields of an update. */
export type Fields = Record<string, unknown>;

/**
 * One change to one record, as the history keeps it. A create carries the record (`after`), an update the
 * fields that changed (before and after), a delete the record as it was (`before`, `after` null: the
 * tombstone). An erased person's records carry ERASED instead of their values.
 */
export interface ChangeRecord {
  /** Unique across machines. */
  id: string;
  accountId: string;
  /** Hybrid logical clock time (shared/history/hlc.ts, encoded): orders changes across machines. */
  hlc: string;
  /** The local wall-clock time of the change (ISO); the account's updatedAt after an edit. */
  at: string;
  /** Who made the change: the user name set in the app, or the operating-system user. */
  actor: string;
  origin: ChangeOrigin;
  entity: RecordedEntity;
  entityId: string;
  kind: 'create' | 'update' | 'delete';
  before: Fields | typeof ERASED | null;
  after: Fields | typeof ERASED | null;
}

const sameValue = (a: unknown, b: unknown): boolean => Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);

/** The fields of `next` that differ from `current`, old and new; null when nothing changes. */
export function fieldChanges(current: Fields, next: Fields): { before: Fields; after: Fields } | null {
  const before: Fields = {};
  const after: Fields = {};
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined || sameValue(current[key], value)) continue;
    before[key] = current[key] ?? null;
    after[key] = value;
  }
  return Object.keys(after).length === 0 ? null : { before, after };
}

type ChildList = 'competitors' | 'team' | 'people' | 'links';
const LIST_OF: Record<Exclude<EntityKind, 'account'>, ChildList> = {
  competitor: 'competitors',
  team: 'team',
  person: 'people',
  link: 'links',
};

const fieldsOf = (value: Fields | typeof ERASED | null): Fields | null => (value === null || value === ERASED ? null : value);

/** An account while it is replayed: each list keyed by id, in the order its records came (a Map keeps it). */
interface Replaying {
  account: AccountData['account'];
  lists: Record<ChildList, Map<string, { id: string }>>;
}

const emptyLists = (): Replaying['lists'] => ({ competitors: new Map(), team: new Map(), people: new Map(), links: new Map() });

/** What a replay reads of a change record: the rest (id, clock, actor, the old values) does not change the state. */
export type ReplayedRecord = Pick<ChangeRecord, 'accountId' | 'origin' | 'at' | 'entity' | 'entityId' | 'kind' | 'after'>;

const toReplaying = (data: AccountData): Replaying => ({
  account: data.account,
  lists: {
    competitors: new Map(data.competitors.map((c) => [c.id, c] as const)),
    team: new Map(data.team.map((t) => [t.id, t] as const)),
    people: new Map(data.people.map((p) => [p.id, p] as const)),
    links: new Map(data.links.map((l) => [l.id, l] as const)),
  },
});

const fromReplaying = ({ account, lists }: Replaying): AccountData =>
  ({
    account,
    competitors: [...lists.competitors.values()],
    team: [...lists.team.values()],
    people: [...lists.people.values()],
    links: [...lists.links.values()],
  }) as AccountData;

export interface Replay {
  /** Applies one record, in the order records were made. */
  apply(change: ReplayedRecord): void;
  /** An account as replayed so far; null when it does not exist (not created yet, or deleted). */
  account(accountId: string): AccountData | null;
  /** Every account replayed so far. */
  accounts(): Map<string, AccountData>;
}

/**
 * A replay that can go on: starts from `start` (accounts as they stood at some point, e.g. a checkpoint)
 * and applies records one by one. An edit also sets its account's updatedAt to the time of the change,
 * as the store does. Records of an erased person carry no values: their creates and updates change
 * nothing, and the erasure removes them. Each list is a map while replaying, so a change costs the same
 * at 20,000 records as at 20.
 */
export function startReplay(start: Iterable<AccountData> = []): Replay {
  const accounts = new Map<string, Replaying>();
  for (const data of start) accounts.set(data.account.id, toReplaying(data));
  return {
    apply(change) {
      const data = accounts.get(change.accountId);
      if (change.entity === 'account') {
        if (change.kind === 'delete') accounts.delete(change.accountId);
        else if (change.kind === 'create') {
          const value = fieldsOf(change.after) as AccountData['account'] | null;
          if (value) accounts.set(change.accountId, { account: value, lists: emptyLists() });
        } else if (data) data.account = { ...data.account, ...fieldsOf(change.after) };
      } else if (data && change.entity !== 'contact' && change.entity !== 'action') {
        const items = data.lists[LIST_OF[change.entity]];
        const after = fieldsOf(change.after);
        if (change.kind === 'delete') items.delete(change.entityId);
        else if (change.kind === 'create' && after) {
          // A create of an id already there replaces it, and moves it last, as a fresh record.
          items.delete(change.entityId);
          items.set(change.entityId, after as { id: string });
        } else if (after) {
          const item = items.get(change.entityId);
          if (item) items.set(change.entityId, { ...item, ...after });
        }
      }
      const touched = accounts.get(change.accountId);
      if (change.origin === 'edit' && touched) touched.account = { ...touched.account, updatedAt: change.at };
    },
    account(accountId) {
      const data = accounts.get(accountId);
      return data === undefined ? null : fromReplaying(data);
    },
    accounts: () => new Map([...accounts].map(([id, data]) => [id, fromReplaying(data)] as const)),
  };
}

/** Rebuilds accounts from their change records, in the order given (the order they were made). */
export function replayChanges(records: Iterable<ReplayedRecord>, start: Iterable<AccountData> = []): Map<string, AccountData> {
  const replay = startReplay(start);
  for (const change of records) replay.apply(change);
  return replay.accounts();
}
