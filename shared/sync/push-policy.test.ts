import { describe, expect, it } from 'vitest';
import type { DeviceProgress, PushItemResult, StoredOutcome } from '../api/sync-v1';
import { DecisionId } from '../domain/decision';
import { DeclarationId } from '../domain/ids';
import type { OfficerId } from '../domain/ids';
import type { OutboxEntry, OutboxEntryState } from './outbox';
import { emptyOutboxMeta, needsAttentionQueue } from './outbox';
import type { TransportError } from './ports';
import {
  answersBatch,
  isRestoreDetected,
  isServerFailure,
  nextPush,
  recordServerFailure,
  requeueAfterRestore,
  selectBatch,
  settleBatch,
} from './push-policy';
import { OFFICER, OTHER_OFFICER, THIS_DEVICE } from './testing/fixtures';

const idFor = (seq: number) =>
  DecisionId.parse(`019b8d62-7a80-7${String(seq).padStart(3, '0')}-8000-000000000000`);

function entry(
  seq: number,
  state: OutboxEntryState = 'pending',
  extra: Partial<OutboxEntry> = {},
): OutboxEntry {
  return {
    command: {
      decisionId: idFor(seq),
      deviceId: THIS_DEVICE,
      seq,
      declarationId: DeclarationId.parse(`D${seq}`),
      baseVersion: 1,
      kind: 'release',
      officerId: OFFICER,
      reasonCode: null,
      note: '',
      decidedAt: '2026-01-05T09:00:00.000Z',
      supersedes: null,
    },
    state,
    attempts: 0,
    needsAttention: false,
    attentionShown: false,
    ...extra,
  };
}

const applied = (seq: number): StoredOutcome => ({
  outcome: 'APPLIED',
  decisionId: idFor(seq),
  declarationVersion: 2,
  status: 'released',
  recordedAt: '2026-01-05T10:00:00.000Z',
});
const rejected = (seq: number): StoredOutcome => ({
  outcome: 'REJECTED',
  decisionId: idFor(seq),
  code: 'NOT_FOUND',
  message: 'No such declaration.',
});

/** The meta of a device whose officer the server has confirmed `progress` to. */
const marks = (progress: DeviceProgress) => ({ ...emptyOutboxMeta, serverProgress: { [OFFICER]: progress } });

/** The entry as another officer's decision. */
const by = (officerId: OfficerId, e: OutboxEntry): OutboxEntry => ({
  ...e,
  command: { ...e.command, officerId },
});

describe('push policy', () => {
  it("pushes only the signed-in officer's decisions: another officer's wait for their sign-in", () => {
    const entries = [
      by(OTHER_OFFICER, entry(1)),
      entry(2),
      by(OTHER_OFFICER, entry(3, 'pending', { serverFailures: 3 })),
    ];
    expect(
      [selectBatch(entries, OFFICER, 10), nextPush(entries, OTHER_OFFICER, 10, true).batch].map((b) =>
        b.map((e) => e.command.seq),
      ),
    ).toEqual([[2], [1]]);
  });

  it('sends pending entries in seq order, at most the batch size', () => {
    const entries = [entry(3), entry(1), entry(2, 'applied'), entry(4, 'in-flight'), entry(5)];
    expect(selectBatch(entries, OFFICER, 1).map((e) => e.command.seq)).toEqual([1]);
    expect(selectBatch(entries, OFFICER, 10).map((e) => e.command.seq)).toEqual([1, 3, 5]);
  });

  it('settles each item on its own: a rejection does not hold back the applied item behind it', () => {
    const batch = [entry(1, 'in-flight'), entry(2, 'in-flight')];
    const results: PushItemResult[] = [
      rejected(1),
      { outcome: 'DUPLICATE', decisionId: idFor(2), stored: applied(2) },
    ];
    const patch = settleBatch(
      batch,
      { results, lastProcessedSeq: 2, processedCount: 2 },
      emptyOutboxMeta,
      OFFICER,
    );
    expect({
      states: patch.put?.map((e) => [e.command.seq, e.state, e.needsAttention]),
      outcome2: patch.put?.[1]?.outcome,
      meta: patch.meta,
      overlaysRemoved: patch.removeOverlays?.length,
    }).toEqual({
      states: [
        [1, 'rejected', true],
        [2, 'applied', false],
      ],
      outcome2: applied(2),
      meta: {
        serverProgress: { [OFFICER]: { lastProcessedSeq: 2, processedCount: 2 } },
        serverTimeHighWaterMs: Date.parse('2026-01-05T10:00:00.000Z'),
      },
      overlaysRemoved: 2,
    });
  });

  it('does not queue a conflict the officer has already seen', () => {
    const seen = entry(1, 'in-flight', { attentionShown: true });
    const patch = settleBatch(
      [seen],
      { results: [rejected(1)], lastProcessedSeq: 1, processedCount: 1 },
      emptyOutboxMeta,
      OFFICER,
    );
    expect(needsAttentionQueue(patch.put ?? [])).toEqual([]);
  });

  it('refuses a response that answers other commands than those sent', () => {
    const batch = [entry(2, 'in-flight')];
    const known = { lastProcessedSeq: 0, processedCount: 0 };
    expect([
      answersBatch(batch, { results: [applied(1)], lastProcessedSeq: 1, processedCount: 1 }, known),
      answersBatch(batch, { results: [applied(2)], lastProcessedSeq: 2, processedCount: 1 }, known),
    ]).toEqual([false, true]);
  });

  it('refuses an answer whose progress cannot count the commands it claims (a replay from before a restore)', () => {
    // Seq 1 was applied when the server held 1 command; a restore lost it, and a failed batch
    // claimed it again (the server holds 1 again, which the device now knows). A replay of the
    // first answer names the same command, but the server cannot have claimed it now and still
    // hold just 1. A DUPLICATE claims nothing, so the same numbers are an honest answer to it.
    const batch = [entry(1, 'in-flight')];
    const known = { lastProcessedSeq: 1, processedCount: 1 };
    expect([
      answersBatch(batch, { results: [applied(1)], lastProcessedSeq: 1, processedCount: 1 }, known),
      answersBatch(
        batch,
        { results: [{ outcome: 'DUPLICATE', decisionId: idFor(1), stored: applied(1) }], ...known },
        known,
      ),
      answersBatch(batch, { results: [applied(1)], lastProcessedSeq: 1, processedCount: 2 }, known),
    ]).toEqual([false, true, true]);
  });

  it("believes no answer that reports another officer's progress (the session changed hands)", () => {
    const batch = [entry(1, 'in-flight')];
    const known = { lastProcessedSeq: 0, processedCount: 0 };
    const answer = { results: [applied(1)], lastProcessedSeq: 1, processedCount: 1 };
    expect([
      answersBatch(batch, { ...answer, officerId: OFFICER }, known),
      answersBatch(batch, { ...answer, officerId: OTHER_OFFICER }, known),
      answersBatch(batch, answer, known),
    ]).toEqual([true, false, true]);
  });

  it('counts a rejection the server records as a claim, and an unrecorded one as none (found by the model test)', () => {
    const batch = [entry(1, 'in-flight')];
    const known = { lastProcessedSeq: 1, processedCount: 1 };
    const rejected = (code: string) => ({
      outcome: 'REJECTED' as const,
      decisionId: idFor(1),
      code,
      message: 'x',
    });
    expect([
      answersBatch(batch, { results: [rejected('REASON_REQUIRED')], ...known }, known),
      answersBatch(
        batch,
        { results: [rejected('REASON_REQUIRED')], lastProcessedSeq: 1, processedCount: 2 },
        known,
      ),
      answersBatch(batch, { results: [rejected('SEQ_REUSED')], ...known }, known),
    ]).toEqual([false, true, true]);
  });
});

describe('isolating a poison command', () => {
  const seqs = (batch: { batch: readonly OutboxEntry[]; stuckRetry: boolean }) => [
    batch.batch.map((e) => e.command.seq),
    batch.stuckRetry,
  ];

  it('counts a 500 as the server failing on the batch, not the network, a gateway or a Retry-After', () => {
    const errors: TransportError[] = [
      { kind: 'http', status: 500 },
      { kind: 'http', status: 507 },
      { kind: 'http', status: 500, retryAfterMs: 1000 },
      { kind: 'http', status: 502 },
      { kind: 'http', status: 503 },
      { kind: 'http', status: 504 },
      { kind: 'http', status: 429, retryAfterMs: 1000 },
      { kind: 'http', status: 409 },
      { kind: 'network' },
      { kind: 'timeout' },
    ];
    expect(errors.map(isServerFailure)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('counts one failure on every entry of the failed batch, and leaves the batch pending', () => {
    const patch = recordServerFailure([
      entry(1, 'in-flight'),
      entry(2, 'in-flight', { serverFailures: 2 }),
      entry(3, 'applied'),
    ]);
    expect(patch.put?.map((e) => [e.command.seq, e.state, e.serverFailures])).toEqual([
      [1, 'pending', 1],
      [2, 'pending', 3],
    ]);
  });

  it('sends an entry the server failed on alone, and ends a batch before one', () => {
    const suspectFirst = [entry(1, 'pending', { serverFailures: 1 }), entry(2), entry(3)];
    const suspectLater = [entry(1), entry(2), entry(3, 'pending', { serverFailures: 1 }), entry(4)];
    expect([
      seqs(nextPush(suspectFirst, OFFICER, 10, false)),
      seqs(nextPush(suspectLater, OFFICER, 10, false)),
    ]).toEqual([
      [[1], false],
      [[1, 2], false],
    ]);
  });

  it('skips a stuck entry, so the entries behind it go through', () => {
    const entries = [entry(1, 'pending', { serverFailures: 3 }), entry(2), entry(3)];
    expect(seqs(nextPush(entries, OFFICER, 10, true))).toEqual([[2, 3], false]);
  });

  it('retries a stuck entry alone only when nothing else is pending and the retry is due', () => {
    const entries = [
      entry(1, 'pending', { serverFailures: 5 }),
      entry(2, 'pending', { serverFailures: 3 }),
      entry(3, 'applied'),
    ];
    // The least-tried stuck entry first: one poison command cannot starve another's retry.
    expect([seqs(nextPush(entries, OFFICER, 10, false)), seqs(nextPush(entries, OFFICER, 10, true))]).toEqual(
      [
        [[], false],
        [[2], true],
      ],
    );
  });

  it('lists a stuck entry once in Needs attention, and forgets its failures when it settles', () => {
    const stuck = entry(1, 'pending', { serverFailures: 3 });
    const settled = settleBatch(
      [{ ...stuck, state: 'in-flight' }],
      { results: [applied(1)], lastProcessedSeq: 1, processedCount: 1 },
      emptyOutboxMeta,
      OFFICER,
    );
    expect({
      queue: needsAttentionQueue([stuck, entry(2, 'pending', { serverFailures: 2 })]).map(
        (e) => e.command.seq,
      ),
      settled: settled.put?.map((e) => [e.state, e.serverFailures]),
      afterSettling: needsAttentionQueue(settled.put ?? []),
    }).toEqual({ queue: [1], settled: [['applied', 0]], afterSettling: [] });
  });
});

describe('server restore detection', () => {
  const progress = (lastProcessedSeq: number, processedCount: number) => ({
    lastProcessedSeq,
    processedCount,
  });

  it('is a lower highest seq or fewer commands held than the server once confirmed', () => {
    const meta = marks(progress(5, 4));
    expect(
      [progress(4, 4), progress(5, 3), progress(5, 4), progress(9, 7)].map((p) =>
        isRestoreDetected(meta, OFFICER, p),
      ),
    ).toEqual([true, true, false, false]);
  });

  it('re-queues everything held above the restored seq, applied ones included, with overlays', () => {
    const entries = [
      entry(1, 'applied'),
      entry(2, 'applied'),
      entry(3, 'conflict', { attentionShown: true }),
      entry(4),
    ];
    const patch = requeueAfterRestore(entries, OFFICER, progress(1, 1));
    expect({
      requeued: patch.put?.map((e) => [e.command.seq, e.state, e.attentionShown]),
      overlays: patch.putOverlays?.map((o) => o.seq),
      meta: patch.meta,
    }).toEqual({
      requeued: [
        [2, 'pending', false],
        [3, 'pending', true],
      ],
      overlays: [2, 3],
      meta: { serverProgress: { [OFFICER]: progress(1, 1) } },
    });
  });

  it('re-queues a command settled out of seq order that the backup predates, below its highest seq', () => {
    // Seq 1 was stuck, seq 2 went through (the server then held 1 command: the backup), then seq
    // 1 went through (2 held). The restored server's highest seq is still 2; only the count tells.
    const entries = [
      entry(1, 'applied', { settledAtProcessedCount: 2 }),
      entry(2, 'applied', { settledAtProcessedCount: 1 }),
    ];
    const restored = progress(2, 1);
    const meta = marks(progress(2, 2));
    expect({
      detected: isRestoreDetected(meta, OFFICER, restored),
      requeued: requeueAfterRestore(entries, OFFICER, restored).put?.map((e) => e.command.seq),
    }).toEqual({ detected: true, requeued: [1] });
  });

  it('records the count each settling answer reported, and raises the marks, never lowers them', () => {
    const batch = [entry(3, 'in-flight'), entry(4, 'in-flight')];
    const meta = marks(progress(9, 2));
    const patch = settleBatch(batch, { results: [applied(3), applied(4)], ...progress(4, 5) }, meta, OFFICER);
    expect({
      counts: patch.put?.map((e) => e.settledAtProcessedCount),
      marks: patch.meta?.serverProgress,
    }).toEqual({ counts: [5, 5], marks: { [OFFICER]: progress(9, 5) } });
  });

  it("is measured per officer: another officer's marks and entries are left to their own check", () => {
    const meta = { ...emptyOutboxMeta, serverProgress: { [OTHER_OFFICER]: progress(7, 7) } };
    const entries = [by(OTHER_OFFICER, entry(1, 'applied')), entry(2, 'applied')];
    expect({
      detected: [
        isRestoreDetected(meta, OFFICER, progress(0, 0)),
        isRestoreDetected(meta, OTHER_OFFICER, progress(6, 6)),
      ],
      requeued: requeueAfterRestore(entries, OFFICER, progress(0, 0)).put?.map((e) => e.command.seq),
    }).toEqual({ detected: [false, true], requeued: [2] });
  });
});
