import type { AccountData } from '../../shared/model';
import type { Db } from './connection';

/**
 * Every account read whole, kept until the database changes: the start screen's portfolio and the agenda
 * after it, and each refresh of the agenda, read the same 10,000 people, which costs more than the agenda
 * itself. The snapshot is taken again after any change, by this connection (SQLite's total_changes(),
 * which counts every row a statement or trigger wrote) or by another one, such as the writer thread or a
 * second process (PRAGMA data_version), except the writes that say what they changed (below). Its records
 * are frozen: callers share them, so none may edit one.
 */
export interface AccountsSnapshot {
  /** Call inside a read transaction, so that the version and the rows read agree. */
  read(): readonly AccountData[];
  /**
   * Runs a write that changes no account's records (settings, the reminder's day): a snapshot current
   * before it stays current, unless another connection wrote meanwhile. The day's first start writes the
   * reminder's day between reading the agenda for the reminder and the start screen's read.
   */
  besideAccounts<T>(write: () => T): T;
  /**
   * Runs an edit (the ops of one undo step) that says which accounts it touched: a snapshot current before
   * it takes those accounts again and keeps the others, so the agenda after logging a contact does not
   * read 200 accounts for one.
   */
  afterEditOf<T extends { touched: ReadonlySet<string> }>(edit: () => T): T;
}

export function createAccountsSnapshot(db: Db, readAll: () => AccountData[], readOne: (accountId: string) => AccountData | null): AccountsSnapshot {
  const changes = db.prepare<[], number>('SELECT total_changes()').pluck();
  let kept: { version: string; accounts: readonly AccountData[] } | null = null;
  const versionNow = () => `${String(db.pragma('data_version', { simple: true }))}:${changes.get()}`;
  // data_version moves only for other connections' commits: the same number means none came between.
  const onlyOurs = (before: string, after: string) => after.split(':')[0] === before.split(':')[0];
  /** Runs a write on this connection; when nothing else wrote meanwhile, `carry` brings the kept accounts up to it. */
  const keptThrough = <T>(write: () => T, carry: (accounts: readonly AccountData[], result: T) => readonly AccountData[]): T => {
    const before = versionNow();
    const current = kept !== null && kept.version === before;
    const result = write();
    const after = versionNow();
    if (current && kept !== null && onlyOurs(before, after)) kept = { version: after, accounts: Object.freeze(carry(kept.accounts, result)) };
    return result;
  };
  /** The accounts with those an edit touched read again; one it created goes last, as the full read orders them. */
  const withFresh = (accounts: readonly AccountData[], touched: ReadonlySet<string>): AccountData[] => {
    const fresh = (accountId: string) => {
      const data = readOne(accountId);
      return data === null ? [] : [frozenAccount(data)];
    };
    const known = new Set(accounts.map((data) => data.account.id));
    return [
      ...accounts.flatMap((data) => (touched.has(data.account.id) ? fresh(data.account.id) : [data])),
      ...[...touched].filter((accountId) => !known.has(accountId)).flatMap(fresh),
    ];
  };
  return {
    read() {
      const version = versionNow();
      if (kept === null || kept.version !== version) kept = { version, accounts: Object.freeze(readAll().map(frozenAccount)) };
      return kept.accounts;
    },
    besideAccounts: (write) => keptThrough(write, (accounts) => accounts),
    afterEditOf: (edit) => keptThrough(edit, (accounts, { touched }) => withFresh(accounts, touched)),
  };
}

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
