import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

export const DB_FLAG = '--db=';
export const DB_ENV = 'POWER_MAP_DB';
export const DEFAULT_DB_FILE = 'power-map.sqlite3';

export interface DbChoice {
  path: string;
  /** true when the flag or the environment named the file (tests, a second database) */
  explicit: boolean;
}

/** The database file: `--db=<path>`, else $POWER_MAP_DB, else power-map.sqlite3 in the app's data folder. */
export function resolveDbPath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
  cwd: string = process.cwd(),
): DbChoice {
  const flag = argv.find((arg) => arg.startsWith(DB_FLAG))?.slice(DB_FLAG.length);
  if (flag) return { path: resolve(cwd, flag), explicit: true };
  const fromEnv = env[DB_ENV];
  if (fromEnv) return { path: resolve(cwd, fromEnv), explicit: true };
  return { path: join(userDataDir, DEFAULT_DB_FILE), explicit: false };
}

/**
 * Electron's single-instance lock and Chromium's profile both live in the user-data folder. Giving
 * each explicitly chosen database its own profile folder makes "one instance" mean "one instance per
 * database": a test run with a temp database does not quit because the user's own Power Map is open.
 */
export function profileFolderFor(dbPath: string, userDataDir: string): string {
  const key = createHash('sha256').update(dbPath).digest('hex').slice(0, 16);
  return join(userDataDir, 'profiles', key);
}
