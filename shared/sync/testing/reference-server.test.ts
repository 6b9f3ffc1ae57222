import { describe, expect, it } from 'vitest';
import type { PushItemResult } from '../../api/sync-v1';
import type { DecisionCommand, DecisionKind } from '../../domain/decision';
import { DeclarationId } from '../../domain/ids';
import type { OfficerId } from '../../domain/ids';
import { sampleDecision } from '../../journal/decision-fixtures';
import { declaration, OFFICER, OTHER_OFFICER, THIS_DEVICE } from './fixtures';
import { ReferenceServer } from './reference-server';

// The rules the reference server shares with src-server (issue 8), one by one. The model test
// relies on them; these pin each on its own.

const D1 = DeclarationId.parse('D1');
let minted = 0;

function decision(seq: number, extra: Partial<DecisionCommand> = {}): DecisionCommand {
  minted += 1;
  return sampleDecision(minted, {
    deviceId: THIS_DEVICE,
    seq,
    declarationId: D1,
    officerId: OFFICER,
    ...extra,
  });
}

function pushAs(server: ReferenceServer, officerId: OfficerId, ...decisions: DecisionCommand[]) {
  const answer = server.push({ deviceId: THIS_DEVICE, decisions }, officerId);
  if (!answer.ok) throw new Error(`push failed: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

/** The outcome, with the code of a rejection or the reason of a conflict. */
function summary(result: PushItemResult | undefined): string {
  if (result === undefined) return 'none';
  if (result.outcome === 'REJECTED') return `REJECTED ${result.code}`;
  if (result.outcome === 'CONFLICT') return `CONFLICT ${result.reason}`;
  return result.outcome;
}

describe('the reference server', () => {
  it('answers DUPLICATE only for the very same command and claims nothing for a reuse', () => {
    const server = new ReferenceServer([declaration('D1')]);
    const first = decision(1, { kind: 'hold' });
    const pushed = pushAs(
      server,
      OFFICER,
      first,
      first,
      { ...first, note: 'another note' },
      decision(1, { kind: 'hold' }),
    );
    expect({
      results: pushed.results.map(summary),
      progress: server.deviceState(THIS_DEVICE, OFFICER),
    }).toEqual({
      results: ['APPLIED', 'DUPLICATE', 'REJECTED DECISION_ID_REUSED', 'REJECTED SEQ_REUSED'],
      progress: { deviceId: THIS_DEVICE, lastProcessedSeq: 1, processedCount: 1, officerId: OFFICER },
    });
  });

  it("keeps progress per device and officer, and refuses another officer's commands unclaimed", () => {
    const server = new ReferenceServer([declaration('D1'), declaration('D2')]);
    const mine = decision(7, { kind: 'hold' });
    const theirs = decision(7, {
      kind: 'hold',
      officerId: OTHER_OFFICER,
      declarationId: DeclarationId.parse('D2'),
    });
    const pushedByThem = pushAs(server, OTHER_OFFICER, mine, theirs);
    const pushedByMe = pushAs(server, OFFICER, mine);
    expect({
      byThem: pushedByThem.results.map(summary),
      byMe: pushedByMe.results.map(summary),
      progress: [server.deviceState(THIS_DEVICE, OFFICER), server.deviceState(THIS_DEVICE, OTHER_OFFICER)],
    }).toEqual({
      byThem: ['REJECTED IDENTITY_MISMATCH', 'APPLIED'],
      byMe: ['APPLIED'],
      progress: [
        { deviceId: THIS_DEVICE, lastProcessedSeq: 7, processedCount: 1, officerId: OFFICER },
        { deviceId: THIS_DEVICE, lastProcessedSeq: 7, processedCount: 1, officerId: OTHER_OFFICER },
      ],
    });
  });

  it("makes a decision on a version before another officer's decision a conflict, unless safe", () => {
    const afterInspection = (kind: DecisionKind, by: OfficerId) => {
      const server = new ReferenceServer([declaration('D1')]);
      const inspect = decision(1, { kind: 'inspect', officerId: OTHER_OFFICER });
      pushAs(server, OTHER_OFFICER, inspect);
      return { inspect, result: pushAs(server, by, decision(2, { kind, officerId: by })).results[0] };
    };
    const { inspect, result: release } = afterInspection('release', OFFICER);
    expect({
      release,
      safe: [afterInspection('hold', OFFICER), afterInspection('refer', OFFICER)].map((r) =>
        summary(r.result),
      ),
      own: summary(afterInspection('release', OTHER_OFFICER).result),
    }).toEqual({
      release: expect.objectContaining({
        reason: 'DECIDED_SINCE_VIEWED',
        currentVersion: 2,
        intervening: [
          expect.objectContaining({
            decisionId: inspect.decisionId,
            kind: 'inspect',
            officerId: OTHER_OFFICER,
          }),
        ],
      }),
      safe: ['APPLIED', 'APPLIED'],
      own: 'APPLIED',
    });
  });

  it('answers AMENDED_SINCE_VIEWED for an amendment only, with what it changed', () => {
    const server = new ReferenceServer([declaration('D1')]);
    server.amend(D1);
    const [result] = pushAs(server, OFFICER, decision(1)).results;
    expect(result).toEqual(
      expect.objectContaining({
        reason: 'AMENDED_SINCE_VIEWED',
        changes: [{ field: 'riskScore', before: 10, after: 17 }],
      }),
    );
  });

  it("checks supersedes: the same officer's conflicted or rejected decision, re-decided once", () => {
    const server = new ReferenceServer([declaration('D1', 'registered'), declaration('D2')]);
    const conflicted = decision(1);
    const other = decision(1, {
      officerId: OTHER_OFFICER,
      kind: 'hold',
      declarationId: DeclarationId.parse('D2'),
    });
    pushAs(server, OTHER_OFFICER, other);
    pushAs(server, OFFICER, conflicted);
    const redecide = (seq: number, supersedes: DecisionCommand['decisionId']) =>
      decision(seq, { kind: 'refer', supersedes });
    const results = pushAs(
      server,
      OFFICER,
      redecide(2, conflicted.decisionId),
      redecide(3, conflicted.decisionId),
      redecide(4, other.decisionId),
      redecide(5, decision(99).decisionId),
    ).results;
    expect(results.map(summary)).toEqual([
      'APPLIED',
      'REJECTED SUPERSEDES_INVALID',
      'REJECTED SUPERSEDES_INVALID',
      'REJECTED SUPERSEDES_INVALID',
    ]);
  });
});
