import type { DbCheck, DbStatus } from '../../node/db/health';

const SAYS: Record<DbStatus, string> = {
  new: 'has no Power Map data yet',
  healthy: 'is healthy',
  'read-only': 'is healthy, but read-only for this user',
  'empty-file': 'is an empty file (0 bytes), not a database; it was left as it is',
  'not-a-database': 'is not an SQLite database; it was left as it is',
  damaged: 'is damaged; it was not written to. Restore a backup (power-map db restore) or salvage it (power-map db recover)',
  foreign: "is another program's SQLite database, not Power Map's; it was left as it is",
  'newer-database': 'was written by a newer version of Power Map; update Power Map to open it',
  locked: 'is locked by another program',
};

/** One paragraph for a person reading the terminal: the verdict, the counts, SQLite's findings. */
export function describeCheck(check: DbCheck): string {
  const verdict =
    check.status === 'locked' ? `${check.path} is locked by ${check.lockHolder ? `"${check.lockHolder}"` : 'another program'}; close it and try again` : `${check.path} ${SAYS[check.status]}`;
  const counts = check.accounts === null ? '' : `\n  schema ${check.schemaVersion}, ${check.accounts} accounts, ${check.people} people${check.fullCheck ? ', full integrity check' : ', quick check'}`;
  const problems = check.problems.filter((p) => p.detail).map((p) => `\n  ${p.detail}`);
  return `${verdict}.${counts}${problems.join('')}`;
}
