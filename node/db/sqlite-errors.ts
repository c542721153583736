import { findLockHolder } from './lock-holder';
import { StoreError } from './store';

/**
 * SQLite's own failures, turned into the store's codes so no raw SQLite text reaches a person: a lock
 * held by another program (named when the system lets us see it), a read-only file, a damaged one.
 */
export function storeErrorFromSqlite(error: unknown, dbPath: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
    const holder = findLockHolder(dbPath);
    return new StoreError('locked', holder ?? '');
  }
  if (code.startsWith('SQLITE_READONLY')) return new StoreError('read-only', dbPath);
  if (/^SQLITE_(CORRUPT|NOTADB|IOERR)/.test(code)) return new StoreError('damaged', code);
  return error;
}

/** Wraps every method of an object so SQLite failures leave it as StoreErrors. */
export function translatingSqliteErrors<T extends object>(target: T, dbPath: string): T {
  const wrapped = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(target)) {
    wrapped[key] =
      typeof value === 'function'
        ? (...args: unknown[]) => {
            try {
              const result = (value as (...a: unknown[]) => unknown)(...args);
              return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(storeErrorFromSqlite(error, dbPath))) : result;
            } catch (error) {
              throw storeErrorFromSqlite(error, dbPath);
            }
          }
        : value;
  }
  return wrapped as T;
}
