import { userInfo } from 'node:os';
import type { ChangeRecord, Fields } from '../../shared/history/changes';
import type { SnapshotKind } from '../../shared/history/views';
import type { AccountData, IsoDate, Op } from '../../shared/model';
import type { Settings } from '../../shared/ipc';
import { checkAccountData, findExistingIds, insertAccountData, readAccountData, readAllAccountData, withNewIds } from './account-data';
import { checkImportedPlan, insertPlan, planWithNewIds, recordPlan } from './plan-data';
import { applyOps } from './apply-ops';
import { detachPeople } from './apply-plan-ops';
import type { PlanOp } from '../../shared/plan/ops';
import type { AccountPlan } from '../../shared/plan/types';
import { createChangeLog, recordAccountData } from './change-log';
import { createHistoryStore, type CompactionResult } from './history-store';
import { automaticSnapshotName } from '../../shared/history/snapshot-names';
import { takeBackup, writeBackup, type BackupFile } from './backup';
import { fileAccess, openConnection } from './connection';
import { isPlainDatabaseFile, type DbKey } from './db-key';
import { deletePeople, readErasureRegister, registerErasure, scrubDeletedData, withoutErasedPeople, type ErasureEntry } from './erasure';
import { assertKnownSchema, migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { readPersonExport, type PersonExport } from './person-export';
import { createRepos } from './repos';
import { createAccountsSnapshot } from './accounts-snapshot';
import { emptyDigest } from './repos/plan-digest';
import { storeErrorFromSqlite, translatingSqliteErrors } from './sqlite-errors';
import { StoreError, type Store } from './store';
import { createOpsWriter, type WriterEntry, type WriterTiming } from './writer';

export interface StoreOptions {
  /** better_sqlite3.node built for Electron (see resolveNativeBinding); omit under Node. */
  nativeBinding?: string;
  /** Clock for updatedAt and migration stamps; tests pass a fixed one. */
  now?: () => Date;
  /** Opens the file without writing to it (this user may not write it): every write is refused with 'read-only'. */
  readOnly?: boolean;
  /** The database key: opens an encrypted file, encrypts a new one (a plain file still opens plain). */
  key?: DbKey;
  /** Who the history names when the user has set no name in the app: the operating-system user. */
  defaultActor?: string;
  /** Records between two history checkpoints (tests take them often); DEFAULT_CHECKPOINT_EVERY when absent. */
  checkpointEvery?: number;
  /** The writer thread's bundled entry (the built app); from source it is found beside writer.ts. */
  writerEntry?: WriterEntry;
  /**
   * Where an ordinary edit's history checkpoint is taken: on the writer thread after the commit
   * (default, when the build has one), or 'inline', in the edit's own transaction (the benchmark's before).
   */
  checkpoints?: 'writer' | 'inline';
}


/** What the app's data-safety actions need beyond the Store: backups, erasure and export of a person. */
export interface DataSafety {
  readonly readOnly: boolean;
  /** True when the file on disk is encrypted. */
  readonly encrypted: boolean;
  /** A consistent copy, made on a worker thread (see backup.ts): the window never waits on it. */
  backupTo(destPath: string): Promise<{ sizeBytes: number }>;
  /** A backup into the backups folder beside the database, then rotation (7 daily, 4 weekly). */
  takeBackup(): Promise<BackupFile>;
  /**
   * Erases a person (PIPL art. 47, GDPR art. 17): their row, links, and every trace in the file (see
   * erasure.ts); records their id in the erasure register. Returns the account they were in, or null.
   */
  erasePerson(personId: string): { accountId: string } | null;
  /** Erases again, after a restore, the people of a register; returns how many were present. */
  applyErasures(entries: readonly ErasureEntry[]): number;
  erasedPeople(): string[];
  /** Everything held about one person (PIPL art. 45, GDPR art. 15); null when no such person. */
  exportPerson(personId: string): PersonExport | null;
}

export type LocalStore = Store &
  DataSafety & {
    /** Resolves once the history checkpoints handed to the writer thread so far are kept or given up, and its edits' logs copied into the file (tests, benchmarks). */
    checkpointsSettled(): Promise<void>;
    /** How long the last large edit's transaction took on the writer thread (benchmarks); null before one. */
    lastLargeEdit(): WriterTiming | null;
    /**
     * Reads every account into the kept accounts the agenda and the portfolio share, and the plans' digest
     * for the agenda of `today` to `until` when given (node/db/accounts-snapshot.ts).
     */
    keepAccountsRead(days?: { today: IsoDate; until: IsoDate }): void;
  };

/**
 * Opens (or creates) the database at `dbPath`, refuses one written by a newer Power Map, applies
 * pending migrations and returns the Store. Every write runs in one transaction.
 */
/** The operating-system user, the history's default actor; a fixed word where the system will not say. */
function osUser(): string {
  try {
    return userInfo().username || 'local user';
  } catch {
    return 'local user';
  }
}

export function createStore(dbPath: string, options: StoreOptions = {}): LocalStore {
  try {
    return openStore(dbPath, options);
  } catch (error) {
    throw storeErrorFromSqlite(error, dbPath);
  }
}

/** SQLite's default: a commit that takes the write-ahead log past this many pages copies it into the file. */
const WAL_AUTOCHECKPOINT_PAGES = 1_000;

function openStore(dbPath: string, options: StoreOptions): LocalStore {
  const now = options.now ?? (() => new Date());
  const readOnly = options.readOnly ?? false;
  const access = fileAccess(options);
  const db = openConnection(dbPath, {
    ...access,
    beforeWrites: (connection) => assertKnownSchema(connection, MIGRATIONS),
    readOnly,
  });
  let schemaVersion: number;
  try {
    if (readOnly) {
      assertKnownSchema(db, MIGRATIONS);
      const recorded = db.prepare("SELECT max(version) FROM schema_migrations").pluck().get() as number | null;
      if (recorded !== MIGRATIONS.length) throw new StoreError('read-only', `${dbPath} needs an upgrade to schema ${MIGRATIONS.length} but is read-only.`);
      schemaVersion = recorded;
    } else {
      schemaVersion = migrate(db, MIGRATIONS, now);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  const encrypted = access.key !== undefined && !isPlainDatabaseFile(dbPath);
  const repos = createRepos(db);
  const snapshot = createAccountsSnapshot(db, {
    allAccounts: () => readAllAccountData(repos),
    oneAccount: (accountId) => readAccountData(repos, accountId),
    allDigests: (today, until) => repos.digest.all(today, until),
    oneDigest: (accountId, today, until) => repos.digest.one(accountId, today, until),
  });
  const stamp = () => now().toISOString();
  const log = createChangeLog(db, options.defaultActor ?? osUser());
  const every = options.checkpointEvery === undefined ? {} : { checkpointEvery: options.checkpointEvery };
  // While the writer thread copies a large edit's log into the file, the app's connection leaves it to
  // it (its next commit would copy the whole log, 30 MB after 10,000 people, on the main thread).
  const writer = createOpsWriter({ dbPath, access, ...every }, options.writerEntry, {
    logCopying: (copying) => {
      if (db.open) db.pragma(`wal_autocheckpoint = ${copying ? 0 : WAL_AUTOCHECKPOINT_PAGES}`);
    },
  });
  /** Accounts whose checkpoint the writer thread takes once the transaction that reached it commits. */
  const checkpointsDue = new Set<string>();
  const offEditPath = !readOnly && writer.available && options.checkpoints !== 'inline';
  const historyStore = createHistoryStore(db, { readOnly, ...every, ...(offEditPath ? { checkpointElsewhere: (id: string) => checkpointsDue.add(id) } : {}) });
  /** Ends a writing transaction's history: checkpoints for the accounts that got enough records. */
  const recorded = () => historyStore.afterWrite(log.drainRecorded());
  /**
   * Runs a writing transaction, then hands the checkpoints it made due to the writer thread: an edit
   * that brings an account to a checkpoint does not wait for its replay (up to ~130 ms for 300 people).
   */
  const thenCheckpoints =
    <A extends unknown[], R>(write: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return write(...args);
      } finally {
        if (checkpointsDue.size > 0) {
          const due = [...checkpointsDue];
          checkpointsDue.clear();
          writer.checkpoint(due);
        }
      }
    };
  /** Starts a writing transaction's records; returns its time, which is also the updatedAt it stamps. */
  const begin = (origin: Parameters<typeof log.begin>[0]): string => {
    const at = now();
    log.begin(origin, at);
    return at.toISOString();
  };

  const summaryOf = (accountId: string) => {
    const summary = repos.accounts.summary(accountId);
    if (summary === undefined) throw new StoreError('not-found', `No account with id ${accountId}`);
    return summary;
  };

  /**
   * A writing transaction that takes the write lock as it begins (IMMEDIATE): the writer thread writes
   * to the same file, and a transaction that read first could not take the lock after its write.
   */
  const writing =
    <A extends unknown[], R>(write: (...args: A) => R) => {
      const transaction = db.transaction(write);
      return (...args: A): R => transaction.immediate(...args);
    };

  const transactions = {
    applyOps: writing((ops: readonly (Op | PlanOp)[]) => {
      const updatedAt = begin('edit');
      const touched = applyOps(repos, log, ops, updatedAt);
      recorded();
      return { updatedAt, touched };
    }),
    openAccount: db.transaction((accountId: string) => readAccountData(repos, accountId)),
    allAccounts: db.transaction(() => readAllAccountData(repos)),
    allAccountsWithPlans: db.transaction(() => {
      const plans = repos.plan.allPlans();
      return readAllAccountData(repos).map((data) => ({ data, plan: plans.get(data.account.id) ?? { contacts: [], actions: [] } }));
    }),
    keepAccountsRead: db.transaction((days?: { today: string; until: string }) => {
      snapshot.read();
      if (days !== undefined) snapshot.digests(days.today, days.until);
    }),
    agendaAccounts: db.transaction((today: string, until: string) => {
      const digests = snapshot.digests(today, until);
      return snapshot.read().map((data) => ({ data, digest: digests.get(data.account.id) ?? emptyDigest(today, until) }));
    }),
    deleteAccount: writing((accountId: string) => {
      const data = readAccountData(repos, accountId);
      if (data === null) return null;
      begin('delete-account');
      recordPlan(log, repos.plan.planOf(accountId), 'delete');
      recordAccountData(log, data, 'delete');
      repos.accounts.delete(accountId);
      historyStore.dropUndo(accountId);
      recorded();
      return data;
    }),
    restoreAccount: writing((data: AccountData) => {
      checkAccountData(data);
      const existing = findExistingIds(repos, data);
      if (existing !== undefined) {
        throw new StoreError('conflict', `Cannot restore "${data.account.name}": ${existing} with the same id is already in the database`);
      }
      insertAccountData(repos, data);
      begin('restore');
      recordAccountData(log, data, 'create');
      recorded();
      return summaryOf(data.account.id);
    }),
    importAccount: writing((file: AccountData, history: readonly ChangeRecord[] | undefined, filePlan: AccountPlan | undefined) => {
      checkAccountData(file);
      if (filePlan !== undefined) checkImportedPlan(file, filePlan);
      // People erased here stay erased: the file may predate the erasure.
      const erased = new Set(readErasureRegister(db).map((row) => row.personId));
      const { data, dropped } = withoutErasedPeople(file, erased);
      const copied = findExistingIds(repos, data) !== undefined;
      const imported = copied ? withNewIds(data) : data;
      const plan = filePlan === undefined ? undefined : planWithNewIds(filePlan, data, imported, erased);
      // An import is news in this database: it sorts with the accounts changed just now.
      const stamped = { ...imported, account: { ...imported.account, updatedAt: begin('import') } };
      insertAccountData(repos, stamped);
      // A copy's new ids match none of the history's records, so a copy starts its own timeline.
      const keptHistory = !copied && history !== undefined && history.length > 0;
      if (keptHistory) {
        // Records from before this database's own may come in: what was derived from the account's history is taken again.
        for (const accountId of new Set(history.map((r) => r.accountId))) historyStore.dropDerived(accountId);
        log.adopt(history);
        log.erase([...new Set(history.filter((r) => r.entity === 'person' && erased.has(r.entityId)).map((r) => r.entityId))]);
      }
      // The import itself is recorded too, so the log replays to what this database holds whatever came before.
      recordAccountData(log, stamped, 'create');
      if (plan !== undefined) {
        insertPlan(repos, plan);
        recordPlan(log, plan, 'create');
      }
      recorded();
      return {
        accountId: imported.account.id,
        accountName: imported.account.name,
        copied,
        ...(dropped > 0 ? { erasedLeftOut: dropped } : {}),
        ...(keptHistory ? { historyKept: history.length } : {}),
        ...(copied && history !== undefined && history.length > 0 ? { historyLeftOut: history.length } : {}),
      };
    }),
    setSettings: writing((patch: Partial<Settings>) => {
      repos.settings.put(patch);
      return repos.settings.get();
    }),
    erase: writing((entries: readonly ErasureEntry[]) => {
      begin('erase');
      const ids = entries.map((e) => e.personId);
      // The erasure itself is recorded (its links go as ordinary deletes), then every value of theirs is erased.
      // The contact log and the actions lose them first; a record about them alone goes, and every record
      // that named them has its history erased too (a note may speak of them).
      const held = ids.filter((id) => repos.people.accountIdOf(id) !== undefined);
      const names = held.flatMap((id) => repos.people.getFields(id, ['name'])?.name ?? []);
      const detached = detachPeople({ repos, log, touched: new Set() }, held, names);
      for (const id of ids) {
        const accountId = repos.people.accountIdOf(id);
        if (accountId === undefined) continue;
        // Nothing derived from the history may keep their data: checkpoints go, snapshots lose them.
        historyStore.dropDerived(accountId);
        historyStore.eraseFromSnapshots(accountId, [id]);
        historyStore.dropUndo(accountId);
        for (const link of repos.links.touching(id)) log.record(accountId, 'link', link.id, 'delete', link as unknown as Fields, null);
        log.record(accountId, 'person', id, 'delete', {}, null);
      }
      const present = deletePeople(repos, ids);
      log.erase(ids);
      log.drainRecorded();
      log.eraseRecords('contact', detached.contacts);
      log.eraseRecords('action', detached.actions);
      registerErasure(db, entries);
      return present;
    }),
    setUserName: writing((name: string | null) => {
      log.setActor(name);
      return log.actor();
    }),
    /** Accounts from before the history began get their first records: the account as it stands now. */
    baseline: writing(() => {
      const missing = log.accountsWithoutHistory();
      if (missing.length === 0) return;
      begin('baseline');
      for (const accountId of missing) {
        const data = readAccountData(repos, accountId);
        if (data !== null) recordAccountData(log, data, 'create');
      }
      recorded();
    }),
    takeSnapshot: writing((accountId: string, name: string, kind: SnapshotKind) => {
      const data = readAccountData(repos, accountId);
      if (data === null) throw new StoreError('not-found', `No account with id ${accountId}`);
      return historyStore.takeSnapshot(data, name, kind, now());
    }),
    compactHistory: writing((beforeDay: string, accountId: string | undefined) => {
      const ids = accountId === undefined ? repos.accounts.summaries().map((a) => a.id) : [accountId];
      if (accountId !== undefined && repos.accounts.accountIdOf(accountId) === undefined) throw new StoreError('not-found', `No account with id ${accountId}`);
      const at = now();
      const out: CompactionResult[] = [];
      const name = automaticSnapshotName('compaction', beforeDay, repos.settings.get().locale ?? 'en');
      for (const id of ids) {
        const done = historyStore.compact(id, readAccountData(repos, id), beforeDay, at, log.actor(), name);
        if (done !== null) out.push(done);
      }
      return out;
    }),
  };


  if (!readOnly) thenCheckpoints(transactions.baseline)();
  let lastLargeEdit: WriterTiming | null = null;
  const applyLargeEdit = async (ops: readonly Op[]): Promise<{ updatedAt: string }> => {
    // A read-only file refuses on the spot; a build without a writer thread writes here as before.
    if (readOnly || !writer.available) return transactions.applyOps(ops);
    const at = now();
    lastLargeEdit = await writer.apply(ops, { at: at.toISOString(), actor: log.actor(), origin: 'edit' });
    // The other connection's records moved the history's clock on: what is recorded here next sorts after them.
    log.catchUp();
    return { updatedAt: at.toISOString() };
  };

  return translatingSqliteErrors<LocalStore>({
    path: dbPath,
    readOnly,
    encrypted,
    schemaVersion,
    listAccounts: () => repos.accounts.summaries(),
    openAccount: (accountId) => transactions.openAccount(accountId),
    allAccounts: () => transactions.allAccounts(),
    allAccountsWithPlans: () => transactions.allAccountsWithPlans(),
    agendaAccounts: (today, until) => transactions.agendaAccounts(today, until),
    keepAccountsRead: (days) => transactions.keepAccountsRead(days),
    planOf: (accountId) => repos.plan.planOf(accountId),
    applyOps: thenCheckpoints((ops: readonly (Op | PlanOp)[]) => {
      const { updatedAt } = snapshot.afterEditOf(() => transactions.applyOps(ops));
      return { updatedAt };
    }),
    applyLargeEdit,
    prepareLargeEdit: () => (readOnly ? Promise.resolve() : writer.prepare()),
    deleteAccount: thenCheckpoints((accountId: string) => transactions.deleteAccount(accountId)),
    restoreAccount: thenCheckpoints((data: AccountData) => transactions.restoreAccount(data)),
    importAccount: thenCheckpoints((data: AccountData, history?: readonly ChangeRecord[], plan?: AccountPlan) => transactions.importAccount(data, history, plan)),
    search: (text, limit) => repos.search.search(text, limit),
    getSettings: () => repos.settings.get(),
    setSettings: (patch) => snapshot.besideAccounts(() => transactions.setSettings(patch)),
    importMapping: (signature) => repos.settings.importMapping(signature),
    rememberImportMapping: (signature, mapping) => repos.settings.rememberImportMapping(signature, mapping),
    isEmpty: () => repos.accounts.isEmpty(),
    reminders: () => repos.settings.reminders(),
    setReminders: (patch) => snapshot.besideAccounts(() => repos.settings.setReminders(patch)),
    backupTo: (destPath) => writeBackup(db, destPath, access),
    takeBackup: () => takeBackup(db, dbPath, now(), access),
    erasePerson: (personId) => {
      const accountId = repos.people.accountIdOf(personId);
      if (accountId === undefined) return null;
      transactions.erase([{ personId, erasedAt: stamp() }]);
      scrubDeletedData(db);
      return { accountId };
    },
    applyErasures: (entries) => {
      if (entries.length === 0) return 0;
      const present = transactions.erase(entries);
      if (present.length > 0) scrubDeletedData(db);
      return present.length;
    },
    erasedPeople: () => readErasureRegister(db).map((row) => row.personId),
    exportPerson: (personId) => readPersonExport(repos, personId, stamp()),
    history: (accountId) => log.history(accountId),
    accountOnDay: (accountId, day) => {
      const past = historyStore.accountOnDay(accountId, day);
      if (!past.found && past.reason === 'before-account' && past.firstDay === null && repos.accounts.accountIdOf(accountId) === undefined) return null;
      return past;
    },
    takeSnapshot: (accountId, name, kind) => transactions.takeSnapshot(accountId, name, kind),
    snapshots: (accountId) => historyStore.snapshots(accountId),
    snapshot: (snapshotId) => historyStore.snapshot(snapshotId),
    deleteSnapshot: (snapshotId) => historyStore.deleteSnapshot(snapshotId),
    trend: (accountId, months, today) => {
      const current = accountId === undefined ? transactions.allAccounts() : [readAccountData(repos, accountId)].filter((d): d is AccountData => d !== null);
      if (accountId !== undefined && current.length === 0) throw new StoreError('not-found', `No account with id ${accountId}`);
      return historyStore.trend(current, months, today, repos.settings.get().analysis);
    },
    compactHistory: (beforeDay, accountId) => transactions.compactHistory(beforeDay, accountId),
    undoStacks: (accountId) => historyStore.loadUndo(accountId),
    saveUndoStacks: (accountId, stacks) => {
      if (repos.accounts.accountIdOf(accountId) === undefined) throw new StoreError('not-found', `No account with id ${accountId}`);
      historyStore.saveUndo(accountId, stacks, now());
    },
    historyContradictions: (accountId) => historyStore.contradictions(accountId, readAccountData(repos, accountId)),
    checkpointsSettled: () => writer.checkpointsSettled(),
    lastLargeEdit: () => lastLargeEdit,
    userName: () => log.actor(),
    setUserName: (name) => transactions.setUserName(name),
    close: () => {
      writer.close();
      if (!db.open) return;
      if (!readOnly) db.pragma('optimize');
      db.close();
    },
  }, dbPath);
}
