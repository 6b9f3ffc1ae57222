import { PROGRESS_LOST } from '../api/sync-v1';
import type { DecisionId } from '../domain/decision';
import { remainingWaitMs } from './backoff';
import { confirmedProgress, isStuck } from './outbox';
import type { OutboxEntry } from './outbox';
import {
  answersBatch,
  isIdentityMismatch,
  isRestoreDetected,
  isServerFailure,
  markInFlight,
  nextPush,
  recordServerFailure,
  releaseInFlight,
  settleBatch,
} from './push-policy';
import type { NextPush } from './push-policy';
import type { TransportError } from './ports';
import { checkServer } from './restore-step';
import { failStep } from './step-context';
import type { StepContext, StepResult } from './step-context';

function isProgressLost(error: TransportError): boolean {
  return error.kind === 'http' && error.status === 409 && error.code === PROGRESS_LOST;
}

/**
 * The server was restored between our check and the push, and refused the push: check again,
 * which finds the loss and re-queues it. A server that refuses yet reports no loss is broken.
 */
async function restoredSinceChecked(ctx: StepContext): Promise<StepResult> {
  const checked = await checkServer(ctx);
  if (checked.kind !== 'done') return checked;
  return failStep(ctx, {
    source: 'protocol',
    message: 'The server refused a push as restored from a backup, but reports no lost progress.',
  });
}

function selectNext(ctx: StepContext, entries: readonly OutboxEntry[]): NextPush {
  const due = remainingWaitMs(ctx.memory.stuckRetry, ctx.clock.now()) === 0;
  return nextPush(entries, ctx.officerId, ctx.config.batchMax, due);
}

/** The next slow retry of a stuck entry waits `stuckRetryMs` of wall time, clock-jump safe. */
function scheduleStuckRetry(ctx: StepContext): void {
  const now = ctx.clock.now();
  ctx.memory.stuckRetry = { scheduledAtMs: now, retryAtMs: now + ctx.config.stuckRetryMs };
}

/**
 * Sends the oldest pending batch and records the per-item outcomes. One request at a time: the
 * engine awaits this before anything else touches the network. 'done' means nothing was pending
 * (stuck entries aside, until their slow retry is due).
 */
export async function pushOnce(ctx: StepContext): Promise<StepResult> {
  const { store } = ctx;
  if (selectNext(ctx, (await store.readOutbox()).entries).batch.length === 0) return { kind: 'done' };
  // Before every batch, not once a cycle: a restore noticed only after new commands had raised
  // the server's progress above the lost ones would go unnoticed for good.
  const checked = await checkServer(ctx);
  if (checked.kind === 'failed') return checked;
  const checkedOutbox = await store.readOutbox();
  const { batch, stuckRetry } = selectNext(ctx, checkedOutbox.entries);
  if (batch.length === 0) return { kind: 'done' };

  const marked = await store.applyOutboxPatch(markInFlight(batch));
  if (!marked.ok) return failStep(ctx, { source: 'store', error: marked.error });
  const ids = new Set<DecisionId>(batch.map((entry) => entry.command.decisionId));

  const knownProgress = confirmedProgress(checkedOutbox.meta, ctx.officerId);
  const answer = await ctx.transport.push({
    deviceId: ctx.deviceId,
    decisions: batch.map((entry) => entry.command),
    knownProgress,
  });
  // Re-read: only entries still in flight are ours to settle (an acknowledgement may have landed).
  const after = await store.readOutbox();
  const inFlight = after.entries.filter(
    (entry) => ids.has(entry.command.decisionId) && entry.state === 'in-flight',
  );
  if (!answer.ok) {
    if (isServerFailure(answer.error)) return serverFailed(ctx, inFlight, stuckRetry, answer.error);
    // At-least-once: the server may have committed before the failure; it will answer DUPLICATE.
    await store.applyOutboxPatch(releaseInFlight(inFlight));
    if (isProgressLost(answer.error)) return restoredSinceChecked(ctx);
    return failStep(ctx, { source: 'transport', error: answer.error });
  }

  if (inFlight.length !== batch.length || !answersBatch(inFlight, answer.value, knownProgress)) {
    await store.applyOutboxPatch(releaseInFlight(inFlight));
    return failStep(ctx, {
      source: 'protocol',
      message: 'The push response does not answer the commands sent.',
    });
  }
  if (answer.value.results.some(isIdentityMismatch)) {
    // The session is not this engine's officer's (another officer signed in while this push was
    // on its way): nothing was claimed, and the decisions are still theirs to send. They wait.
    await store.applyOutboxPatch(releaseInFlight(inFlight));
    return failStep(ctx, {
      source: 'protocol',
      message: "The server answered for another officer's session; the decisions stay pending.",
    });
  }
  const written = await store.applyOutboxPatch(
    settleBatch(inFlight, answer.value, after.meta, ctx.officerId),
  );
  if (!written.ok) return failStep(ctx, { source: 'store', error: written.error });
  // A stuck entry went through: the server may be fixed, so the next stuck one need not wait.
  if (stuckRetry) ctx.memory.stuckRetry = { scheduledAtMs: null, retryAtMs: null };

  // Less progress in a push answer may be a stale delivery; the device endpoint decides.
  if (isRestoreDetected(after.meta, ctx.officerId, answer.value)) {
    const checked = await checkServer(ctx);
    if (checked.kind === 'failed') return checked;
  }
  return { kind: 'more' };
}

/**
 * The server failed on this batch. Each entry counts the failure (and is sent alone next time);
 * one that reaches the threshold is stuck and waits for its slow retry. Two failures are not a
 * failed cycle: a failed slow retry (everything else is through, so the pull goes ahead), and the
 * failure that sets a lone entry aside (the server is failing on that command, not on all of
 * them, so the ones behind it go now rather than after a backoff).
 */
async function serverFailed(
  ctx: StepContext,
  inFlight: readonly OutboxEntry[],
  stuckRetry: boolean,
  error: TransportError,
): Promise<StepResult> {
  const patch = recordServerFailure(inFlight);
  const written = await ctx.store.applyOutboxPatch(patch);
  if (!written.ok) return failStep(ctx, { source: 'store', error: written.error });
  const setAside = (patch.put ?? []).some(isStuck);
  if (setAside) scheduleStuckRetry(ctx);
  if (stuckRetry) return { kind: 'done' };
  if (setAside && inFlight.length === 1) return { kind: 'more' };
  return failStep(ctx, { source: 'transport', error });
}
