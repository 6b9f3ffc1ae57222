// The central API as a process: `npx tsx src-server/cli.ts --help`.
import type { FastifyInstance } from 'fastify';
import { buildServer } from './app';
import { parseCliOptions, usage, type CliOptions } from './cli-options';
import type { Database } from './db/database';
import { openDatabase } from './db/open';
import { loadDemoDataGenerator } from './seed-loader';
import { DEMO_PASSWORD } from './auth/password';
import { tokenKeyFrom } from './auth/tokens';
import { hasAnyPost, insertSeedData } from './store/seed';
import { publishReferencePacks } from './reference/publish';

async function seedIfEmpty(db: Database, options: CliOptions): Promise<void> {
  if (await hasAnyPost(db)) return;
  const generate = await loadDemoDataGenerator();
  if ('missing' in generate) {
    throw new Error(
      `--seed-if-empty: the demo data generator (src-server/seed/generate.ts) is not available: ${generate.missing}`,
    );
  }
  const started = Date.now();
  const counts = await insertSeedData(db, generate({ seed: options.seed, count: options.seedCount }));
  console.error(
    `Seeded ${counts.posts} posts, ${counts.officers} officers, ${counts.declarations} declarations ` +
      `in ${Date.now() - started} ms`,
  );
}

/** The demo's reference packs, from assets/data: re-imported only when those files changed. */
async function publishDemoReferencePacks(db: Database): Promise<void> {
  const started = Date.now();
  const packs = await publishReferencePacks(db);
  const rebuilt = packs.filter((pack) => pack.rebuilt);
  console.error(
    rebuilt.length === 0
      ? 'Reference packs unchanged'
      : `Published reference packs ${rebuilt.map((p) => `${p.jurisdiction}/${p.kind} v${p.version}`).join(', ')} ` +
          `in ${Date.now() - started} ms`,
  );
}

async function hasDemoOfficers(db: Database): Promise<boolean> {
  const rows = await db.query<{ found: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM officers WHERE demo AND password_hash IS NOT NULL) AS found',
  );
  return rows[0]?.found === true;
}

/** Closes the server (finishing in-flight requests) and then the database, so PGlite flushes. */
function closeOnSignals(app: FastifyInstance, db: Database): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) {
      console.error(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    closing = true;
    // Never hang forever on a stuck connection.
    setTimeout(() => process.exit(1), 10_000).unref();
    void (async () => {
      try {
        await app.close();
        await db.close();
        process.exit(0);
      } catch (error) {
        console.error('shutdown failed:', error);
        process.exit(1);
      }
    })();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

async function main(): Promise<void> {
  const parsed = parseCliOptions(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    console.error(`${parsed.error}\n\n${usage}`);
    process.exit(2);
  }
  if (parsed.value === 'help') {
    console.log(usage);
    return;
  }
  const options = parsed.value;
  const db = await openDatabase(
    options.databaseUrl !== undefined
      ? { url: options.databaseUrl }
      : options.memory
        ? { memory: true }
        : { dataDir: options.dataDir },
  );
  try {
    if (options.seedIfEmpty) await seedIfEmpty(db, options);
    const app = await buildServer({
      db,
      ...(options.staticDir === undefined ? {} : { staticDir: options.staticDir }),
      ...(options.corsOrigins === undefined ? {} : { corsOrigins: options.corsOrigins }),
      sessionLifetimeMs: options.sessionHours * 60 * 60_000,
      // Logs go to stderr: stdout carries only the listening line that scripts wait for.
      logger: { level: process.env['LOG_LEVEL'] ?? 'info', stream: process.stderr },
      // Without BORDER_POST_TOKEN_KEY a random key: access tokens do not survive a restart.
      tokenKey: tokenKeyFrom(process.env),
    });
    closeOnSignals(app, db);
    await app.listen({ port: options.port, host: options.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : options.port;
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    console.log(`Border Post central API listening on http://${host}:${port}`);
    // Demo data only: real officers' passwords are never printed, and there is none to print.
    if (await hasDemoOfficers(db)) console.log(`Demo officers sign in with the password "${DEMO_PASSWORD}"`);
    // In the background: importing the tariffs takes seconds, and the API serves without them;
    // devices poll the manifest until a tariff and rates appear in it.
    if (options.seedIfEmpty)
      void publishDemoReferencePacks(db).catch((error: unknown) =>
        console.error(
          'publishing the reference packs failed:',
          error instanceof Error ? error.message : error,
        ),
      );
  } catch (error) {
    await db.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
