import { describe, expect, it } from 'vitest';
import type { PackOf } from '../../api/reference-v1';
import type { PushItemResult } from '../../api/sync-v1';
import { AssessmentClaim, type AssessmentVersions } from '../../domain/assessment-claim';
import type { DecisionCommand, DecisionKind } from '../../domain/decision';
import { CurrencyCode, DeclarationId } from '../../domain/ids';
import { assessCorrected, type AssessmentPacks } from '../../tariff/claim';
import type { OfficerId } from '../../domain/ids';
import { sampleDecision } from '../../journal/decision-fixtures';
import { declaration, OFFICER, OTHER_OFFICER, THIS_DEVICE } from './fixtures';
import { ReferenceServer } from './reference-server';
import { isReasonRequired } from '../../domain/decision-rules';
import { firstReasonCode } from '../../domain/reason-codes';

// The rules the reference server shares with src-server (issue 8), one by one. The model test
// relies on them; these pin each on its own.

const D1 = DeclarationId.parse('D1');
let minted = 0;

function decision(seq: number, extra: Partial<DecisionCommand> = {}): DecisionCommand {
  minted += 1;
  const kind = extra.kind ?? 'release';
  return sampleDecision(minted, {
    deviceId: THIS_DEVICE,
    seq,
    declarationId: D1,
    officerId: OFFICER,
    // A hold or referral names its reason (REASON_REQUIRED), as the app's form makes it.
    reasonCode: isReasonRequired(kind) ? firstReasonCode(kind) : null,
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

const header = {
  jurisdiction: 'kr' as const,
  publishedAt: '2026-01-01T00:00:00.000Z',
  sources: [],
  demo: true,
};
const tariff = (rate: string): PackOf<'tariff'> => ({
  kind: 'tariff',
  ...header,
  label: `tariff ${rate}`,
  schedule: {
    jurisdiction: 'kr',
    version: `tariff ${rate}`,
    lines: [
      {
        code: '0803901000',
        description: 'Bananas',
        measures: [{ kind: 'third-country', code: 'A', expression: rate, source: 'test' }],
      },
    ],
  },
});
const rates: PackOf<'rates'> = {
  kind: 'rates',
  ...header,
  label: 'rates 2026-01',
  covers: { from: '2026-01-01', to: '2026-01-31' },
  table: {
    base: CurrencyCode.parse('KRW'),
    periodicity: 'weekly-sun-sat',
    version: 'rates 2026-01',
    label: 'rates 2026-01',
    official: false,
    rates: [
      {
        currency: CurrencyCode.parse('USD'),
        unitsPerBase: '0.00069',
        periodStart: '2026-01-04',
        periodEnd: '2026-01-10',
      },
    ],
  },
};

function claim(packs: AssessmentPacks, versions: AssessmentVersions): AssessmentClaim {
  const assessed = assessCorrected(declaration('D1'), [], packs);
  if (!assessed.ok) throw new Error(assessed.error.message);
  return AssessmentClaim.parse({
    versions,
    tariffLabel: packs.tariff.label,
    ratesLabel: packs.rates.label,
    corrections: [],
    figures: assessed.value.figures,
  });
}

describe('the reference server verifies assessments (issue 9, as src-server/verify)', () => {
  const v1 = { tariff: 1, rates: 1, taxes: null };
  const packs1 = { tariff: tariff('8%'), rates, taxes: null };

  it('refuses a reassessment without an assessment, and versions not published', () => {
    const server = new ReferenceServer([declaration('D1')]);
    const withClaim = decision(2, { kind: 'reassess', assessment: claim(packs1, v1) });
    const answer = pushAs(server, OFFICER, decision(1, { kind: 'reassess' }), withClaim);
    expect(answer.results.map(summary)).toEqual([
      'REJECTED ASSESSMENT_REQUIRED',
      'REJECTED REFERENCE_VERSION_UNKNOWN',
    ]);
  });

  it('applies equal figures, answers ASSESSMENT_MISMATCH on the same versions and TARIFF_OUTDATED on superseded ones', () => {
    const server = new ReferenceServer([declaration('D1')]);
    server.publish(packs1.tariff);
    server.publish(rates);
    const honest = claim(packs1, v1);
    const cooked = AssessmentClaim.parse({ ...honest, figures: { ...honest.figures, payable: '1' } });
    const first = pushAs(
      server,
      OFFICER,
      decision(1, { kind: 'reassess', assessment: cooked }),
      decision(2, { kind: 'reassess', assessment: honest }),
    );
    expect(first.results.map(summary)).toEqual(['CONFLICT ASSESSMENT_MISMATCH', 'APPLIED']);
    server.publish(tariff('30%'));
    const second = pushAs(
      server,
      OFFICER,
      decision(3, { kind: 'reassess', baseVersion: 2, assessment: honest }),
    );
    expect(second.results[0]).toMatchObject({
      reason: 'TARIFF_OUTDATED',
      used: v1,
      current: { tariff: 2, rates: 1, taxes: null },
      official: claim({ ...packs1, tariff: tariff('30%') }, v1).figures,
    });
  });
});
