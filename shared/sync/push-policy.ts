import type { PushItemResult, PushResponse, StoredOutcome } from '../api/sync-v1';
import { assertNever } from '../util/assert-never';
import type { OutboxEntry, OutboxEntryState, OutboxMeta, OutboxPatch, StatusOverlay } from './outbox';
import { optimisticStatus } from './overlay';

/** The next batch: the oldest pending entries in seq order, at most `max`. */
export function selectBatch(entries: readonly OutboxEntry[], max: number): OutboxEntry[] {
  return [...entries]
    .filter((entry) => entry.state === 'pending')
    .sort((a, b) => a.command.seq - b.command.seq)
    .slice(0, max);
}

export function markInFlight(batch: readonly OutboxEntry[]): OutboxPatch {
  return { put: batch.map((entry) => ({ ...entry, state: 'in-flight', attempts: entry.attempts + 1 })) };
}

/** After a transport error the batch is simply pending again: at-least-once, the server dedupes. */
export function releaseInFlight(entries: readonly OutboxEntry[]): OutboxPatch {
  return { put: entries.filter((e) => e.state === 'in-flight').map((e) => ({ ...e, state: 'pending' })) };
}

/** A DUPLICATE is the server telling us what it decided the first time: we treat it as that. */
export function storedOutcome(result: PushItemResult): StoredOutcome {
  return result.outcome === 'DUPLICATE' ? result.stored : result;
}

function stateFor(outcome: StoredOutcome): OutboxEntryState {
  switch (outcome.outcome) {
    case 'APPLIED':
      return 'applied';
    case 'CONFLICT':
      return 'conflict';
    case 'REJECTED':
      return 'rejected';
    default:
      return assertNever(outcome, 'stored outcome');
  }
}

function serverTimeOf(outcome: StoredOutcome): number | null {
  if (outcome.outcome === 'APPLIED') return Date.parse(outcome.recordedAt);
  if (outcome.outcome === 'CONFLICT' && outcome.reason === 'ALREADY_DECIDED') {
    return Date.parse(outcome.competing.recordedAt);
  }
  return null;
}

/** Settles one entry. A conflict or rejection is queued for attention unless already shown once. */
export function settleEntry(
  entry: OutboxEntry,
  outcome: StoredOutcome,
  serverNowMs: number | null,
): OutboxEntry {
  const state = stateFor(outcome);
  const attention = state !== 'applied' && !entry.attentionShown;
  const settled: OutboxEntry = { ...entry, state, outcome, needsAttention: attention };
  if (serverNowMs !== null) settled.settledAtServerMs = serverNowMs;
  else delete settled.settledAtServerMs;
  return settled;
}

/**
 * True when the response answers exactly the commands sent, in order. A response that does not
 * (a stale or misdelivered one) is not ours: its outcomes may predate a server restore, so none
 * of it is believed and the whole batch is pushed again.
 */
export function answersBatch(batch: readonly OutboxEntry[], response: PushResponse): boolean {
  return (
    response.results.length === batch.length &&
    response.results.every((result, i) => result.decisionId === batch[i]?.command.decisionId)
  );
}

/**
 * Applies a push response to the batch that was sent (see `answersBatch`). Each entry stands
 * alone: a conflict or rejection never holds back the entries behind it.
 */
export function settleBatch(
  batch: readonly OutboxEntry[],
  response: PushResponse,
  meta: OutboxMeta,
): OutboxPatch {
  let serverTime = meta.serverTimeHighWaterMs;
  const put: OutboxEntry[] = [];
  response.results.forEach((result, i) => {
    const entry = batch[i];
    if (entry === undefined) return;
    const outcome = storedOutcome(result);
    const time = serverTimeOf(outcome);
    if (time !== null && !Number.isNaN(time)) serverTime = Math.max(serverTime ?? time, time);
    put.push(settleEntry(entry, outcome, serverTime));
  });
  return {
    put,
    // The overlay goes as soon as the server has answered: an applied decision's effect arrives
    // with the next pull (started right after the push); a conflicted one must stop looking decided.
    removeOverlays: put.map((entry) => entry.command.decisionId),
    meta: {
      serverSeqHighWater: Math.max(meta.serverSeqHighWater, response.lastProcessedSeq),
      ...(serverTime !== null ? { serverTimeHighWaterMs: serverTime } : {}),
    },
  };
}

/**
 * True when the server reports fewer processed commands than it once confirmed: it has been
 * restored from a backup and lost what came after.
 */
export function isRestoreDetected(meta: OutboxMeta, serverLastProcessedSeq: number): boolean {
  return serverLastProcessedSeq < meta.serverSeqHighWater;
}

/**
 * After a restore, every command above the server's `lastProcessedSeq` that we still hold goes
 * back to pending, including settled ones: the server may no longer have them. A re-push of one
 * it does still have is answered DUPLICATE, so this is safe to over-apply. Attention flags are
 * kept: an officer who has seen a conflict is not shown it again, whatever the re-push says.
 */
export function requeueAfterRestore(
  entries: readonly OutboxEntry[],
  serverLastProcessedSeq: number,
): OutboxPatch {
  const put: OutboxEntry[] = [];
  const putOverlays: StatusOverlay[] = [];
  for (const entry of entries) {
    if (entry.command.seq <= serverLastProcessedSeq || entry.state === 'pending') continue;
    put.push({ ...entry, state: 'pending' });
    const { command } = entry;
    putOverlays.push({
      decisionId: command.decisionId,
      declarationId: command.declarationId,
      seq: command.seq,
      kind: command.kind,
      status: optimisticStatus(command.kind),
    });
  }
  return { put, putOverlays, meta: { serverSeqHighWater: serverLastProcessedSeq } };
}
