import { z } from 'zod';

/**
 * The data-safety section of the IPC contract: the database's state at start (and the recovery
 * screen's actions when it could not be opened), backups, and a person's data on request.
 */

/** What the start check found; the renderer shows a message per code in the app's language. */
export type DatabaseProblemCode =
  | 'empty-file'
  | 'not-a-database'
  /** encrypted, and the key this app holds (or none) does not open it */
  | 'needs-key'
  | 'damaged'
  | 'foreign'
  | 'newer-database'
  | 'locked'
  | 'new'
  | 'healthy'
  | 'read-only';

export interface DatabaseStatus {
  /** normal; read-only: shown with a banner, edits refused; recovery: the database was not opened. */
  mode: 'normal' | 'read-only' | 'recovery';
  path: string;
  /** True when the database file is encrypted at rest. */
  encrypted: boolean;
  problem: { code: DatabaseProblemCode; lockHolder: string | null } | null;
}

/**
 * Where the database key is kept: `os` the system's secret store (Keychain, DPAPI, libsecret);
 * `plain-text` a Linux session without one (safeStorage's basic_text: any program of this user can
 * read the key); `none` no key at all (the database is plain).
 */
export type KeyStoreKind = 'os' | 'plain-text' | 'none';

export interface EncryptionStatus {
  encrypted: boolean;
  keyStore: KeyStoreKind;
}

export interface BackupEntry {
  path: string;
  takenAt: string;
  sizeBytes: number;
  /** null when the backup could not be read */
  accounts: number | null;
  people: number | null;
}

export interface SalvageOutcome {
  tables: { table: string; recovered: number; dropped: number; unreadable: boolean }[];
}

const empty = z.strictObject({});
const personRef = z.strictObject({ personId: z.string().min(1).max(64) });

export const safetyArgSchemas = {
  'safety.status': empty,
  /** The backups beside the database, newest first, with their size and what they hold. */
  'safety.backups': empty,
  /** Asks where to save (native dialog) and writes a consistent backup there. */
  'safety.backupNow': empty,
  /** Restores one of the listed backups: the current database is kept aside, then the store reopens. */
  'safety.restore': z.strictObject({ path: z.string().min(1).max(4096) }),
  /** Salvages what can be read of a damaged database into a new one and opens it. */
  'safety.salvage': empty,
  /** Runs the start check again (after another program let go of the file). */
  'safety.retry': empty,
  /** Asks for another database file (native dialog) and starts on it. */
  'safety.openOther': empty,
  'safety.quit': empty,
  /** Asks where to save and writes everything held about the person as JSON (PIPL art. 45, GDPR art. 15). */
  'safety.exportPerson': personRef,
  /** Erases the person and every record of them (PIPL art. 47, GDPR art. 17). Cannot be undone. */
  'safety.erasePerson': personRef,
  /** Whether the database is encrypted and where its key is kept (the Settings line). */
  'safety.encryption': empty,
  /** Asks where to save (native dialog) and writes the database key as 64 hex characters. */
  'safety.saveRecoveryKey': empty,
  /** needs-key: asks for a recovery key file (native dialog), tries it, keeps it sealed on this computer and opens the database. */
  'safety.openWithRecoveryKey': empty,
} as const;

export interface SafetyResultTypes {
  'safety.status': DatabaseStatus;
  'safety.backups': BackupEntry[];
  'safety.backupNow': { path: string };
  'safety.restore': DatabaseStatus;
  'safety.salvage': SalvageOutcome & { status: DatabaseStatus };
  'safety.retry': DatabaseStatus;
  'safety.openOther': { path: string };
  'safety.quit': Record<string, never>;
  'safety.exportPerson': { path: string };
  'safety.erasePerson': { accountId: string };
  'safety.encryption': EncryptionStatus;
  'safety.saveRecoveryKey': { path: string };
  'safety.openWithRecoveryKey': DatabaseStatus;
}
