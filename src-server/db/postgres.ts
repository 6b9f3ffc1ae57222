import pg from 'pg';
import type { Database, Queryable } from './database';
import { quoteIdent } from './quote';

type Client = pg.Pool | pg.PoolClient;

function wrap(client: Client): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await client.query(sql, [...params]);
      // The driver types rows as `any`; the caller states the row shape it selected.
      const rows: T[] = result.rows;
      return rows;
    },
    async exec(sql: string): Promise<void> {
      // Without parameters `pg` uses the simple query protocol, which accepts several statements.
      await client.query(sql);
    },
  };
}

/**
 * PostgreSQL through a `pg` pool, for real deployments (stateless API nodes behind a load
 * balancer). `schema` isolates a test file: it is created if missing and every pooled
 * connection starts with it as its search_path.
 */
export async function openPostgres(options: { url: string; schema?: string }): Promise<Database> {
  if (options.schema !== undefined) {
    const setup = new pg.Client({ connectionString: options.url });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${quoteIdent(options.schema)}` }),
  });
  // An idle client that loses its connection emits 'error'; without a listener the process dies.
  pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
  // Fail at startup, not on the first request, when the server is unreachable.
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is discarded rather than returned to the pool.
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
