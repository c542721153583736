import type { DbCheck, DbStatus } from '../../node/db/health';

const SAYS: Record<DbStatus, string> = {
  new: 'has no Power Map data yet',
  healthy: 'is healthy',
  'read-only': 'is healthy, but read-only for this user',
  'empty-file': 'is an empty file (0 bytes), not a database; it was left as it is',
  'not-a-database': 'is not an SQLite database; it was left as it is',
  'needs-key': 'is encrypted; give its recovery key with --key-file KEY (a file holding the 64 hex characters Power Map saved)',
  damaged: 'is damaged; it was not written to. Restore a backup (power-map db restore) or salvage it (power-map db recover)',
  foreign: "is another program's SQLite database, not Power Map's; it was left as it is",
  'newer-database': 'was written by a newer version of Power Map; update Power Map to open it',
  locked: 'is locked by another program',
};

/** "1 account", "2 accounts": counts in the terminal read as English. */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One paragraph for a person reading the terminal: the verdict, the counts, SQLite's findings. */
export function describeCheck(check: DbCheck): string {
  const verdict =
    check.status === 'locked' ? `${check.path} is locked by ${check.lockHolder ? `"${check.lockHolder}"` : 'another program'}; close it and try again` : `${check.path} ${SAYS[check.status]}`;
  const counts =
    check.accounts === null
      ? ''
      : `\n  schema ${check.schemaVersion}, ${plural(check.accounts, 'account', 'accounts')}, ${plural(check.people ?? 0, 'person', 'people')}${check.encrypted ? ', encrypted' : ''}${check.fullCheck ? ', full integrity check' : ', quick check'}`;
  const problems = check.problems.filter((p) => p.detail).map((p) => `\n  ${p.detail}`);
  return `${verdict}.${counts}${problems.join('')}`;
}
