// `npm run test:chaos -- --seeds N --seed-start S [--workers W] [playwright args]`: runs the chaos
// suite (test/chaos) over seeds S..S+N-1 and ends with `chaos: <seeds> seeds, <violations> violations`.
// Defaults: 3 seeds from 1, one worker. Each seed is independent (its own server, proxy and
// browser profiles), so several workers may run seeds side by side.
import { spawnSync } from 'node:child_process';

const options = { seeds: '3', 'seed-start': '1', workers: '1' };
const rest = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 1) {
  const name = args[i].replace(/^--/, '');
  if (args[i].startsWith('--') && name in options) {
    const value = args[i + 1];
    if (value === undefined || !/^\d+$/.test(value) || (name !== 'seed-start' && Number(value) < 1)) {
      console.error(`--${name} needs a whole number${name === 'seed-start' ? '' : ' of at least 1'}`);
      process.exit(2);
    }
    options[name] = value;
    i += 1;
  } else rest.push(args[i]);
}

const result = spawnSync(
  'npx',
  [
    'playwright',
    'test',
    '--config',
    'test/chaos/playwright.config.ts',
    '--workers',
    options.workers,
    ...rest,
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, CHAOS_SEEDS: options.seeds, CHAOS_SEED_START: options['seed-start'] },
  },
);
process.exit(result.status ?? 1);
