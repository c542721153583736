import type { AccountData } from '../../shared/model';
import type { PlanDigest } from '../../shared/plan/digest';
import type { Db } from './connection';

/**
 * Every account read whole, and the agenda's digest of every plan for one day, kept until the database
 * changes: the start screen's portfolio and the agenda after it, and each refresh of the agenda, read the
 * same 10,000 people and 50,000 contacts, which costs more than the agenda itself. What is kept is read
 * again after any change, by this connection (SQLite's total_changes(), which counts every row a statement
 * or trigger wrote) or by another one, such as the writer thread or a second process (PRAGMA
 * data_version), except the writes that say what they changed (below). Its records are frozen, and its
 * digests shared: callers share them, so none may edit one.
 */
export interface AccountsSnapshot {
  /** Call inside a read transaction, so that the version and the rows read agree. */
  read(): readonly AccountData[];
  /** Every account's plan digest for the agenda of `today` to `until` (none for an account without a plan); inside a read transaction too. */
  digests(today: string, until: string): ReadonlyMap<string, PlanDigest>;
  /**
   * Runs a write that changes no account's records (settings, the reminder's day): what is kept before it
   * stays current, unless another connection wrote meanwhile. The day's first start writes the reminder's
   * day between reading the agenda for the reminder and the start screen's read.
   */
  besideAccounts<T>(write: () => T): T;
  /**
   * Runs an edit (the ops of one undo step) that says which accounts it touched: what is kept of those
   * accounts is read again at the next read, the rest stays, so the agenda after logging a contact does
   * not read 200 accounts for one, and an edit on the map reads nothing more until the agenda is asked for.
   */
  afterEditOf<T extends { touched: ReadonlySet<string> }>(edit: () => T): T;
}

export interface SnapshotReads {
  allAccounts(): AccountData[];
  /** Null when the account no longer exists. */
  oneAccount(accountId: string): AccountData | null;
  allDigests(today: string, until: string): Map<string, PlanDigest>;
  oneDigest(accountId: string, today: string, until: string): PlanDigest;
}

/** How many agendas' days keep their digests. */
const KEPT_DAYS = 2;

interface Kept<T> {
  version: string;
  value: T;
  /** Accounts an edit of this connection touched since: read again at the next read. */
  stale: Set<string>;
}

export function createAccountsSnapshot(db: Db, reads: SnapshotReads): AccountsSnapshot {
  const changes = db.prepare<[], number>('SELECT total_changes()').pluck();
  let accounts: Kept<readonly AccountData[]> | null = null;
  // By the days they were read for, the two latest: the reminder's (today only) and the agenda's (a week).
  const digests = new Map<string, Kept<Map<string, PlanDigest>>>();
  const versionNow = () => `${String(db.pragma('data_version', { simple: true }))}:${changes.get()}`;
  // data_version moves only for other connections' commits: the same number means none came between.
  const onlyOurs = (before: string, after: string) => after.split(':')[0] === before.split(':')[0];
  /** Runs a write on this connection; when nothing else wrote meanwhile, what is kept stays, with `touched` marked stale. */
  const keptThrough = <T>(write: () => T, touchedBy: (result: T) => ReadonlySet<string>): T => {
    const before = versionNow();
    const result = write();
    const after = versionNow();
    for (const kept of [accounts, ...digests.values()]) {
      if (kept === null || kept.version !== before || !onlyOurs(before, after)) continue;
      kept.version = after;
      for (const accountId of touchedBy(result)) kept.stale.add(accountId);
    }
    return result;
  };

  /** The kept accounts with the stale ones read again; one an edit created goes last, as the full read orders them. */
  const refreshed = (list: readonly AccountData[], stale: ReadonlySet<string>): readonly AccountData[] => {
    const fresh = (accountId: string) => {
      const data = reads.oneAccount(accountId);
      return data === null ? [] : [frozenAccount(data)];
    };
    const known = new Set(list.map((data) => data.account.id));
    return Object.freeze([
      ...list.flatMap((data) => (stale.has(data.account.id) ? fresh(data.account.id) : [data])),
      ...[...stale].filter((accountId) => !known.has(accountId)).flatMap(fresh),
    ]);
  };

  return {
    read() {
      const version = versionNow();
      if (accounts === null || accounts.version !== version) {
        accounts = { version, value: Object.freeze(reads.allAccounts().map(frozenAccount)), stale: new Set() };
      } else if (accounts.stale.size > 0) {
        accounts = { version, value: refreshed(accounts.value, accounts.stale), stale: new Set() };
      }
      return accounts.value;
    },
    digests(today, until) {
      const version = versionNow();
      const days = `${today}..${until}`;
      let kept = digests.get(days);
      if (kept === undefined || kept.version !== version) {
        kept = { version, value: reads.allDigests(today, until), stale: new Set() };
      } else if (kept.stale.size > 0) {
        const value = new Map(kept.value);
        for (const accountId of kept.stale) {
          const digest = reads.oneDigest(accountId, today, until);
          // As the read of every account gives them: an account without a plan (or no longer there) has none.
          if (hasPlan(digest)) value.set(accountId, digest);
          else value.delete(accountId);
        }
        kept = { version, value, stale: new Set() };
      }
      digests.delete(days);
      digests.set(days, kept);
      for (const older of digests.keys()) if (digests.size > KEPT_DAYS) digests.delete(older);
      return kept.value;
    },
    besideAccounts: (write) => keptThrough(write, () => new Set()),
    afterEditOf: (edit) => keptThrough(edit, ({ touched }) => touched),
  };
}

const hasPlan = (digest: PlanDigest): boolean =>
  digest.logged.byPair.size > 0 || digest.planned.length > 0 || digest.plannedByPair.size > 0 || digest.actions.length > 0 || digest.contactsByMember.size > 0;

function frozenAccount(data: AccountData): AccountData {
  Object.freeze(data.account);
  for (const list of [data.competitors, data.team, data.links] as readonly object[][]) {
    for (const item of list) Object.freeze(item);
    Object.freeze(list);
  }
  for (const person of data.people) {
    Object.freeze(person.roles);
    Object.freeze(person);
  }
  Object.freeze(data.people);
  return Object.freeze(data);
}
