import { parseArgs } from 'node:util';
import { integerOption } from '../cli-args';
import type { Result } from '@shared/util/result';

export type SeedCliOptions = {
  count: number;
  seed: number;
  /** PostgreSQL connection string (--database-url or DATABASE_URL); wins over --data-dir. */
  databaseUrl: string | undefined;
  dataDir: string;
  reset: boolean;
};

export const seedUsage = `Usage: npm run seed -- [options]

  --count <n>           declarations to generate (default 300)
  --seed <n>            random seed; the same seed gives the same data (default 1)
  --data-dir <dir>      PGlite data directory (default .data/server, as the server)
  --database-url <url>  PostgreSQL instead of PGlite (or set DATABASE_URL)
  --reset               delete the existing demo data first
  --help                show this message`;

/** Parses argv (without node and script) and the environment; `help` asks for the usage text. */
export function parseSeedCliOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Result<SeedCliOptions | 'help', string> {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        count: { type: 'string', default: '300' },
        seed: { type: 'string', default: '1' },
        'data-dir': { type: 'string' },
        'database-url': { type: 'string' },
        reset: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { ok: true, value: 'help' };
  const count = integerOption(values.count, 'count', 0, 10_000_000);
  if (!count.ok) return count;
  const seed = integerOption(values.seed, 'seed', 0, 2 ** 31 - 1);
  if (!seed.ok) return seed;
  const envUrl = env['DATABASE_URL'] === '' ? undefined : env['DATABASE_URL'];
  const databaseUrl = values['database-url'] ?? envUrl;
  if (databaseUrl !== undefined && values['data-dir'] !== undefined) {
    return {
      ok: false,
      error: '--data-dir is for PGlite; it cannot be combined with a PostgreSQL database URL',
    };
  }
  if (values['data-dir'] === '') return { ok: false, error: '--data-dir must not be empty' };
  return {
    ok: true,
    value: {
      count: count.value,
      seed: seed.value,
      databaseUrl,
      dataDir: values['data-dir'] ?? '.data/server',
      reset: values.reset,
    },
  };
}
