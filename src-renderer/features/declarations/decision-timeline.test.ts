import { describe, expect, it } from 'vitest';
import { DecisionCommand } from '@shared/domain';
import type { OutboxEntry } from '@shared/sync';
import { makeCheckEntry } from '../../test-utils/fixtures';
import { documentCheckMarks, documentKey, unconfirmedOf } from './decision-timeline';

const applied = makeCheckEntry();

function deviceEntry(
  decisionId: string,
  state: OutboxEntry['state'],
  checkState: 'seen' | 'discrepant',
): OutboxEntry {
  const command = DecisionCommand.parse({
    decisionId,
    deviceId: 'device-test-0001',
    seq: 1,
    declarationId: 'D-1',
    baseVersion: 2,
    kind: 'check-documents',
    officerId: 'kim',
    reasonCode: null,
    note: '',
    decidedAt: '2026-12-03T10:00:00Z',
    supersedes: null,
    documentChecks: [{ code: 'N271', reference: 'BL-7', state: checkState }],
  });
  return { command, state, attempts: 0, needsAttention: false, attentionShown: false };
}

describe('the decision timeline', () => {
  it('leaves out the device entries the applied history already holds', () => {
    const same = deviceEntry(applied.decisionId, 'applied', 'seen');
    const other = deviceEntry('01900000-0000-7000-8000-000000000002', 'pending', 'seen');
    expect(unconfirmedOf([applied], [same, other])).toEqual([other]);
  });

  it('marks each document with its newest check, this device’s unconfirmed one last, a refused one never', () => {
    const pending = deviceEntry('01900000-0000-7000-8000-000000000002', 'pending', 'discrepant');
    const refused = deviceEntry('01900000-0000-7000-8000-000000000003', 'rejected', 'seen');
    const marks = documentCheckMarks({ applied: [applied], unconfirmed: [pending, refused] });
    expect(Object.fromEntries(marks)).toEqual({
      [documentKey('N380', 'INV-1')]: {
        state: 'seen',
        officerId: 'park',
        at: '2026-12-03T09:00:00Z',
        pending: false,
      },
      [documentKey('N271', 'BL-7')]: {
        state: 'discrepant',
        officerId: 'kim',
        at: '2026-12-03T10:00:00Z',
        pending: true,
      },
    });
  });
});
