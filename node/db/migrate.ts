import type { Db } from './connection';
import { StoreError } from './store';

/** One forward-only schema step. `version` is its position (1, 2, ...); `name` is fixed once released. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

interface AppliedMigration {
  version: number;
  name: string;
}

function hasMigrationTable(db: Db): boolean {
  const found = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .pluck()
    .get();
  return found !== undefined;
}

function readApplied(db: Db): AppliedMigration[] {
  if (!hasMigrationTable(db)) return [];
  return db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as AppliedMigration[];
}

/**
 * Refuses, without writing anything, a database this code cannot safely open: one migrated by a newer
 * Power Map, or one whose recorded migrations are not the ones this code ships (a different build).
 */
export function assertKnownSchema(db: Db, migrations: readonly Migration[]): void {
  const applied = readApplied(db);
  const known = migrations.length;
  const recorded = applied.at(-1)?.version ?? 0;
  if (recorded > known) {
    throw new StoreError(
      'newer-database',
      `This database was written by a newer version of Power Map (schema ${recorded}; this version knows up to ${known}). ` +
        'Update Power Map or open another database file.',
    );
  }
  applied.forEach((row, index) => {
    const expected = migrations[index];
    if (!expected || row.version !== expected.version || row.name !== expected.name) {
      throw new StoreError(
        'newer-database',
        `This database was written by a different version of Power Map (its schema step ${row.version} is "${row.name}", ` +
          `this version expects ${expected ? `step ${expected.version} "${expected.name}"` : 'no such step'}). ` +
          'Update Power Map or open another database file.',
      );
    }
  });
}

/** Applies the migrations the database has not recorded yet, each in its own transaction. Returns the version. */
export function migrate(db: Db, migrations: readonly Migration[], now: () => Date = () => new Date()): number {
  assertKnownSchema(db, migrations);
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const done = readApplied(db).length;
  for (const migration of migrations.slice(done)) {
    db.transaction(() => {
      migration.up(db);
      record.run(migration.version, migration.name, now().toISOString());
    })();
  }
  return migrations.length;
}
