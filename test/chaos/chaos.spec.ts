// Seeded chaos runs (issue 4, item 4): two officers in Chromium, each on a device clock that is
// off by up to ten years either way, work through a fault-injecting proxy while the scripted acts
// (acts.ts) happen; then faults stop, everything drains, and the invariants are checked against the
// server. A failing run prints its seed; replay it with `npm run test:chaos -- --seed-start <seed>
// --seeds 1`.
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  amendedAfterCaching,
  backup,
  bothOfflineSameDeclaration,
  closedMidPush,
  concurrentDuplicatePush,
  fortyDaysOffline,
  killedMidPageApply,
  poisonDecision,
  randomSteps,
  restoreFromBackup,
  staleDecision,
} from './acts';
import { launchOfficer, openApp } from './browser';
import { checkInvariants } from './invariants';
import { createPrng } from './prng';
import { startChaosProxy } from './proxy';
import { RESULTS_FILE } from './results-file';
import { DAY_MS, YEAR_MS, admin, readPost, snapshot, type Run } from './run';
import { startChaosServer } from './server';

const SEEDS = Number(process.env['CHAOS_SEEDS'] ?? '3');
const SEED_START = Number(process.env['CHAOS_SEED_START'] ?? '1');
const SEED_COUNT = 360;
const FAULT_RATE = 0.35;
const RANDOM_STEPS = 5;
const SKEWS = [0, DAY_MS, -DAY_MS, 10 * YEAR_MS, -10 * YEAR_MS];

for (let seed = SEED_START; seed < SEED_START + SEEDS; seed += 1) {
  test(`chaos seed ${seed}`, async () => {
    const started = Date.now();
    const prng = createPrng(seed);
    const log = (line: string): void =>
      console.log(`chaos seed=${seed} +${((Date.now() - started) / 1000).toFixed(1)}s ${line}`);
    const server = await startChaosServer(SEED_COUNT);
    const proxy = await startChaosProxy({
      upstream: server.api,
      seed,
      log: (line) => console.log(line),
      expireAuth: async () => void (await admin(server, '/clock', { advanceMs: 16 * 60_000 })),
    });
    const dirs: string[] = [];
    let run: Run | null = null;
    let violations: string[] = [];
    try {
      const post = await readPost(server);
      const first = post.officers.find((officer) => officer.role === 'officer');
      const second = post.officers.find((officer) => officer.role === 'supervisor');
      if (!first || !second) throw new Error(`post ${post.id} lacks an officer and a supervisor`);
      const declarations = await snapshot(server, post);
      const fresh = prng.shuffle(declarations.filter((declaration) => declaration.status === 'selected'));
      if (fresh.length < RANDOM_STEPS + 13) throw new Error(`only ${fresh.length} selected declarations`);
      run = {
        seed,
        prng,
        log,
        server,
        proxy,
        post,
        declarations,
        officers: [],
        expectations: { saved: new Map(), conflicts: [] },
        fresh,
        problems: [],
      };
      const skews = [prng.pick(SKEWS), prng.pick(SKEWS)];
      // Both devices start side by side, as they would at a post.
      run.officers = await Promise.all(
        [first, second].map(async (officer, index) => {
          const dir = mkdtempSync(join(tmpdir(), 'border-post-chaos-'));
          dirs.push(dir);
          const skew = skews[index] ?? 0;
          const session = await launchOfficer(dir, officer.username, officer.id, skew);
          log(`${officer.username}'s device clock is off by ${skew} ms`);
          await openApp(session.page, proxy.url, declarations.length, officer.username);
          return session;
        }),
      );

      await amendedAfterCaching(run);
      await bothOfflineSameDeclaration(run);
      await backup(run);
      await randomSteps(run, RANDOM_STEPS, FAULT_RATE);
      await poisonDecision(run, FAULT_RATE);
      await restoreFromBackup(run);
      // After the restore: re-pushes in arbitrary order across devices could otherwise change
      // which of two officers' decisions the server saw first.
      await staleDecision(run);
      await concurrentDuplicatePush(run, FAULT_RATE);
      await closedMidPush(run);
      await killedMidPageApply(run);
      await fortyDaysOffline(run);

      // Faults off, everyone online: everything must drain.
      proxy.setFaultRate(0);
      for (const officer of run.officers) await officer.context.setOffline(false);
      const current = run;
      violations = current.problems;
      violations.push(
        ...(await checkInvariants({
          officers: current.officers,
          admin: server.admin,
          postId: post.id,
          proxyUrl: proxy.url,
          total: declarations.length,
          expectations: current.expectations,
          snapshot: () => snapshot(server, post),
          log,
        })),
      );
    } catch (error) {
      violations.push(
        `scenario failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
      throw error;
    } finally {
      log(`${proxy.faults().length} faults injected, ${Math.round((Date.now() - started) / 1000)} s`);
      appendFileSync(RESULTS_FILE, `${JSON.stringify({ seed, violations })}\n`);
      for (const officer of run?.officers ?? []) await officer.context.close().catch(() => undefined);
      await proxy.close();
      await server.stop();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
    if (violations.length > 0) console.log(`chaos seed=${seed} FAILED:\n  ${violations.join('\n  ')}`);
    expect(violations, `chaos seed ${seed}`).toEqual([]);
  });
}
