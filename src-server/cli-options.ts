import { parseArgs } from 'node:util';
import { SESSION_LIFETIME_MS } from './auth/tokens';
import { integerOption } from './cli-args';
import { parseCorsOrigin } from './http/cors';
import type { Result } from '@shared/util/result';

export type CliOptions = {
  port: number;
  host: string;
  /** PostgreSQL connection string from DATABASE_URL; wins over the PGlite options. */
  databaseUrl: string | undefined;
  dataDir: string;
  memory: boolean;
  staticDir: string | undefined;
  /** Exact browser origins; undefined keeps the defaults (app://bundle and the server's own). */
  corsOrigins: string[] | undefined;
  /** Absolute lifetime of a sign-in, in hours. */
  sessionHours: number;
  seedIfEmpty: boolean;
  seedCount: number;
  seed: number;
};

const DEFAULT_SESSION_HOURS = SESSION_LIFETIME_MS / (60 * 60_000);

export const usage = `Usage: tsx src-server/cli.ts [options]

  --port <n>          port to listen on (default 4010; 0 picks a free one)
  --host <addr>       address to bind (default 127.0.0.1, loopback only)
  --data-dir <dir>    PGlite data directory (default .data/server)
  --memory            keep the PGlite database in memory (lost on exit)
  --static <dir>      also serve the built renderer from <dir> at /
  --cors-origin <o>   allow this exact browser origin, e.g. http://localhost:5173 for a Vite
                      dev server (repeatable; replaces app://bundle; the server's own origin
                      is always allowed)
  --session-hours <n> a sign-in ends after n hours, however often refreshed (default ${DEFAULT_SESSION_HOURS})
  --seed-if-empty     generate demo data when the database has no post, and publish the
                      reference packs of assets/data (again whenever those files change)
  --seed-count <n>    declarations to generate (default 300)
  --seed <n>          random seed for the demo data (default 1)
  --help              show this message

DATABASE_URL=postgresql://... selects PostgreSQL instead of the embedded PGlite.
BORDER_POST_CORS_ORIGINS=<o>,<o> sets the allowed origins when no --cors-origin is given.`;

/** Parses argv (without node and script) and the environment; `help` asks for the usage text. */
export function parseCliOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Result<CliOptions | 'help', string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        'data-dir': { type: 'string', default: '.data/server' },
        memory: { type: 'boolean', default: false },
        static: { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        'session-hours': { type: 'string', default: String(DEFAULT_SESSION_HOURS) },
        'seed-if-empty': { type: 'boolean', default: false },
        'seed-count': { type: 'string', default: '300' },
        seed: { type: 'string', default: '1' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (parsed.help) return { ok: true, value: 'help' };
  const port = integerOption(parsed.port, 'port', 0, 65_535);
  if (!port.ok) return port;
  const seedCount = integerOption(parsed['seed-count'], 'seed-count', 0, 10_000_000);
  if (!seedCount.ok) return seedCount;
  const seed = integerOption(parsed.seed, 'seed', 0, 2 ** 31 - 1);
  if (!seed.ok) return seed;
  const sessionHours = integerOption(parsed['session-hours'], 'session-hours', 1, 24 * 30);
  if (!sessionHours.ok) return sessionHours;
  if (parsed.host.length === 0) return { ok: false, error: '--host must not be empty' };
  const corsOrigins = corsOriginsFrom(parsed['cors-origin'], env['BORDER_POST_CORS_ORIGINS']);
  if (!corsOrigins.ok) return corsOrigins;
  const databaseUrl = env['DATABASE_URL'] === '' ? undefined : env['DATABASE_URL'];
  return {
    ok: true,
    value: {
      port: port.value,
      host: parsed.host,
      databaseUrl,
      dataDir: parsed['data-dir'],
      memory: parsed.memory,
      staticDir: parsed.static,
      corsOrigins: corsOrigins.value,
      sessionHours: sessionHours.value,
      seedIfEmpty: parsed['seed-if-empty'],
      seedCount: seedCount.value,
      seed: seed.value,
    },
  };
}

/** The flags win over the environment; each origin must be exact. */
function corsOriginsFrom(
  flags: string[] | undefined,
  fromEnv: string | undefined,
): Result<string[] | undefined, string> {
  const raw = flags ?? (fromEnv === undefined || fromEnv === '' ? undefined : fromEnv.split(','));
  if (raw === undefined) return { ok: true, value: undefined };
  const origins: string[] = [];
  for (const entry of raw) {
    const origin = parseCorsOrigin(entry);
    if (!origin.ok) return { ok: false, error: `--cors-origin: ${origin.error}` };
    origins.push(origin.value);
  }
  return { ok: true, value: origins };
}
