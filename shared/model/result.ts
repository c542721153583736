/**
 * Errors cross process boundaries as values: a thrown Error loses everything but its message over IPC.
 * `code` is stable and machine-readable; `message` is English and names what is wrong and where;
 * `details` lists one line per problem (for example one per invalid field).
 */
export type ErrorCode =
  | 'invalid-payload'
  | 'unknown-channel'
  | 'forbidden-sender'
  | 'not-found'
  | 'conflict'
  | 'invalid-file'
  | 'newer-file-version'
  | 'newer-database'
  | 'io'
  | 'cancelled'
  | 'internal'
  // the database: another program holds its lock, this user may not write it, SQLite found it damaged,
  // a backup chosen for restore is not usable
  | 'locked'
  | 'read-only'
  | 'damaged'
  // encrypted, and not open: the key this computer keeps does not open it (the recovery key does)
  | 'needs-key'
  | 'backup-unusable';

export interface AppError {
  code: ErrorCode;
  message: string;
  details?: string[];
  /** A message key the page shows instead of `message`, in the app's language (e.g. `import.refused.empty`). */
  key?: string;
  /** Values the keyed message names (a line, a sheet, a count). */
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: string[]): Result<never> => ({
  ok: false,
  error: details && details.length > 0 ? { code, message, details } : { code, message },
});
