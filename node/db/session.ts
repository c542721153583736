import { existsSync, renameSync } from 'node:fs';
import { localToday } from '../../shared/edit/defaults';
import type { IsoDate } from '../../shared/model';
import { AGENDA_DAYS, addDays } from '../../shared/plan/days';
import { backupPathFor, backupFile, createBackupSchedule, findBackups } from './backup';
import { encryptInPlace, fileAccess, type FileAccess } from './connection';
import { isPlainDatabaseFile, type DbKey } from './db-key';
import { checkDatabase, type DbCheck, type DbStatus } from './health';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { moveAside, restoreBackup } from './restore';
import { salvageDatabase, type SalvageReport } from './salvage';
import { createStore, type LocalStore } from './sqlite-store';
import { DEFAULT_SETTINGS } from './repos/settings';
import { StoreError, type Store, type StoreErrorCode } from './store';
import type { WriterEntry } from './writer';

/**
 * The database as the app holds it from start to quit: checked before anything writes it, backed up
 * at start (before any migration) and daily, and, when the check fails, not opened at all: the app
 * shows its recovery screen and these methods carry out what the user picks there.
 */

export interface BackupSummary {
  path: string;
  takenAt: string;
  sizeBytes: number;
  accounts: number | null;
  people: number | null;
}

export interface DatabaseState {
  mode: 'normal' | 'read-only' | 'recovery';
  path: string;
  /** True when the open database file is encrypted. */
  encrypted: boolean;
  /** Why the database was not opened (recovery), with the program holding it when it is locked. */
  problem: { code: DbStatus; lockHolder: string | null } | null;
}

export interface DatabaseSession {
  state(): DatabaseState;
  /** The open store; null in recovery. */
  current(): LocalStore | null;
  backups(): BackupSummary[];
  /** Keeps the current file aside, puts the backup in its place, erases again who was erased since, opens it. */
  restore(backupPath: string): Promise<void>;
  /** Reads what can be read into a new database, keeps the damaged file aside, opens the new one. */
  salvage(): Promise<SalvageReport>;
  /** Runs the start check again (a lock released, a file put back). */
  retry(): Promise<void>;
  /**
   * Tries a recovery key on the database left closed for needs-key: true, and the database open with
   * it, when the key opens the file; false, with nothing written, when it does not.
   */
  unlock(key: DbKey): Promise<boolean>;
  /** Takes a daily backup when the last is a day old; the app calls it from a timer. */
  tick(): Promise<boolean>;
  /**
   * Resolves once the start has read every account ahead of an agenda start (see warmForAgendaStart),
   * with the CPU time it took in ms (the benchmark counts it); 0 when there was nothing to read ahead.
   */
  warmedForAgenda(): Promise<number>;
  /** Resolves once the backup a start runs alongside has finished or failed (its file is complete or gone). */
  backgroundSettled(): Promise<void>;
  close(): void;
}

export interface SessionOptions {
  nativeBinding?: string;
  /** The writer thread's bundled entry (see writer.ts); from source it is found without it. */
  writerEntry?: WriterEntry;
  /**
   * The database key (the app's, kept by the OS). A plain database found at start is backed up and
   * then encrypted in place with it; without a key the database stays plain.
   */
  key?: DbKey;
  now?: () => Date;
  /** Called with a backup or rotation failure: the app works on without it, but says so in its log. */
  onBackgroundError?(error: unknown): void;
}

export function summarizeBackups(dbPath: string, access: FileAccess = {}): BackupSummary[] {
  return findBackups(dbPath).map((backup) => {
    const check = checkDatabase(backup.path, { probeLock: false, fullCheckMaxBytes: 0, ...access });
    return { path: backup.path, takenAt: backup.takenAt.toISOString(), sizeBytes: check.sizeBytes, accounts: check.accounts, people: check.people };
  });
}

export async function openDatabaseSession(dbPath: string, options: SessionOptions = {}): Promise<DatabaseSession> {
  const now = options.now ?? (() => new Date());
  let key = options.key;
  let access = fileAccess(options);
  const report = options.onBackgroundError ?? (() => undefined);
  let store: LocalStore | null = null;
  let check: DbCheck;
  let background: Promise<void> = Promise.resolve();
  const alongside = (work: Promise<unknown>) => {
    background = Promise.allSettled([background, work]).then(() => undefined);
  };

  const open = async () => {
    check = checkDatabase(dbPath, access);
    if (!check.ok) return;
    const existing = existsSync(dbPath) && check.status !== 'new';
    const readOnly = check.status === 'read-only';
    // The start backup: before a migration or an encryption it must be complete first; otherwise it runs alongside.
    const migrating = existing && !readOnly && (check.schemaVersion ?? 0) < LATEST_SCHEMA_VERSION;
    const encrypting = existsSync(dbPath) && !readOnly && key !== undefined && !check.encrypted;
    if (migrating || (encrypting && existing)) await backupFile(dbPath, backupPathFor(dbPath, now()), access);
    if (encrypting) encryptWithBackups(dbPath, key!, options.nativeBinding);
    try {
      store = createStore(dbPath, { ...access, now, readOnly, ...(options.writerEntry === undefined ? {} : { writerEntry: options.writerEntry }) });
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      check = { ...check, ok: false, status: error.code === 'locked' ? 'locked' : 'damaged', problems: [{ code: 'damaged', detail: error.message }] };
      return;
    }
    if (existing && !readOnly && !migrating && !encrypting) alongside(store.takeBackup().catch(report));
  };
  await open();
  const warmed = warmForAgendaStart(store, localToday(now()));

  const schedule = createBackupSchedule({ dbPath, now, backup: () => store?.takeBackup() ?? Promise.resolve() });
  const reopen = async () => {
    store?.close();
    store = null;
    await open();
  };

  return {
    warmedForAgenda: () => warmed,
    backgroundSettled: () => background,
    state: () => ({
      mode: store === null ? 'recovery' : store.readOnly ? 'read-only' : 'normal',
      path: dbPath,
      encrypted: store === null ? check.encrypted : store.encrypted,
      problem: store === null ? { code: check.status, lockHolder: check.lockHolder } : null,
    }),
    current: () => store,
    backups: () => summarizeBackups(dbPath, access),
    async restore(backupPath) {
      store?.close();
      store = null;
      const outcome = await restoreBackup(backupPath, dbPath, now(), access);
      await open();
      (store as LocalStore | null)?.applyErasures(outcome.erasures);
    },
    async salvage() {
      store?.close();
      store = null;
      const salvaged = `${dbPath}.salvaging`;
      const report = salvageDatabase(dbPath, salvaged, now, access);
      // The damaged file is renamed, never written or deleted; the salvaged one (closed, its WAL
      // checkpointed) takes its place.
      moveAside(dbPath, now(), 'damaged');
      renameSync(salvaged, dbPath);
      await open();
      return report;
    },
    retry: reopen,
    async unlock(candidate) {
      if (store !== null) return false;
      // The start check with the candidate only reads; a wrong key leaves the session as it was.
      const trial = checkDatabase(dbPath, { ...access, key: candidate, probeLock: false, fullCheckMaxBytes: 0 });
      if (trial.status === 'needs-key' || trial.status === 'not-a-database') return false;
      key = candidate;
      access = fileAccess({ nativeBinding: options.nativeBinding, key });
      await reopen();
      return true;
    },
    tick: () => (store === null || store.readOnly ? Promise.resolve(false) : schedule.tick()),
    close() {
      store?.close();
      store = null;
    },
  };
}

/**
 * Encrypts the plain database, then the plain backups beside it (made before encryption, the one
 * just taken included), so no readable copy outlives the switch. A backup that cannot be encrypted
 * (damaged) is left as it is: rotation removes it within five weeks.
 */
function encryptWithBackups(dbPath: string, key: DbKey, nativeBinding: string | undefined): void {
  encryptInPlace(dbPath, key, { nativeBinding });
  for (const backup of findBackups(dbPath)) {
    if (!isPlainDatabaseFile(backup.path)) continue;
    try {
      encryptInPlace(backup.path, key, { nativeBinding, journal: 'DELETE' });
    } catch {
      // see above
    }
  }
}

/**
 * An agenda start (the start screen, once there are accounts) reads every account and the plans' digest
 * for its first agenda (today's, by the session's clock): read now, on the next turn, while the window
 * loads its page (the main process is idle then), so the agenda's request finds them read (the
 * Monday-morning start, issue 13). Any failure is left for the agenda's own read to meet and report.
 */
function warmForAgendaStart(store: LocalStore | null, today: IsoDate): Promise<number> {
  if (store === null) return Promise.resolve(0);
  return new Promise((resolve) =>
    setImmediate(() => {
      const used = process.cpuUsage();
      try {
        if (store.reminders().startOnAgenda && !store.isEmpty()) store.keepAccountsRead({ today, until: addDays(today, AGENDA_DAYS) });
        else return resolve(0);
      } catch {
        return resolve(0);
      }
      const { user, system } = process.cpuUsage(used);
      resolve((user + system) / 1000);
    }),
  );
}

const REFUSALS: Partial<Record<DbStatus, StoreErrorCode>> = { locked: 'locked', 'newer-database': 'newer-database', 'needs-key': 'needs-key' };

/** Refuses a call while the session is in recovery, with the start check's code (damaged for the rest). */
export function throwNotOpen(session: DatabaseSession): never {
  const code = session.state().problem?.code;
  throw new StoreError((code && REFUSALS[code]) ?? 'damaged', `The database ${session.state().path} is not open (${code}).`);
}

/**
 * A Store that always speaks for the session's current database, so the handlers made once at start
 * keep working after a restore or salvage reopens it. In recovery every call is refused with the
 * start check's code, except the settings, which fall back to the defaults (the language follows the system).
 */
export function sessionStore(session: DatabaseSession): Store {
  const current = (): LocalStore => session.current() ?? throwNotOpen(session);
  return {
    get path() {
      return session.state().path;
    },
    get schemaVersion() {
      return session.current()?.schemaVersion ?? 0;
    },
    listAccounts: () => current().listAccounts(),
    openAccount: (id) => current().openAccount(id),
    allAccounts: () => current().allAccounts(),
    allAccountsWithPlans: () => current().allAccountsWithPlans(),
    agendaAccounts: (today, until) => current().agendaAccounts(today, until),
    planOf: (id) => current().planOf(id),
    applyOps: (ops) => current().applyOps(ops),
    applyLargeEdit: (ops) => current().applyLargeEdit(ops),
    prepareLargeEdit: () => session.current()?.prepareLargeEdit() ?? Promise.resolve(),
    deleteAccount: (id) => current().deleteAccount(id),
    restoreAccount: (data) => current().restoreAccount(data),
    importAccount: (data, history, plan) => current().importAccount(data, history, plan),
    search: (text, limit) => current().search(text, limit),
    getSettings: () => session.current()?.getSettings() ?? DEFAULT_SETTINGS,
    setSettings: (patch) => current().setSettings(patch),
    isEmpty: () => current().isEmpty(),
    reminders: () => current().reminders(),
    setReminders: (patch) => current().setReminders(patch),
    importMapping: (signature) => current().importMapping(signature),
    rememberImportMapping: (signature, mapping) => current().rememberImportMapping(signature, mapping),
    history: (accountId) => current().history(accountId),
    userName: () => current().userName(),
    setUserName: (name) => current().setUserName(name),
    accountOnDay: (accountId, day) => current().accountOnDay(accountId, day),
    takeSnapshot: (accountId, name, kind) => current().takeSnapshot(accountId, name, kind),
    snapshots: (accountId) => current().snapshots(accountId),
    snapshot: (snapshotId) => current().snapshot(snapshotId),
    deleteSnapshot: (snapshotId) => current().deleteSnapshot(snapshotId),
    trend: (accountId, months, today) => current().trend(accountId, months, today),
    compactHistory: (beforeDay, accountId) => current().compactHistory(beforeDay, accountId),
    historyContradictions: (accountId) => current().historyContradictions(accountId),
    undoStacks: (accountId) => current().undoStacks(accountId),
    saveUndoStacks: (accountId, stacks) => current().saveUndoStacks(accountId, stacks),
    close: () => session.close(),
  };
}
