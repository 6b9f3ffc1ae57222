import type { DecisionId } from '../domain/decision';
import {
  answersBatch,
  isRestoreDetected,
  markInFlight,
  releaseInFlight,
  selectBatch,
  settleBatch,
} from './push-policy';
import { checkServer } from './restore-step';
import { failStep } from './step-context';
import type { StepContext, StepResult } from './step-context';

/**
 * Sends the oldest pending batch and records the per-item outcomes. One request at a time: the
 * engine awaits this before anything else touches the network. 'done' means nothing was pending.
 */
export async function pushOnce(ctx: StepContext): Promise<StepResult> {
  const { store } = ctx;
  const pending = selectBatch((await store.readOutbox()).entries, ctx.config.batchMax);
  if (pending.length === 0) return { kind: 'done' };
  // Before every batch, not once a cycle: a restore noticed only after new commands had raised
  // the server's lastProcessedSeq above the lost ones would go unnoticed for good.
  const checked = await checkServer(ctx);
  if (checked.kind === 'failed') return checked;
  const batch = selectBatch((await store.readOutbox()).entries, ctx.config.batchMax);

  const marked = await store.applyOutboxPatch(markInFlight(batch));
  if (!marked.ok) return failStep(ctx, { source: 'store', error: marked.error });
  const ids = new Set<DecisionId>(batch.map((entry) => entry.command.decisionId));

  const answer = await ctx.transport.push({
    deviceId: ctx.deviceId,
    decisions: batch.map((entry) => entry.command),
  });
  // Re-read: only entries still in flight are ours to settle (an acknowledgement may have landed).
  const after = await store.readOutbox();
  const inFlight = after.entries.filter(
    (entry) => ids.has(entry.command.decisionId) && entry.state === 'in-flight',
  );
  if (!answer.ok) {
    // At-least-once: the server may have committed before the failure; it will answer DUPLICATE.
    await store.applyOutboxPatch(releaseInFlight(inFlight));
    return failStep(ctx, { source: 'transport', error: answer.error });
  }

  if (inFlight.length !== batch.length || !answersBatch(inFlight, answer.value)) {
    await store.applyOutboxPatch(releaseInFlight(inFlight));
    return failStep(ctx, {
      source: 'protocol',
      message: 'The push response does not answer the commands sent.',
    });
  }
  const written = await store.applyOutboxPatch(settleBatch(inFlight, answer.value, after.meta));
  if (!written.ok) return failStep(ctx, { source: 'store', error: written.error });

  // A lower lastProcessedSeq in a push answer may be a stale delivery; the device endpoint decides.
  if (isRestoreDetected(after.meta, answer.value.lastProcessedSeq)) {
    const checked = await checkServer(ctx);
    if (checked.kind === 'failed') return checked;
  }
  return { kind: 'more' };
}
