import { describe, expect, it } from 'vitest';
import { sampleDecision } from '../journal/decision-fixtures';
import type { OutboxEntry } from './outbox';
import { outboxSummary, pendingOfOthers } from './outbox';
import { OFFICER, SHIFT_OFFICER } from './testing/fixtures';

function entry(n: number, officerId: string, state: OutboxEntry['state']): OutboxEntry {
  const attention = state === 'conflict';
  return {
    command: sampleDecision(n, { officerId }),
    state,
    attempts: 1,
    needsAttention: attention,
    attentionShown: false,
  };
}

describe('the outbox summary on a shared workstation', () => {
  it("counts every officer's pending decisions, and only the signed-in officer's to attend to", () => {
    const entries = [
      entry(1, SHIFT_OFFICER, 'pending'),
      entry(2, OFFICER, 'conflict'),
      entry(3, SHIFT_OFFICER, 'conflict'),
      entry(4, OFFICER, 'pending'),
    ];
    expect({
      kim: outboxSummary(entries, OFFICER),
      nobody: outboxSummary(entries, null).needsAttention,
      othersOfKim: pendingOfOthers(entries, OFFICER).map((o) => [
        o.officerId,
        o.entries.map((e) => e.command.seq),
      ]),
    }).toEqual({
      kim: { pending: 2, oldestPendingDecidedAt: entries[0]?.command.decidedAt, needsAttention: 1, stuck: 0 },
      nobody: 2,
      othersOfKim: [[SHIFT_OFFICER, [1]]],
    });
  });
});
