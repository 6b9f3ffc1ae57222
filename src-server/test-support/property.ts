import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Runs a fast-check property `runs` times, or as `<PREFIX>_RUNS` says. On failure it prints the
 * whole report (seed, path, the shrunk counterexample) and fails the test; the run replays with
 * `<PREFIX>_SEED=<seed> <PREFIX>_PATH=<path>`.
 */
export async function checkProperty<Ts>(
  property: fc.IAsyncPropertyWithHooks<Ts>,
  { prefix, runs }: { prefix: string; runs: number },
): Promise<void> {
  const env = (name: string) => process.env[`${prefix}_${name}`];
  const seed = env('SEED');
  const path = env('PATH');
  const details = await fc.check(property, {
    numRuns: Number(env('RUNS') ?? runs),
    ...(seed === undefined ? {} : { seed: Number(seed) }),
    ...(path === undefined ? {} : { path }),
  });
  if (details.failed) console.error(fc.defaultReportMessage(details), details.errorInstance);
  expect(
    details.failed,
    `${prefix}_SEED=${details.seed} ${prefix}_PATH=${details.counterexamplePath ?? ''}`,
  ).toBe(false);
}
