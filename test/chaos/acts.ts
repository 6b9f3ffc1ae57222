// The scripted acts of a chaos run (issue 4, item 4). Each one puts the devices and the server
// into a situation the sync protocol must survive; the invariants are checked once, at the end.
import type { Declaration } from '../../shared/domain';
import {
  ensureSignedIn,
  jumpClockBack,
  readOutbox,
  waitForSignedOut,
  type Officer,
  type OutboxRow,
} from './browser';
import { DAY_MS, YEAR_MS, admin, decideAndRecord, reopen, takeFresh, type Run } from './run';

const LANES = ['GREEN', 'YELLOW', 'RED', 'BLUE'] as const;
const otherLane = (declaration: Declaration): (typeof LANES)[number] =>
  LANES.find((lane) => lane !== declaration.lane) ?? 'RED';

const other = (run: Run, officer: Officer): Officer => {
  const found = run.officers.find((candidate) => candidate !== officer);
  if (!found) throw new Error('a run needs two officers');
  return found;
};

/**
 * The declarant amends a declaration after the device cached it; the officer decides on the old
 * version offline. It must come back AMENDED_SINCE_VIEWED and land in Needs attention.
 */
export async function amendedAfterCaching(run: Run): Promise<void> {
  const [a] = run.officers as [Officer];
  const declaration = takeFresh(run);
  await a.context.setOffline(true);
  await admin(run.server, '/amend', { id: declaration.id, patch: { lane: otherLane(declaration) } });
  await decideAndRecord(run, a, declaration, 'release');
  run.expectations.conflicts.push({
    officerId: a.id,
    declarationId: declaration.id,
    reason: 'AMENDED_SINCE_VIEWED',
  });
  run.log(`amended ${declaration.id} centrally, then ${a.username} released it offline`);
}

/** Two officers release the same declaration while both are offline: one final decision wins. */
export async function bothOfflineSameDeclaration(run: Run): Promise<void> {
  const [a, b] = run.officers as [Officer, Officer];
  const declaration = takeFresh(run);
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await decideAndRecord(run, a, declaration, 'release');
  await decideAndRecord(run, b, declaration, 'release');
  run.expectations.sharedFinal = declaration.id;
  run.log(`${a.username} and ${b.username} both released ${declaration.id} offline`);
  await a.context.setOffline(false);
  await b.context.setOffline(false);
}

/**
 * A decision made on a version another officer has since decided on (issue 8): B orders an
 * inspection online, which raises the lane to RED; A, offline with the old version cached,
 * releases. The release must come back DECIDED_SINCE_VIEWED, never let the goods go.
 */
export async function staleDecision(run: Run): Promise<void> {
  const a = run.prng.pick(run.officers);
  const b = other(run, a);
  const declaration = takeFresh(run);
  run.proxy.setFaultRate(0);
  await a.context.setOffline(true);
  await b.context.setOffline(false);
  // Restarted so its backoff starts from one second: earlier faults may have stretched it to a
  // minute, longer than this act waits for the inspection to reach the server.
  await b.page.reload();
  await ensureSignedIn(b.page, b.username);
  await decideAndRecord(run, b, declaration, 'inspect');
  const applied = await waitForRow(b, declaration.id, (row) => row.state === 'applied');
  await decideAndRecord(run, a, declaration, 'release');
  if (applied) {
    run.expectations.conflicts.push({
      officerId: a.id,
      declarationId: declaration.id,
      reason: 'DECIDED_SINCE_VIEWED',
    });
  } else run.problems.push(`${b.username}'s inspection of ${declaration.id} was not applied within 30 s`);
  run.log(`${b.username} ordered an inspection of ${declaration.id}; ${a.username} released it offline`);
  await a.context.setOffline(false);
}

/**
 * One push reaches the server four times at once (the proxy's `concurrent-duplicate`): the
 * decision must take effect exactly once, which the final invariants check.
 */
export async function concurrentDuplicatePush(run: Run, faultRate: number): Promise<void> {
  const a = run.prng.pick(run.officers);
  const declaration = takeFresh(run);
  run.proxy.setFaultRate(0);
  await a.context.setOffline(false);
  await a.page.reload();
  await ensureSignedIn(a.page, a.username);
  run.proxy.forceNextPush('concurrent-duplicate');
  await decideAndRecord(run, a, declaration, 'release');
  const settled = await waitForRow(a, declaration.id, (row) => row.state === 'applied');
  run.log(`${a.username}'s release of ${declaration.id} pushed four times at once (settled: ${settled})`);
  run.proxy.setFaultRate(faultRate);
}

/** Nudges the officer's sync until their outbox row for the declaration matches, up to 30 s. */
async function waitForRow(
  officer: Officer,
  declarationId: string,
  matches: (row: OutboxRow) => boolean,
): Promise<boolean> {
  for (let tries = 0; tries < 30; tries += 1) {
    const row = (await readOutbox(officer.page)).find(
      (candidate) => candidate.officerId === officer.id && candidate.declarationId === declarationId,
    );
    if (row !== undefined && matches(row)) return true;
    await officer.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await officer.page.waitForTimeout(1_000);
  }
  return false;
}

/** Operations take a cold backup; the restore act later brings the server back to it. */
export async function backup(run: Run): Promise<void> {
  await admin(run.server, '/backup');
  run.log('server backed up (cold: the API was down for the copy)');
}

/**
 * Random decisions while the network toggles and the proxy injects faults; once, the server's
 * clock passes the access token's expiry just before a sync call (auth expiry mid-sync); now and
 * then a device clock jumps back by five minutes, a day or ten years.
 */
export async function randomSteps(run: Run, steps: number, faultRate: number): Promise<void> {
  const { prng, proxy } = run;
  proxy.setFaultRate(faultRate);
  const expireAt = prng.int(0, steps - 1);
  for (let step = 0; step < steps; step += 1) {
    const officer = prng.pick(run.officers);
    if (prng.chance(0.4)) {
      const offline = prng.chance(0.5);
      await officer.context.setOffline(offline);
      run.log(`step ${step}: ${officer.username} ${offline ? 'offline' : 'online'}`);
    }
    if (prng.chance(0.25)) {
      const back = prng.pick([5 * 60_000, DAY_MS, 10 * YEAR_MS]);
      await jumpClockBack(officer, back);
      run.log(`step ${step}: ${officer.username}'s clock jumps back ${back} ms`);
    }
    if (step === expireAt) {
      proxy.forceNextSync('expire-auth');
      run.log(`step ${step}: access tokens expire at the next sync call`);
    }
    const declaration = takeFresh(run);
    const kind = prng.pick(['release', 'hold', 'inspect'] as const);
    await decideAndRecord(run, officer, declaration, kind);
    run.log(`step ${step}: ${officer.username} ${kind} ${declaration.id}`);
    await officer.page.waitForTimeout(prng.int(100, 1200));
  }
}

/**
 * A poison decision: the central API fails with a 500 on every push that carries it. The decision
 * behind it must still reach the server; the poison one must stay on the device and show once in
 * Needs attention as stuck. Once the server is fixed the officer presses Retry and it goes through
 * (the final invariants check it was applied exactly once).
 */
export async function poisonDecision(run: Run, faultRate: number): Promise<void> {
  const a = run.prng.pick(run.officers);
  const poison = takeFresh(run);
  const behind = takeFresh(run);
  // Random faults off, and the app restarted so its backoff starts from one second: earlier
  // faults would otherwise stretch the wait for three plain failures to minutes.
  run.proxy.setFaultRate(0);
  await a.context.setOffline(false);
  await a.page.reload();
  await ensureSignedIn(a.page, a.username);
  run.proxy.poison(poison.id);
  await decideAndRecord(run, a, poison, 'release');
  await decideAndRecord(run, a, behind, 'hold');
  run.log(`${a.username} released ${poison.id} (poison: every push of it fails) and held ${behind.id}`);
  const poisonRow = async () =>
    (await readOutbox(a.page)).find((row) => row.officerId === a.id && row.declarationId === poison.id);
  const behindState = async () =>
    (await readOutbox(a.page)).find((row) => row.officerId === a.id && row.declarationId === behind.id)
      ?.state;
  await a.page.evaluate(() => {
    window.location.hash = '#/attention';
  });
  const row = await poisonRow();
  const stuck = a.page.locator(
    `[data-testid="attention-item"][data-reason="stuck"][data-decision-id="${row?.decisionId}"]`,
  );
  let passed = false;
  for (let tries = 0; tries < 90 && !passed; tries += 1) {
    passed = (await stuck.count()) === 1 && (await behindState()) === 'applied';
    if (!passed) {
      await a.page.evaluate(() => window.dispatchEvent(new Event('focus')));
      await a.page.waitForTimeout(1_000);
    }
  }
  if (!passed) {
    run.problems.push(
      `${a.username}: with ${poison.id} poisoned, stuck shown ${await stuck.count()} times and the decision behind is ${await behindState()}`,
    );
  }
  run.proxy.poison(null);
  if ((await stuck.count()) === 1) await stuck.getByTestId('attention-retry').click();
  run.log(`poison cured; ${a.username} pressed Retry (stuck and passed by: ${passed})`);
  run.proxy.setFaultRate(faultRate);
}

/** Operations restore the backup: every decision and change since then is gone from the server. */
export async function restoreFromBackup(run: Run): Promise<void> {
  await admin(run.server, '/restore');
  run.log('server restored from the backup');
}

/**
 * The browser closes while a push is on the wire: the server commits, the answer is held until
 * the browser is gone. The reopened profile must still hold the decision and settle it. The other
 * officer stays offline so the forced fault meets this officer's push.
 */
export async function closedMidPush(run: Run): Promise<void> {
  const a = run.prng.pick(run.officers);
  const b = other(run, a);
  const declaration = takeFresh(run);
  await b.context.setOffline(true);
  await a.context.setOffline(false);
  run.proxy.forceNextPush('timeout-after-commit', 3_000);
  await decideAndRecord(run, a, declaration, 'release');
  for (let tries = 0; tries < 30 && !run.proxy.forcedPushArrived(); tries += 1) {
    await a.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await a.page.waitForTimeout(200);
  }
  run.log(
    run.proxy.forcedPushArrived() ? 'push on the wire' : 'push not started (backing off): closing anyway',
  );
  await a.context.close();
  run.log(`${a.username} closed the browser mid-push after releasing ${declaration.id}`);
  await reopen(run, a);
  await b.context.setOffline(false);
}

/**
 * The declarant amends every declaration nobody has decided, so the next pull is one large page
 * (or, after the restore, a snapshot page), and the renderer process is killed a few milliseconds
 * after the page reached it, while it is being applied. The page and its cursor are one transaction: after the restart the cache must converge
 * as if the page had been applied once or not at all.
 */
export async function killedMidPageApply(run: Run): Promise<void> {
  const a = run.prng.pick(run.officers);
  const b = other(run, a);
  const decided = new Set([...run.expectations.saved.values()].flat().map((saved) => saved.declarationId));
  const amendments = run.declarations
    .filter((declaration) => !decided.has(declaration.id))
    .map((declaration) => ({ id: declaration.id, patch: { lane: otherLane(declaration) } }));
  await b.context.setOffline(true);
  await a.context.setOffline(false);
  run.proxy.setFaultRate(0);
  const delivered = run.proxy.nextPullDelivered(Math.min(50, amendments.length));
  await admin(run.server, '/amend-many', { amendments });
  await a.page.evaluate(() => window.dispatchEvent(new Event('focus')));
  let changes = await Promise.race([delivered, a.page.waitForTimeout(15_000).then(() => 0)]);
  if (changes === 0) {
    // Still backing off from earlier faults: a restarted app pulls at once.
    await a.page.reload();
    changes = await Promise.race([delivered, a.page.waitForTimeout(20_000).then(() => 0)]);
  }
  const afterMs = run.prng.int(0, 40);
  await a.page.waitForTimeout(afterMs);
  await crashRenderer(a);
  run.log(
    changes > 0
      ? `${a.username}'s renderer killed ${afterMs} ms after a page of ${changes} arrived`
      : `${a.username}'s renderer killed without a large page seen (${amendments.length} amendments)`,
  );
  await reopen(run, a);
  await b.context.setOffline(false);
}

/**
 * Kills the page's renderer process, as a crash or the task manager would: no unload, and
 * IndexedDB aborts whatever transaction it had open. (Killing the whole browser instead leaves
 * Chromium's profile lock to a dying process, and the restart can hang on it.)
 */
async function crashRenderer(officer: Officer): Promise<void> {
  const crashed = new Promise<boolean>((resolve) => {
    officer.page.once('crash', () => resolve(true));
    setTimeout(() => resolve(false), 10_000);
  });
  const cdp = await officer.context.newCDPSession(officer.page);
  // Not awaited: the target dies before it could answer.
  void cdp.send('Page.crash').catch(() => undefined);
  if (!(await crashed)) throw new Error(`${officer.username}'s renderer did not crash within 10 s`);
}

/**
 * One officer works offline while the world moves on for forty days: the other officer decides,
 * the declarant amends, the server's clock passes the change-log retention (30 days) and the
 * refresh tokens' lifetime, and the log is pruned. Back online, the app must ask both officers to
 * sign in again without losing the outbox, and rebuild the away officer's cache from a snapshot
 * (410) rather than miss the pruned changes.
 */
export async function fortyDaysOffline(run: Run): Promise<void> {
  const away = run.prng.pick(run.officers);
  const stayed = other(run, away);
  await away.context.setOffline(true);
  await decideAndRecord(run, away, takeFresh(run), 'hold');
  await decideAndRecord(run, stayed, takeFresh(run), 'release');
  const amended = [takeFresh(run), takeFresh(run)];
  await admin(run.server, '/amend-many', {
    amendments: amended.map((declaration) => ({
      id: declaration.id,
      patch: { lane: otherLane(declaration) },
    })),
  });
  await admin(run.server, '/clock', { advanceMs: 40 * DAY_MS });
  const pruned = await admin<{ deleted: number }>(run.server, '/prune');
  run.log(`${away.username} offline for 40 days; ${pruned.deleted} change-log rows pruned`);
  await away.context.setOffline(false);
  for (const officer of run.officers) {
    const noticed = await waitForSignedOut(officer.page, 20_000);
    run.log(`${officer.username}: ${noticed ? 'asked to sign in again' : 'no sign-in asked yet: reloading'}`);
    if (!noticed) await officer.page.reload();
    await ensureSignedIn(officer.page, officer.username);
  }
}
