import fc from 'fast-check';
import { DecisionKind } from '../../domain/decision';
import type { Declaration } from '../../domain/declaration';
import type { DecisionCommand } from '../../domain/decision';
import type { DecisionDetails } from '../../domain/decision-details';
import type { OfficerId } from '../../domain/ids';
import { isStuck, isUnsettled } from '../outbox';
import { mintDecisionId } from '../uuidv7';
import { seededRandom } from '../random';
import { CrashSignal } from './faulty-transport';
import { canSupersede } from '../commands';
import { declaration, OFFICER, OTHER_DEVICE, OTHER_OFFICER, SHIFT_OFFICER, THIS_DEVICE } from './fixtures';
import { checkAlways, showNeedsAttention } from './invariants';
import type { ModelEnv } from './model-env';
import { signIn } from './model-env';
import { progressKey } from './reference-server';
import { firstReasonCode } from '../../domain/reason-codes';

/** The model is the environment itself: the checks compare client and reference server directly. */
export type Model = Record<string, never>;
export type ModelCommand = fc.AsyncCommand<Model, ModelEnv>;

function command(name: string, run: (env: ModelEnv) => Promise<void>): ModelCommand {
  return {
    check: () => true,
    run: async (_model, env) => {
      await run(env);
      await checkAlways(env);
    },
    toString: () => name,
  };
}

const DAY = 24 * 60 * 60 * 1000;
const kind = DecisionKind;
const kindArb = fc.constantFrom(...kind.options);

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

/** The details a kind must carry, valid for the target: the model decides as the form would. */
function detailsFor(decisionKind: DecisionKind, target: Declaration, officerId: OfficerId): DecisionDetails {
  switch (decisionKind) {
    case 'assign':
      return { assignee: officerId };
    case 'request-correction':
      return { correctionFields: ['value'] };
    case 'reroute':
      return { lane: target.lane === 'RED' ? 'YELLOW' : 'RED' };
    case 'check-documents':
      return {
        documentChecks: target.documents.map(({ code, reference }) => ({ code, reference, state: 'seen' })),
      };
    default:
      return {};
  }
}

async function decide(
  env: ModelEnv,
  index: number,
  decisionKind: DecisionKind,
  withReason: boolean,
): Promise<void> {
  const target: Declaration | undefined = pick(env.store.cachedDeclarations(), index);
  if (target === undefined) return;
  const result = await env.engine.decide({
    declarationId: target.id,
    kind: decisionKind,
    officerId: env.transport.officerId,
    reasonCode: withReason ? firstReasonCode(decisionKind) : null,
    note: '',
    ...detailsFor(decisionKind, target, env.transport.officerId),
  });
  if (result.ok) env.saved.add(result.value.command.decisionId);
}

const decideCmd = fc
  .tuple(fc.nat(20), kindArb, fc.boolean())
  .map(([i, k, r]) => command(`decide(${i}, ${k}, reason=${r})`, (env) => decide(env, i, k, r)));

const redecideCmd = fc.tuple(kindArb, fc.boolean()).map(([k, escalate]) =>
  command(escalate ? 'escalate' : `redecide(${k})`, async (env) => {
    const { entries } = await env.store.readOutbox();
    const { officerId } = env.transport;
    const old = entries.find((e) => canSupersede(e, officerId, entries));
    if (old === undefined) return;
    const input = { officerId, reasonCode: firstReasonCode(escalate ? 'refer' : k), note: 're-decided' };
    const result = escalate
      ? await env.engine.escalate(old.command.decisionId, input)
      : await env.engine.redecide(old.command.decisionId, { ...input, kind: k });
    if (result.ok) env.saved.add(result.value.command.decisionId);
  }),
);

const quotaCmd = fc.tuple(fc.nat(20), kindArb).map(([i, k]) =>
  command(`quota-error-on-decide(${i}, ${k})`, async (env) => {
    const target = pick(env.store.cachedDeclarations(), i);
    if (target === undefined) return;
    const before = JSON.stringify(await env.store.readOutbox());
    env.store.failNextWrite({ kind: 'quota', message: 'QuotaExceededError' });
    const result = await env.engine.decide({
      declarationId: target.id,
      kind: k,
      officerId: env.transport.officerId,
      reasonCode: firstReasonCode(k),
      note: '',
      ...detailsFor(k, target, env.transport.officerId),
    });
    env.store.clearInjectedFailures();
    if (result.ok || result.error.code !== 'QUOTA_EXCEEDED')
      throw new Error('a decision was reported saved despite the quota error');
    if (JSON.stringify(await env.store.readOutbox()) !== before)
      throw new Error('a failed save left something written');
  }),
);

const syncCmd = fc.boolean().map((waitOut) =>
  command(`sync(waitOutBackoff=${waitOut})`, async (env) => {
    if (waitOut) env.clock.ms += env.engine.waitMs();
    await env.engine.syncOnce();
  }),
);

const amendCmd = fc.nat(20).map((i) =>
  command(`server-amend(${i})`, async (env) => {
    const target = pick([...env.server.view.declarations.keys()], i);
    if (target !== undefined) env.server.amend(target);
  }),
);

const withdrawCmd = fc.nat(20).map((i) =>
  command(`server-withdraw(${i})`, async (env) => {
    const target = pick([...env.server.view.declarations.keys()], i);
    if (target !== undefined) env.server.withdraw(target);
  }),
);

const registerCmd = fc.constant(
  command('server-register', async (env) => {
    env.server.register(declaration(`D${env.nextDeclaration}`, 'selected'));
    env.nextDeclaration += 1;
  }),
);

/**
 * A decision of the other officer, made elsewhere: another device, or a clone of this one. Their
 * device has its own random source: its seeds never meet this device's (0 to 1e6).
 */
function othersDecision(
  env: ModelEnv,
  made: Pick<DecisionCommand, 'deviceId' | 'seq' | 'declarationId' | 'baseVersion' | 'kind'>,
): DecisionCommand {
  env.otherSeq += 1;
  return {
    decisionId: mintDecisionId(null, env.clock.ms, seededRandom(2_000_003 + env.seed * 31 + env.otherSeq)),
    officerId: OTHER_OFFICER,
    reasonCode: firstReasonCode(made.kind),
    note: '',
    decidedAt: new Date(env.clock.ms).toISOString(),
    supersedes: null,
    ...made,
  };
}

const otherOfficerCmd = fc.tuple(fc.nat(20), kindArb, fc.boolean()).map(([i, k, stale]) =>
  command(`other-officer-decides(${i}, ${k}, stale=${stale})`, async (env) => {
    const target = pick([...env.server.view.declarations.values()], i);
    if (target === undefined) return;
    const other = othersDecision(env, {
      deviceId: OTHER_DEVICE,
      seq: env.otherSeq + 1,
      declarationId: target.id,
      baseVersion: stale && target.version > 1 ? target.version - 1 : target.version,
      kind: k,
    });
    // On a poisoned declaration the other officer's push fails too; they retry on their own.
    env.server.push({ deviceId: OTHER_DEVICE, decisions: [other] }, OTHER_OFFICER);
  }),
);

/**
 * Another officer signs in with this device's id from elsewhere (a cloned browser profile or disk
 * image) and pushes decisions whose seqs collide with this device's own: the next one, or one
 * already used. Their progress is their own: this device's officers' progress does not move.
 */
const clonedProfileCmd = fc.tuple(fc.nat(20), kindArb, fc.nat(3)).map(([i, k, back]) =>
  command(`cloned-profile-pushes(${i}, ${k}, seq=next-${back})`, async (env) => {
    const target = pick([...env.server.view.declarations.values()], i);
    if (target === undefined) return;
    const { lastSeq } = (await env.store.readOutbox()).meta;
    const clone = othersDecision(env, {
      deviceId: THIS_DEVICE,
      seq: Math.max(1, lastSeq + 1 - back),
      declarationId: target.id,
      baseVersion: target.version,
      kind: k,
    });
    const ours = () =>
      JSON.stringify(
        [...env.server.view.progress].filter(([key]) => key !== progressKey(THIS_DEVICE, OTHER_OFFICER)),
      );
    const before = ours();
    env.server.push({ deviceId: THIS_DEVICE, decisions: [clone] }, OTHER_OFFICER);
    if (ours() !== before) throw new Error("a cloned profile's push moved this device's officers' progress");
  }),
);

const crashCmd = fc.tuple(fc.nat(), fc.boolean()).map(([seed, midPush]) =>
  command(midPush ? 'crash-mid-push' : 'crash', async (env) => {
    if (midPush) {
      env.transport.pushFaults.push({ kind: 'crash-after-commit' });
      try {
        await env.engine.syncOnce();
      } catch (error) {
        if (!(error instanceof CrashSignal)) throw error;
      }
      env.transport.pushFaults = [];
    }
    // Seeds may repeat across crashes on purpose: ids must stay unique even then.
    await signIn(env, env.transport.officerId, seed % 4);
  }),
);

/**
 * A shared workstation: the other officer of this post signs in on this device (or the first one
 * again), and the runtime restarts with their session. What the one signed out left pending stays
 * on the device, and goes when they sign in here again.
 */
const shiftChangeCmd = fc
  .tuple(fc.constantFrom(OFFICER, SHIFT_OFFICER), fc.nat())
  .map(([officer, seed]) =>
    command(`officer-signs-in-on-this-device(${officer})`, (env) => signIn(env, officer, seed % 4)),
  );

const networkCmd = fc.boolean().map((up) =>
  command(up ? 'network-up' : 'network-down', async (env) => {
    env.transport.online = up;
  }),
);

const pushFaultCmd = fc
  .constantFrom(
    { kind: 'timeout-after-commit' } as const,
    { kind: 'replay-last-response' } as const,
    { kind: 'http', status: 503, retryAfterMs: 120_000 } as const,
    { kind: 'http', status: 500 } as const,
  )
  .map((fault) =>
    command(`push-fault(${JSON.stringify(fault)})`, async (env) => {
      env.transport.pushFaults.push(fault);
    }),
  );

const holdPageCmd = fc.constant(
  command('pull-and-hold-page', async (env) => {
    const cursor = await env.store.readCursor();
    if (cursor === null) return;
    const page = env.server.pull(cursor);
    if (page.ok) env.heldPages.push({ fromCursor: cursor, page: page.value });
  }),
);

const deliverHeldCmd = fc.constant(
  command('deliver-held-page-late', async (env) => {
    const held = env.heldPages.shift();
    if (held !== undefined) await env.engine.applyPulledPage(held.fromCursor, held.page);
  }),
);

const clockJumpCmd = fc.constantFrom(DAY, -DAY, 3650 * DAY, -3650 * DAY, -5 * 60 * 1000).map((delta) =>
  command(`clock-jump(${delta / DAY} days)`, async (env) => {
    env.clock.ms += delta;
  }),
);

const backupCmd = fc.constant(
  command('server-backup', async (env) => {
    env.backups.push(env.server.backup());
  }),
);

/** Restores backup `i` (modulo how many there are), if there is one. */
function restoreServer(env: ModelEnv, i: number): void {
  if (env.backups.length === 0) return;
  const index = i % env.backups.length;
  const backup = env.backups[index];
  if (backup === undefined) return;
  env.server.restore(backup);
  // Backups taken after the restored one belong to an abandoned timeline: operations never
  // restore "forward" into it (see README, "Server restore"), so the model does not either.
  env.backups = env.backups.slice(0, index + 1);
  for (const mark of env.compacted.values()) mark.restoredSince = true;
}

const restoreCmd = fc
  .nat(5)
  .map((i) => command(`server-restore(${i})`, async (env) => restoreServer(env, i)));

/** The restore lands between the device's check of the server and its next push. */
const restoreBeforePushCmd = fc.nat(5).map((i) =>
  command(`server-restore-before-next-push(${i})`, async (env) => {
    env.transport.pushFaults.push({ kind: 'restore-first', restore: () => restoreServer(env, i) });
  }),
);

const trimCmd = fc.nat(3).map((keep) =>
  command(`server-trim-log(keep=${keep})`, async (env) => {
    env.server.trimLog(keep);
  }),
);

const serverTimeCmd = fc.constantFrom(DAY, 40 * DAY).map((ms) =>
  command(`server-time-passes(${ms / DAY} days)`, async (env) => {
    env.server.advanceTime(ms);
  }),
);

const attentionCmd = fc.constant(command('officer-views-needs-attention', showNeedsAttention));

/** The server starts failing (500) on every new decision about one of the post's declarations. */
const poisonCmd = fc.nat(20).map((i) =>
  command(`server-poisoned-on(${i})`, async (env) => {
    const target = pick(env.store.cachedDeclarations(), i);
    if (target !== undefined) env.server.poison(target.id);
  }),
);

const cureCmd = fc.constant(
  command('server-cured', async (env) => {
    env.server.cure();
  }),
);

/** The officer presses Retry on a stuck decision: it is pending again, nothing is lost. */
const retryStuckCmd = fc.nat(5).map((i) =>
  command(`officer-retries-stuck(${i})`, async (env) => {
    const target = pick((await env.engine.needsAttention()).filter(isStuck), i);
    if (target === undefined) return;
    const id = target.command.decisionId;
    const retried = await env.engine.retryStuck(id);
    const after = (await env.store.readOutbox()).entries.find((e) => e.command.decisionId === id);
    if (!retried.ok || !retried.value || after === undefined || isStuck(after) || !isUnsettled(after))
      throw new Error(`retrying stuck ${id} did not make it pending again`);
  }),
);

/** Weighted so that decisions and syncs dominate and faults interleave with them. */
export const modelCommands = [
  { arbitrary: decideCmd, weight: 6 },
  { arbitrary: syncCmd, weight: 6 },
  { arbitrary: redecideCmd, weight: 2 },
  { arbitrary: quotaCmd, weight: 1 },
  { arbitrary: amendCmd, weight: 2 },
  { arbitrary: withdrawCmd, weight: 1 },
  { arbitrary: registerCmd, weight: 1 },
  { arbitrary: otherOfficerCmd, weight: 2 },
  { arbitrary: clonedProfileCmd, weight: 1 },
  { arbitrary: crashCmd, weight: 2 },
  { arbitrary: shiftChangeCmd, weight: 2 },
  { arbitrary: networkCmd, weight: 2 },
  { arbitrary: pushFaultCmd, weight: 2 },
  { arbitrary: holdPageCmd, weight: 1 },
  { arbitrary: deliverHeldCmd, weight: 1 },
  { arbitrary: clockJumpCmd, weight: 1 },
  { arbitrary: backupCmd, weight: 1 },
  { arbitrary: restoreCmd, weight: 1 },
  { arbitrary: restoreBeforePushCmd, weight: 1 },
  { arbitrary: trimCmd, weight: 1 },
  { arbitrary: serverTimeCmd, weight: 1 },
  { arbitrary: attentionCmd, weight: 1 },
  { arbitrary: poisonCmd, weight: 1 },
  { arbitrary: cureCmd, weight: 1 },
  { arbitrary: retryStuckCmd, weight: 1 },
].flatMap(({ arbitrary, weight }) => Array.from({ length: weight }, () => arbitrary));
