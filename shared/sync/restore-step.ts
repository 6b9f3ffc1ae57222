import { isProgressBehind, reportsProgressOf } from '../api/sync-v1';
import { confirmedProgress } from './outbox';
import { isRestoreDetected, raisedHighWaters, requeueAfterRestore } from './push-policy';
import { failStep } from './step-context';
import type { StepContext, StepResult } from './step-context';

/**
 * Asks the server how far it has processed the signed-in officer's commands on this device. Less than it once confirmed
 * (a lower highest seq or fewer commands held) means it was restored from a backup: everything we
 * hold that it may have lost goes back to the outbox queue. Run at the start of every cycle and
 * before every push, so that new commands cannot raise the server's numbers over the gap and hide
 * the loss.
 */
export async function checkServer(ctx: StepContext): Promise<StepResult> {
  const answer = await ctx.transport.deviceState();
  if (!answer.ok) return failStep(ctx, { source: 'transport', error: answer.error });
  if (!reportsProgressOf(answer.value, ctx.officerId)) {
    return failStep(ctx, {
      source: 'protocol',
      message: "The device state is another officer's: the session changed hands during the request.",
    });
  }
  const { entries, meta } = await ctx.store.readOutbox();
  const progress = answer.value;
  if (isRestoreDetected(meta, ctx.officerId, progress)) {
    const written = await ctx.store.applyOutboxPatch(requeueAfterRestore(entries, ctx.officerId, progress));
    if (!written.ok) return failStep(ctx, { source: 'store', error: written.error });
    return { kind: 'more' };
  }
  if (isProgressBehind(confirmedProgress(meta, ctx.officerId), progress)) {
    const written = await ctx.store.applyOutboxPatch({
      meta: raisedHighWaters(meta, ctx.officerId, progress),
    });
    if (!written.ok) return failStep(ctx, { source: 'store', error: written.error });
  }
  return { kind: 'done' };
}
