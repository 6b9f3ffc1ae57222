import { describe, expect, it } from 'vitest';
import type { PushItemResult, StoredOutcome } from '../api/sync-v1';
import { DecisionId } from '../domain/decision';
import { DeclarationId } from '../domain/ids';
import type { OutboxEntry, OutboxEntryState } from './outbox';
import { emptyOutboxMeta, needsAttentionQueue } from './outbox';
import {
  answersBatch,
  isRestoreDetected,
  requeueAfterRestore,
  selectBatch,
  settleBatch,
} from './push-policy';
import { OFFICER, THIS_DEVICE } from './testing/fixtures';

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

describe('push policy', () => {
  it('sends pending entries in seq order, at most the batch size', () => {
    const entries = [entry(3), entry(1), entry(2, 'applied'), entry(4, 'in-flight'), entry(5)];
    expect(selectBatch(entries, 1).map((e) => e.command.seq)).toEqual([1]);
    expect(selectBatch(entries, 10).map((e) => e.command.seq)).toEqual([1, 3, 5]);
  });

  it('settles each item on its own: a rejection does not hold back the applied item behind it', () => {
    const batch = [entry(1, 'in-flight'), entry(2, 'in-flight')];
    const results: PushItemResult[] = [
      rejected(1),
      { outcome: 'DUPLICATE', decisionId: idFor(2), stored: applied(2) },
    ];
    const patch = settleBatch(batch, { results, lastProcessedSeq: 2 }, emptyOutboxMeta);
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
      meta: { serverSeqHighWater: 2, serverTimeHighWaterMs: Date.parse('2026-01-05T10:00:00.000Z') },
      overlaysRemoved: 2,
    });
  });

  it('does not queue a conflict the officer has already seen', () => {
    const seen = entry(1, 'in-flight', { attentionShown: true });
    const patch = settleBatch([seen], { results: [rejected(1)], lastProcessedSeq: 1 }, emptyOutboxMeta);
    expect(needsAttentionQueue(patch.put ?? [])).toEqual([]);
  });

  it('refuses a response that answers other commands than those sent', () => {
    const batch = [entry(2, 'in-flight')];
    expect(answersBatch(batch, { results: [applied(1)], lastProcessedSeq: 1 })).toBe(false);
    expect(answersBatch(batch, { results: [applied(2)], lastProcessedSeq: 2 })).toBe(true);
  });
});

describe('server restore detection', () => {
  it('is a lastProcessedSeq lower than the one the server once confirmed', () => {
    const meta = { ...emptyOutboxMeta, serverSeqHighWater: 5 };
    expect([isRestoreDetected(meta, 4), isRestoreDetected(meta, 5), isRestoreDetected(meta, 9)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('re-queues everything held above the restored seq, applied ones included, with overlays', () => {
    const entries = [
      entry(1, 'applied'),
      entry(2, 'applied'),
      entry(3, 'conflict', { attentionShown: true }),
      entry(4),
    ];
    const patch = requeueAfterRestore(entries, 1);
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
      meta: { serverSeqHighWater: 1 },
    });
  });
});
