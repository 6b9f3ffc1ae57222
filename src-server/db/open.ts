import type { Database } from './database';
import { migrate } from './migrate';
import { migrations } from './migrations/index';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export type OpenDatabaseOptions = {
  /** A PostgreSQL connection string (DATABASE_URL); when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data directory. */
  dataDir?: string;
  /** PGlite in memory (tests, throwaway demos). */
  memory?: boolean;
  /** Tests only: create and use this schema, so parallel test files never collide. */
  schema?: string;
  /** Tests only: migrate no further than this version, to test a later migration on real data. */
  upToVersion?: number;
};

/** Opens the configured engine and migrates it; a database from a newer server is refused. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const db = await openEngine(options);
  try {
    const upTo = options.upToVersion;
    await migrate(db, upTo === undefined ? migrations : migrations.filter((m) => m.version <= upTo));
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

function openEngine({ url, dataDir, memory, schema }: OpenDatabaseOptions): Promise<Database> {
  const withSchema = schema === undefined ? {} : { schema };
  if (url !== undefined) return openPostgres({ url, ...withSchema });
  if (memory === true) return openPglite(withSchema);
  if (dataDir === undefined) {
    throw new Error('openDatabase needs a PostgreSQL url, a PGlite dataDir or memory: true');
  }
  return openPglite({ dataDir, ...withSchema });
}
