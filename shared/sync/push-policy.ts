import { isProgressBehind, isRecordedOutcome, reportsProgressOf } from '../api/sync-v1';
import type { DeviceProgress, PushItemResult, PushResponse, StoredOutcome } from '../api/sync-v1';
import { assertNever } from '../util/assert-never';
import type { OfficerId } from '../domain/ids';
import { confirmedProgress, isStuck, serverFailuresOf } from './outbox';
import type { OutboxEntry, OutboxEntryState, OutboxMeta, OutboxPatch, StatusOverlay } from './outbox';
import { optimisticStatus } from './overlay';
import type { TransportError } from './ports';

/**
 * A failure the server reports about this request, as opposed to the network or an overload: the
 * kind a poison command produces every time it is sent. Network errors and timeouts say nothing
 * about the command; 502/503/504 and any answer carrying Retry-After are a proxy, a load balancer
 * or the server saying "not now", whatever was sent. (A command that makes the server hang past a
 * gateway's timeout is therefore not isolated: it looks like an overloaded server.)
 */
export function isServerFailure(error: TransportError): boolean {
  return (
    error.kind === 'http' &&
    error.status !== undefined &&
    error.status >= 500 &&
    ![502, 503, 504].includes(error.status) &&
    error.retryAfterMs === undefined
  );
}

/** What to push next; `stuckRetry` when it is the slow retry of a stuck entry. */
export type NextPush = { batch: OutboxEntry[]; stuckRetry: boolean };

/**
 * The next batch of `officerId`'s decisions, the officer signed in (whose session the transport
 * uses: the server refuses anyone else's). Other officers' entries stay pending on the device and
 * go when their officer signs in here again. The batch: the oldest pending entries in seq order,
 * at most `max`, stopping before any the server has failed on. Such a suspect is sent alone, so a poison command in a failed batch ends
 * up alone after one failure and the others go through on their own. Stuck entries are skipped;
 * once nothing else is pending and `stuckRetryDue`, one of them is sent alone: the one tried
 * fewest times, so that one poison command cannot starve another stuck entry's retry.
 */
export function nextPush(
  entries: readonly OutboxEntry[],
  officerId: OfficerId,
  max: number,
  stuckRetryDue: boolean,
): NextPush {
  const pending = entries
    .filter((entry) => entry.state === 'pending' && entry.command.officerId === officerId)
    .sort((a, b) => a.command.seq - b.command.seq);
  const ready = pending.filter((entry) => !isStuck(entry));
  const first = ready[0];
  if (first !== undefined) {
    if (serverFailuresOf(first) > 0) return { batch: [first], stuckRetry: false };
    const suspect = ready.findIndex((entry) => serverFailuresOf(entry) > 0);
    return {
      batch: ready.slice(0, Math.min(max, suspect === -1 ? ready.length : suspect)),
      stuckRetry: false,
    };
  }
  if (!stuckRetryDue) return { batch: [], stuckRetry: false };
  const [leastTried] = [...pending].sort((a, b) => serverFailuresOf(a) - serverFailuresOf(b));
  return leastTried === undefined
    ? { batch: [], stuckRetry: false }
    : { batch: [leastTried], stuckRetry: true };
}

/** The next ordinary batch (no stuck retry); see `nextPush`. */
export function selectBatch(
  entries: readonly OutboxEntry[],
  officerId: OfficerId,
  max: number,
): OutboxEntry[] {
  return nextPush(entries, officerId, max, false).batch;
}

export function markInFlight(batch: readonly OutboxEntry[]): OutboxPatch {
  return { put: batch.map((entry) => ({ ...entry, state: 'in-flight', attempts: entry.attempts + 1 })) };
}

/** After a transport error the batch is simply pending again: at-least-once, the server dedupes. */
export function releaseInFlight(entries: readonly OutboxEntry[]): OutboxPatch {
  return { put: entries.filter((e) => e.state === 'in-flight').map((e) => ({ ...e, state: 'pending' })) };
}

/**
 * After a server failure (`isServerFailure`) the batch is pending again, each entry one failure
 * further: suspects are sent alone next time, and one that keeps failing alone becomes stuck.
 */
export function recordServerFailure(entries: readonly OutboxEntry[]): OutboxPatch {
  return {
    put: entries
      .filter((e) => e.state === 'in-flight')
      .map((e) => ({ ...e, state: 'pending', serverFailures: serverFailuresOf(e) + 1 })),
  };
}

/**
 * The server's refusal of a command that is not the session officer's: never claimed, and no
 * verdict on the decision. The device never sends another officer's decisions, so it means the
 * session changed under the push (another officer signed in); the entry must stay pending.
 */
export function isIdentityMismatch(result: PushItemResult): boolean {
  return result.outcome === 'REJECTED' && result.code === 'IDENTITY_MISMATCH';
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
  const settled: OutboxEntry = { ...entry, state, outcome, needsAttention: attention, serverFailures: 0 };
  if (serverNowMs !== null) settled.settledAtServerMs = serverNowMs;
  else delete settled.settledAtServerMs;
  return settled;
}

/**
 * True when the response answers exactly the commands sent, in order, and its progress accounts
 * for the commands it says it claimed now. A response that does not (a stale or misdelivered one)
 * is not ours: its outcomes may predate a server restore, so none of it is believed and the whole
 * batch is pushed again.
 *
 * The progress test: the server held at least `known` (what the push carried) before it began,
 * or it would have refused the push, and each answer it recorded (APPLIED, CONFLICT, and a REJECTED
 * outside UNRECORDED_REJECTIONS) is a claim it counted; a refusal and a DUPLICATE claim nothing. An earlier answer to the same
 * commands, replayed after a restore lost them and the device re-queued them, reports what the
 * server held then: too little to count this push's claims on top of what the device now knows
 * (the model found such a replay believed, its outcome not the server's), or else more than the
 * server holds, which the next check reads as a restore and re-queues. Only a transport that
 * delivers the push and hands back an older answer is beyond it (a per-request nonce echoed by
 * the server would close that).
 */
export function answersBatch(
  batch: readonly OutboxEntry[],
  response: PushResponse,
  known: DeviceProgress,
): boolean {
  const claimed = response.results.filter(
    (result) => result.outcome !== 'DUPLICATE' && isRecordedOutcome(result),
  );
  const highestClaimed = Math.max(
    0,
    ...claimed.map(
      (result) => batch.find((e) => e.command.decisionId === result.decisionId)?.command.seq ?? 0,
    ),
  );
  return (
    batch.every((entry) => reportsProgressOf(response, entry.command.officerId)) &&
    response.results.length === batch.length &&
    response.results.every((result, i) => result.decisionId === batch[i]?.command.decisionId) &&
    response.processedCount >= known.processedCount + claimed.length &&
    response.lastProcessedSeq >= Math.max(known.lastProcessedSeq, highestClaimed)
  );
}

/**
 * Applies a push response to the batch `officerId` sent (see `answersBatch`); the progress it
 * reports is that officer's. Each entry stands alone: a conflict or rejection never holds back
 * the entries behind it.
 */
export function settleBatch(
  batch: readonly OutboxEntry[],
  response: PushResponse,
  meta: OutboxMeta,
  officerId: OfficerId,
): OutboxPatch {
  let serverTime = meta.serverTimeHighWaterMs;
  const put: OutboxEntry[] = [];
  response.results.forEach((result, i) => {
    const entry = batch[i];
    if (entry === undefined) return;
    const outcome = storedOutcome(result);
    const time = serverTimeOf(outcome);
    if (time !== null && !Number.isNaN(time)) serverTime = Math.max(serverTime ?? time, time);
    put.push({
      ...settleEntry(entry, outcome, serverTime),
      settledAtProcessedCount: response.processedCount,
    });
  });
  return {
    put,
    // The overlay goes as soon as the server has answered: an applied decision's effect arrives
    // with the next pull (started right after the push); a conflicted one must stop looking decided.
    removeOverlays: put.map((entry) => entry.command.decisionId),
    meta: {
      ...raisedHighWaters(meta, officerId, response),
      ...(serverTime !== null ? { serverTimeHighWaterMs: serverTime } : {}),
    },
  };
}

/** The officer's high-water marks raised to what the server reports; never lowered here. */
export function raisedHighWaters(
  meta: OutboxMeta,
  officerId: OfficerId,
  progress: DeviceProgress,
): Pick<OutboxMeta, 'serverProgress'> {
  const known = confirmedProgress(meta, officerId);
  return {
    serverProgress: {
      [officerId]: {
        lastProcessedSeq: Math.max(known.lastProcessedSeq, progress.lastProcessedSeq),
        processedCount: Math.max(known.processedCount, progress.processedCount),
      },
    },
  };
}

/**
 * True when the server reports less progress of the officer's than it once confirmed, in either
 * measure: it has been restored from a backup and lost what came after.
 */
export function isRestoreDetected(meta: OutboxMeta, officerId: OfficerId, progress: DeviceProgress): boolean {
  return isProgressBehind(progress, confirmedProgress(meta, officerId));
}

/**
 * True when a restored server with this progress may have lost the entry. The server's commands
 * only ever grow, so its states form a chain and a backup is one of them: a server that holds
 * `processedCount` commands holds every command it held when it held that many or fewer. An entry
 * settled by an answer that reported more than that count, or with a seq above the server's
 * highest, may be gone. (Seq alone misses a command processed out of seq order, such as a stuck
 * decision that went through after later ones.)
 */
function mayHaveBeenLost(entry: OutboxEntry, progress: DeviceProgress): boolean {
  return (
    entry.command.seq > progress.lastProcessedSeq ||
    (entry.settledAtProcessedCount ?? 0) > progress.processedCount
  );
}

/**
 * After a restore, every command of the officer's we still hold that the server may have lost
 * goes back to pending, including settled ones. A re-push of one it does still have is answered
 * DUPLICATE, so this is safe to over-apply. Attention flags are kept: an officer who has seen a
 * conflict is not shown it again, whatever the re-push says. The officer's high-water marks come
 * down to what the restored server reports, so the next restore is measured from here. Other
 * officers' entries wait for their own check, when they sign in here again: the server's progress
 * of theirs is theirs, and this session cannot read it.
 */
export function requeueAfterRestore(
  entries: readonly OutboxEntry[],
  officerId: OfficerId,
  progress: DeviceProgress,
): OutboxPatch {
  const put: OutboxEntry[] = [];
  const putOverlays: StatusOverlay[] = [];
  for (const entry of entries) {
    if (entry.command.officerId !== officerId) continue;
    if (entry.state === 'pending' || !mayHaveBeenLost(entry, progress)) continue;
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
  return { put, putOverlays, meta: { serverProgress: { [officerId]: progress } } };
}
