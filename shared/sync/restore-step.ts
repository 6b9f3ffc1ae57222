import { isRestoreDetected, requeueAfterRestore } from './push-policy';
import { failStep } from './step-context';
import type { StepContext, StepResult } from './step-context';

/**
 * Asks the server how far it has processed this device's commands. Lower than it once confirmed
 * means it was restored from a backup: everything we hold above that goes back to the outbox
 * queue. Run at the start of every cycle, before pushing, so that new commands cannot raise the
 * server's `lastProcessedSeq` over the gap and hide the loss.
 */
export async function checkServer(ctx: StepContext): Promise<StepResult> {
  const answer = await ctx.transport.deviceState();
  if (!answer.ok) return failStep(ctx, { source: 'transport', error: answer.error });
  const { entries, meta } = await ctx.store.readOutbox();
  const serverSeq = answer.value.lastProcessedSeq;
  if (isRestoreDetected(meta, serverSeq)) {
    const written = await ctx.store.applyOutboxPatch(requeueAfterRestore(entries, serverSeq));
    if (!written.ok) return failStep(ctx, { source: 'store', error: written.error });
    return { kind: 'more' };
  }
  if (serverSeq > meta.serverSeqHighWater) {
    const written = await ctx.store.applyOutboxPatch({ meta: { serverSeqHighWater: serverSeq } });
    if (!written.ok) return failStep(ctx, { source: 'store', error: written.error });
  }
  return { kind: 'done' };
}
