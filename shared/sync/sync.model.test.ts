import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQuiescent, quiesce } from './testing/invariants';
import { modelCommands } from './testing/model-commands';
import { createModelEnv } from './testing/model-env';

// The sync core against the reference server, under crashes, outages, lost and repeated answers,
// late pages, clock jumps, quota errors and server restores. On failure fast-check reports the
// seed, the path and the shrunk commands with their replayPath; replay one failure with
// SYNC_MODEL_SEED=<seed> SYNC_MODEL_PATH=<path> SYNC_MODEL_REPLAY=<replayPath> npx vitest run shared/sync.
const RUNS = Number(process.env['SYNC_MODEL_RUNS'] ?? 2000);
const seedFromEnv = process.env['SYNC_MODEL_SEED'];
const pathFromEnv = process.env['SYNC_MODEL_PATH'];
const replayPath = process.env['SYNC_MODEL_REPLAY'];

describe('sync core model', () => {
  it('keeps every decision exactly once and converges on the server state', async () => {
    const property = fc.asyncProperty(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.commands(modelCommands, {
        maxCommands: 60,
        size: 'max',
        ...(replayPath === undefined ? {} : { replayPath }),
      }),
      async (seed, commands) => {
        const env = createModelEnv(seed);
        await env.engine.recover();
        // The post has synced once before the scenario starts, as it does when first set up.
        await quiesce(env);
        await fc.asyncModelRun(() => ({ model: {}, real: env }), commands);
        await quiesce(env);
        await checkQuiescent(env);
      },
    );
    const details = await fc.check(property, {
      numRuns: RUNS,
      ...(seedFromEnv === undefined ? {} : { seed: Number(seedFromEnv) }),
      ...(pathFromEnv === undefined ? {} : { path: pathFromEnv }),
    });
    if (details.failed) {
      // Printed in full so that the run can be replayed: seed, path and the shrunk commands.
      console.error(fc.defaultReportMessage(details), details.errorInstance);
    }
    expect(details.failed, `seed=${details.seed} path=${details.counterexamplePath ?? ''}`).toBe(false);
  }, 120_000);
});
