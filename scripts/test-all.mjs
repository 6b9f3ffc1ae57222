// Runs every test suite and ends with one line "N passed, N failed" summed over the suites.
// The suites: vitest (shared, main, renderer, server on PGlite and PostgreSQL, tooling), the
// Playwright browser end-to-end suite in Chromium, the Playwright _electron smoke suite (which
// skips with a printed reason where the Electron binary is absent), and a bounded chaos run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium, ensurePostgres } from './prerequisites.mjs';

const resultsDir = 'test-results/summary';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

/** Runs a command with inherited output; returns its exit status. */
function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const suites = [];

function record(name, status, counts) {
  // A suite that failed without writing its report still counts as one failure, never as zero.
  const failed = counts ? counts.failed : 0;
  const broken = status !== 0 && failed === 0 ? 1 : 0;
  suites.push({ name, passed: counts?.passed ?? 0, failed: failed + broken, skipped: counts?.skipped ?? 0 });
}

ensurePostgres();
const vitestJson = `${resultsDir}/vitest.json`;
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const vitest = readJson(vitestJson);
record(
  'vitest',
  vitestStatus,
  vitest && {
    passed: vitest.numPassedTests,
    failed: vitest.numFailedTests,
    skipped: vitest.numPendingTests + vitest.numTodoTests,
  },
);

ensureChromium();
// Always rebuild: the browser suites must test the renderer as it is now, never a stale build.
if (run('npm', ['run', '-s', 'build:renderer']) !== 0) record('renderer build', 1, null);

// The chaos suite's bounded run: a few seeds of every act (test/chaos); `npm run test:chaos --
// --seeds N` runs more. Its own line `chaos: <seeds> seeds, <violations> violations` is printed too.
const CHAOS_SEEDS = process.env.CHAOS_SEEDS ?? '2';
for (const [name, config, env] of [
  ['browser e2e', 'test/e2e/playwright.config.ts', {}],
  ['electron smoke', 'test/electron/playwright.config.ts', {}],
  ['chaos', 'test/chaos/playwright.config.ts', { CHAOS_SEEDS, CHAOS_SEED_START: '1' }],
]) {
  const json = path.resolve(resultsDir, `${name.replace(/\W+/g, '-')}.json`);
  const reporters = name === 'chaos' ? 'list,json,./test/chaos/summary-reporter.ts' : 'list,json';
  const workers = name === 'chaos' ? ['--workers', '2'] : [];
  const status = run(
    'npx',
    ['playwright', 'test', '--config', config, `--reporter=${reporters}`, ...workers],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: json,
      ...env,
    },
  );
  const report = readJson(json);
  record(
    name,
    status,
    report && {
      passed: report.stats.expected + report.stats.flaky,
      failed: report.stats.unexpected,
      skipped: report.stats.skipped,
    },
  );
}

console.log('\nSuites:');
for (const s of suites)
  console.log(`  ${s.name}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
const sum = (key) => suites.reduce((total, s) => total + s[key], 0);
console.log(`\n${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`);
process.exit(sum('failed') === 0 ? 0 : 1);
