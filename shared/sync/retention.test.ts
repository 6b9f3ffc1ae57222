import { describe, expect, it } from 'vitest';
import { sampleDecision } from '../journal/decision-fixtures';
import { emptyOutboxMeta } from './outbox';
import type { OutboxEntry } from './outbox';
import { compactable, SETTLED_RETENTION_MS } from './retention';
import { OFFICER, SHIFT_OFFICER } from './testing/fixtures';

const settledAt = Date.UTC(2026, 0, 5);

function settled(seq: number, officerId: string): OutboxEntry {
  return {
    command: sampleDecision(seq, { officerId }),
    state: 'applied',
    attempts: 1,
    needsAttention: false,
    attentionShown: false,
    settledAtServerMs: settledAt,
  };
}

describe('retention', () => {
  it("compacts a settled entry only once its own officer's progress on the server covers it", () => {
    // Kim's progress reaches seq 4, past park's seq 3; park's own (seqs 1 and 3 on this
    // workstation) only covers seq 1: seq 3 is not confirmed, whatever kim's numbers say.
    const meta = {
      ...emptyOutboxMeta,
      serverProgress: {
        [OFFICER]: { lastProcessedSeq: 4, processedCount: 2 },
        [SHIFT_OFFICER]: { lastProcessedSeq: 1, processedCount: 1 },
      },
      serverTimeHighWaterMs: settledAt + SETTLED_RETENTION_MS,
    };
    const entries = [settled(1, SHIFT_OFFICER), settled(2, OFFICER), settled(3, SHIFT_OFFICER)];
    expect(
      compactable(entries, meta).map((id) => entries.find((e) => e.command.decisionId === id)?.command.seq),
    ).toEqual([1, 2]);
  });
});
