import type { Database, Queryable } from './database';
import { migrations as knownMigrations, type Migration } from './migrations/index';

/** Raised when the database was migrated by a newer server: running on it could corrupt data. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `database schema version ${databaseVersion} is newer than this server (${codeVersion}); upgrade the server`,
    );
    this.name = 'SchemaTooNewError';
  }
}

// Several API nodes may start at once against one PostgreSQL; they take turns migrating.
const MIGRATION_LOCK_KEY = 4_242_001;

/**
 * Brings the schema up to date in one transaction: either every pending migration applies or
 * none does. Returns the schema version afterwards.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = knownMigrations,
): Promise<number> {
  const codeVersion = migrations.at(-1)?.version ?? 0;
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const current = await readSchemaVersion(tx);
    if (current > codeVersion) throw new SchemaTooNewError(current, codeVersion);
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
    return Math.max(current, codeVersion);
  });
}

/** Highest applied migration, 0 for an empty schema_migrations. */
export async function readSchemaVersion(db: Queryable): Promise<number> {
  const rows = await db.query<{ version: number | null }>(
    'SELECT max(version) AS version FROM schema_migrations',
  );
  return rows[0]?.version ?? 0;
}
