import { describe, expect, it } from 'vitest';
import { DecisionEntry } from '@shared/api/decision-history';
import { makeDeclaration } from '../../test-utils/fixtures';
import { supervisorQueue } from './queue';

const entry = (declarationId: string, kind: string, version: number, supersedes: string | null = null) =>
  DecisionEntry.parse({
    decisionId: `01900000-0000-7000-8000-${String(version).padStart(4, '0')}${declarationId.replace(/\D/g, '').padStart(8, '0')}`,
    declarationId,
    kind,
    officerId: 'kr-icn-officer',
    reasonCode: kind === 'refer' ? 'SUPERVISOR_REVIEW' : null,
    note: '',
    recordedAt: `2026-01-05T0${version}:00:00Z`,
    declarationVersion: version,
    outcome: 'APPLIED',
    official: null,
    ...(supersedes === null ? {} : { supersedes }),
  });

describe("the supervisor's queue", () => {
  it('holds the held declarations whose newest decision is a referral, escalations apart', () => {
    const referred = makeDeclaration({ id: 'D-1', status: 'held' });
    const escalated = makeDeclaration({ id: 'D-2', status: 'held' });
    const heldAfter = makeDeclaration({ id: 'D-3', status: 'held' });
    const released = makeDeclaration({ id: 'D-4', status: 'released' });
    const conflicted = '01900000-0000-7000-8000-000000000999';
    const queue = supervisorQueue(
      [referred, escalated, heldAfter, released],
      [
        entry('D-1', 'refer', 3),
        entry('D-2', 'refer', 2, conflicted),
        entry('D-3', 'refer', 2),
        entry('D-3', 'hold', 3),
        entry('D-4', 'refer', 2),
      ],
    );
    expect({
      referred: queue.referred.map((item) => item.declaration.id),
      escalated: queue.escalated.map((item) => item.declaration.id),
    }).toEqual({ referred: ['D-1'], escalated: ['D-2'] });
  });
});
