import type { AccountData, Op } from '../../shared/model';
import type { Settings } from '../../shared/ipc';
import { checkAccountData, findExistingIds, insertAccountData, readAccountData, readAllAccountData, withNewIds } from './account-data';
import { applyOps } from './apply-ops';
import { openConnection } from './connection';
import { assertKnownSchema, migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { createRepos } from './repos';
import { StoreError, type Store } from './store';

export interface StoreOptions {
  /** better_sqlite3.node built for Electron (see resolveNativeBinding); omit under Node. */
  nativeBinding?: string;
  /** Clock for updatedAt and migration stamps; tests pass a fixed one. */
  now?: () => Date;
}

/**
 * Opens (or creates) the database at `dbPath`, refuses one written by a newer Power Map, applies
 * pending migrations and returns the Store. Every write runs in one transaction.
 */
export function createStore(dbPath: string, options: StoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  const db = openConnection(dbPath, {
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    beforeWrites: (connection) => assertKnownSchema(connection, MIGRATIONS),
  });
  let schemaVersion: number;
  try {
    schemaVersion = migrate(db, MIGRATIONS, now);
  } catch (error) {
    db.close();
    throw error;
  }
  const repos = createRepos(db);
  const stamp = () => now().toISOString();

  const summaryOf = (accountId: string) => {
    const summary = repos.accounts.summary(accountId);
    if (summary === undefined) throw new StoreError('not-found', `No account with id ${accountId}`);
    return summary;
  };

  const transactions = {
    applyOps: db.transaction((ops: readonly Op[]) => {
      const updatedAt = stamp();
      applyOps(repos, ops, updatedAt);
      return { updatedAt };
    }),
    openAccount: db.transaction((accountId: string) => readAccountData(repos, accountId)),
    allAccounts: db.transaction(() => readAllAccountData(repos)),
    deleteAccount: db.transaction((accountId: string) => {
      const data = readAccountData(repos, accountId);
      if (data !== null) repos.accounts.delete(accountId);
      return data;
    }),
    restoreAccount: db.transaction((data: AccountData) => {
      checkAccountData(data);
      const existing = findExistingIds(repos, data);
      if (existing !== undefined) {
        throw new StoreError('conflict', `Cannot restore "${data.account.name}": ${existing} with the same id is already in the database`);
      }
      insertAccountData(repos, data);
      return summaryOf(data.account.id);
    }),
    importAccount: db.transaction((data: AccountData) => {
      checkAccountData(data);
      const copied = findExistingIds(repos, data) !== undefined;
      const imported = copied ? withNewIds(data) : data;
      // An import is news in this database: it sorts with the accounts changed just now.
      insertAccountData(repos, { ...imported, account: { ...imported.account, updatedAt: stamp() } });
      return { accountId: imported.account.id, accountName: imported.account.name, copied };
    }),
    setSettings: db.transaction((patch: Partial<Settings>) => {
      repos.settings.put(patch);
      return repos.settings.get();
    }),
  };

  return {
    path: dbPath,
    schemaVersion,
    listAccounts: () => repos.accounts.summaries(),
    openAccount: (accountId) => transactions.openAccount(accountId),
    allAccounts: () => transactions.allAccounts(),
    applyOps: (ops) => transactions.applyOps(ops),
    deleteAccount: (accountId) => transactions.deleteAccount(accountId),
    restoreAccount: (data) => transactions.restoreAccount(data),
    importAccount: (data) => transactions.importAccount(data),
    search: (text, limit) => repos.search.search(text, limit),
    getSettings: () => repos.settings.get(),
    setSettings: (patch) => transactions.setSettings(patch),
    importMapping: (signature) => repos.settings.importMapping(signature),
    rememberImportMapping: (signature, mapping) => repos.settings.rememberImportMapping(signature, mapping),
    isEmpty: () => repos.accounts.isEmpty(),
    close: () => {
      if (!db.open) return;
      db.pragma('optimize');
      db.close();
    },
  };
}
