// Checks for the two things a test run needs outside node_modules: PostgreSQL on 127.0.0.1:5432
// (the server suite runs on it as well as on embedded PGlite) and Debian's Chromium (the browser
// suite runs the renderer in it). Each says exactly what is missing and how to get it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  console.error(
    `Chromium is not at ${CHROMIUM}: the browser tests need it. Install it with ` +
      '`apt-get install -y chromium` (or set CHROMIUM_PATH).',
  );
  process.exit(1);
}

function postgresAnswers() {
  const url = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
  return spawnSync('psql', [url, '-qtAc', 'select 1'], { encoding: 'utf8' }).stdout?.trim() === '1';
}

export function ensurePostgres() {
  if (process.env.BORDER_POST_SKIP_POSTGRES === '1' || postgresAnswers()) return;
  // On this project's machines PostgreSQL is installed but may have stopped; start it if we can.
  if (existsSync('/etc/postgresql')) {
    for (const version of readdirSync('/etc/postgresql')) {
      spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], {
        stdio: 'inherit',
      });
    }
  }
  if (postgresAnswers()) return;
  console.error(
    'PostgreSQL does not answer on 127.0.0.1:5432 (database "test"): the server suite runs on it as well as ' +
      'on PGlite. Start it, point TEST_DATABASE_URL at another one, or set BORDER_POST_SKIP_POSTGRES=1 to run ' +
      'the server suite on PGlite only.',
  );
  process.exit(1);
}
