import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database, DatabaseKind } from '../db/database';
import { openDatabase } from '../db/open';
import { quoteIdent } from '../db/quote';

export const testPostgresUrl =
  process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/test';

export type TestDatabase = { db: Database; dispose(): Promise<void> };
export type TestEngine = {
  kind: DatabaseKind;
  /** A fresh database, migrated to the latest version or no further than `upToVersion`. */
  open(upToVersion?: number): Promise<TestDatabase>;
};

/** A fresh schema name per opened database, so parallel test files never see each other. */
export function randomSchemaName(): string {
  return `bp_test_${randomBytes(6).toString('hex')}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}

function versionLimit(upToVersion: number | undefined): { upToVersion?: number } {
  return upToVersion === undefined ? {} : { upToVersion };
}

const pglite: TestEngine = {
  kind: 'pglite',
  async open(upToVersion) {
    const db = await openDatabase({ memory: true, ...versionLimit(upToVersion) });
    return { db, dispose: () => db.close() };
  },
};

const postgres: TestEngine = {
  kind: 'postgres',
  async open(upToVersion) {
    const schema = randomSchemaName();
    let db: Database;
    try {
      db = await openDatabase({ url: testPostgresUrl, schema, ...versionLimit(upToVersion) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `PostgreSQL tests cannot reach ${testPostgresUrl} (${reason}). Start PostgreSQL, point ` +
          'TEST_DATABASE_URL at one, or set BORDER_POST_SKIP_POSTGRES=1 to test on PGlite only.',
        { cause: error },
      );
    }
    return {
      db,
      async dispose() {
        await db.close();
        await dropSchema(schema);
      },
    };
  },
};

let skipNoticeShown = false;

/**
 * Every engine the server supports, for `describe.each(testDatabases())('$kind', …)`.
 * PostgreSQL is left out only on explicit request, and then the run says so.
 */
export function testDatabases(): TestEngine[] {
  if (process.env['BORDER_POST_SKIP_POSTGRES'] === '1') {
    if (!skipNoticeShown) {
      console.warn('BORDER_POST_SKIP_POSTGRES=1: PostgreSQL tests are skipped; only PGlite is tested.');
      skipNoticeShown = true;
    }
    return [pglite];
  }
  return [pglite, postgres];
}
