// `npm run seed`: generates demo data and stores it in the server's database.
import type { Declaration } from '@shared/domain';
import { openDatabase } from '../db/open';
import { hasAnyPost, insertSeedData } from '../store/seed';
import { parseSeedCliOptions, seedUsage } from './cli-options';
import { generateDemoData } from './generate';
import { deleteDemoData } from '../store/demo-reset';

const PROGRESS_EVERY = 10_000;

/** Passes declarations through, reporting every 10,000 as the store consumes them. */
function* withProgress(
  declarations: Iterable<Declaration>,
  total: number,
  started: number,
): Generator<Declaration> {
  let done = 0;
  for (const declaration of declarations) {
    yield declaration;
    done++;
    if (done % PROGRESS_EVERY === 0) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} declarations (${seconds} s)`,
      );
    }
  }
}

async function main(): Promise<number> {
  const parsed = parseSeedCliOptions(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    console.error(`${parsed.error}\n\n${seedUsage}`);
    return 2;
  }
  if (parsed.value === 'help') {
    console.log(seedUsage);
    return 0;
  }
  const options = parsed.value;
  const target =
    options.databaseUrl === undefined ? `PGlite at ${options.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  const db = await openDatabase(
    options.databaseUrl === undefined ? { dataDir: options.dataDir } : { url: options.databaseUrl },
  );
  try {
    if (options.reset) {
      const removed = await deleteDemoData(db);
      console.log(
        `Deleted ${removed.declarations.toLocaleString('en')} demo declarations and the demo posts and officers.`,
      );
    } else if (await hasAnyPost(db)) {
      console.error(`${target} already holds data. Run again with --reset to replace the demo data.`);
      return 1;
    }
    const started = performance.now();
    console.log(
      `Seeding ${target}: ${options.count.toLocaleString('en')} declarations, seed ${options.seed}`,
    );
    const data = generateDemoData({ seed: options.seed, count: options.count });
    const counts = await insertSeedData(db, {
      ...data,
      declarations: withProgress(data.declarations, options.count, started),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Done in ${seconds} s: ${counts.posts} posts, ${counts.officers} officers, ` +
        `${counts.declarations.toLocaleString('en')} declarations (demo data).`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
