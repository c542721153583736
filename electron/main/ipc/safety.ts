import { chmod, readFile, stat } from 'node:fs/promises';
import { fail, ok, type AppError } from '../../../shared/model';
import type { KeyStoreKind } from '../../../shared/ipc';
import { throwNotOpen, type DatabaseSession } from '../../../node/db/session';
import { adoptRecoveryKey, RECOVERY_KEY_FILE_MAX_BYTES, type DbKeyState, type RecoveryKeyRefusal, type SecretSealer } from '../db-key-store';
import { writeFileAtomic } from '../../../node/files/write-file-atomic';
import { exportFileName } from './exchange';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';

/** What only the desktop can do for the recovery screen: quit, and start again on another file. */
export interface SafetyPorts {
  quit(): void;
  /** Asks for a database file; null when the user cancels. */
  chooseDatabase(): Promise<string | null>;
  /** Starts the app again on that database file. */
  openDatabase(path: string): void;
  /** Where the database key is kept; absent (none) when the app runs without a key. */
  keyStore?: KeyStoreKind;
  /** The database key as 64 hex characters (the recovery key); null when there is none. */
  recoveryKey?(): string | null;
  /** Asks where to save the recovery key (native dialog); null when the user cancels. */
  chooseRecoveryKeyPath?(): Promise<string | null>;
  /** Asks for a recovery key file to open the database with (native dialog); null when the user cancels. */
  chooseRecoveryKeyFile?(): Promise<string | null>;
  /** This machine's secret store, which keeps an adopted recovery key sealed beside the database. */
  sealer?: SecretSealer;
  /** Told of the key state after a recovery key was adopted (Settings then shows and saves that key). */
  keyAdopted?(state: DbKeyState): void;
}

/** The recovery key file: the 64 hex characters and a line end, which `--key-file` reads back. */
export const recoveryKeyFileText = (key: string) => `${key}\n`;

const notHere = () => fail('internal', 'This build has no database session (tests without one).');

export function safetyHandlers(session: DatabaseSession | undefined, ports: DesktopPorts, safetyPorts?: SafetyPorts): SectionHandlers<'safety'> {
  if (!session) {
    const handlers = {} as Record<string, unknown>;
    for (const channel of ['status', 'backups', 'backupNow', 'restore', 'salvage', 'retry', 'openOther', 'quit', 'exportPerson', 'erasePerson', 'encryption', 'saveRecoveryKey', 'openWithRecoveryKey']) {
      handlers[`safety.${channel}`] = async () => notHere();
    }
    return handlers as SectionHandlers<'safety'>;
  }
  const openStore = () => session.current() ?? throwNotOpen(session);
  return {
    'safety.status': async () => ok(session.state()),
    'safety.backups': async () => ok(session.backups()),
    'safety.backupNow': async () => {
      const current = openStore();
      const day = new Date().toISOString().slice(0, 10);
      const target = await ports.chooseSavePath(`power-map-backup-${day}.sqlite3`);
      if (target === null) return fail('cancelled', 'Backup cancelled.');
      await current.backupTo(target);
      return ok({ path: target });
    },
    'safety.restore': async ({ path }) => {
      if (!session.backups().some((backup) => backup.path === path)) return fail('not-found', `No backup at ${path}.`);
      await session.restore(path);
      return ok(session.state());
    },
    'safety.salvage': async () => {
      const report = await session.salvage();
      return ok({ ...report, status: session.state() });
    },
    'safety.retry': async () => {
      await session.retry();
      return ok(session.state());
    },
    'safety.openOther': async () => {
      if (!safetyPorts) return notHere();
      const path = await safetyPorts.chooseDatabase();
      if (path === null) return fail('cancelled', 'Cancelled.');
      safetyPorts.openDatabase(path);
      return ok({ path });
    },
    'safety.quit': async () => {
      if (!safetyPorts) return notHere();
      safetyPorts.quit();
      return ok({});
    },
    'safety.exportPerson': async ({ personId }) => {
      const data = openStore().exportPerson(personId);
      if (!data) return fail('not-found', `No person with id "${personId}".`);
      const target = await ports.chooseSavePath(exportFileName(data.person.name).replace(/\.powermap$/, '.json'));
      if (target === null) return fail('cancelled', 'Export cancelled.');
      const written = await writeFileAtomic(target, `${JSON.stringify(data, null, 2)}\n`);
      return written.ok ? ok({ path: target }) : written;
    },
    'safety.erasePerson': async ({ personId }) => {
      const erased = openStore().erasePerson(personId);
      return erased ? ok(erased) : fail('not-found', `No person with id "${personId}".`);
    },
    'safety.encryption': async () => ok({ encrypted: session.state().encrypted, keyStore: safetyPorts?.keyStore ?? 'none' }),
    'safety.saveRecoveryKey': async () => {
      const key = safetyPorts?.recoveryKey?.() ?? null;
      if (key === null || !safetyPorts?.chooseRecoveryKeyPath) return fail('not-found', 'This database has no key to save: it is not encrypted.');
      const target = await safetyPorts.chooseRecoveryKeyPath();
      if (target === null) return fail('cancelled', 'Cancelled.');
      const written = await writeFileAtomic(target, recoveryKeyFileText(key));
      if (!written.ok) return written;
      // Readable by this user only, where the file system has permissions (best effort: a USB stick may not).
      await chmod(target, 0o600).catch(() => undefined);
      return ok({ path: target });
    },
    'safety.openWithRecoveryKey': async () => {
      if (!safetyPorts?.chooseRecoveryKeyFile || !safetyPorts.sealer) return notHere();
      if (session.state().problem?.code !== 'needs-key') return fail('conflict', 'The database is not waiting for a key.');
      const path = await safetyPorts.chooseRecoveryKeyFile();
      if (path === null) return fail('cancelled', 'Cancelled.');
      const text = await readKeyFile(path);
      if (text === null) return fail('io', `Could not read ${path}.`);
      const adopted = await adoptRecoveryKey(session.state().path, text, safetyPorts.sealer, (key) => session.unlock(key));
      if (!adopted.ok) return { ok: false, error: RECOVERY_KEY_REFUSALS[adopted.refusal] };
      safetyPorts.keyAdopted?.(adopted.state);
      return ok(session.state());
    },
  };
}

const RECOVERY_KEY_REFUSALS: Record<RecoveryKeyRefusal, AppError> = {
  'recovery-key-malformed': { code: 'invalid-file', message: 'The file does not hold a recovery key (64 hexadecimal characters).', key: 'safety.recoveryKey.malformed' },
  'recovery-key-wrong': { code: 'needs-key', message: 'That recovery key does not open this database.', key: 'safety.recoveryKey.wrong' },
};

/** The file's text, or null when it cannot be read; a file far larger than a key is not read (it holds no key). */
async function readKeyFile(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (info.size > RECOVERY_KEY_FILE_MAX_BYTES) return '';
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}
