import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '@shared/api/auth-v1';
import { OfficialAssessment } from '@shared/api/decision-history';
import type { TariffPack } from '@shared/api/reference-v1';
import type { PushItemResult } from '@shared/api/sync-v1';
import {
  AssessmentClaim,
  type AssessmentVersions,
  type ItemCorrection,
} from '@shared/domain/assessment-claim';
import { DecisionCommand, type DecisionKind } from '@shared/domain/decision';
import { assessCorrected, type AssessmentPacks } from '@shared/tariff/claim';
import { buildServer } from '../app';
import { changesPage } from '../store/changes';
import { publishReferenceData } from '../store/reference-data';
import { snapshotPage } from '../store/snapshot';
import { insertSeedData } from '../store/seed';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { decision } from '../test-support/decisions';
import { makeDeclaration, makeSeed } from '../test-support/fixtures';
import { push, summary } from '../test-support/push';
import { ratesPackFixture, tariffPackFixture, taxesPackFixture } from '../test-support/reference-packs';
import { signIn } from '../test-support/sessions';

// Issue 9, part 5: the centre recomputes a decision's assessment with the same engine and the same
// reference versions, on both databases: verified and stored, ASSESSMENT_MISMATCH, a superseded
// version giving the same figures (applied) or others (TARIFF_OUTDATED), and the refusals.

/** A Korean tariff with T-shirts (the fixtures' goods) at `rate`. */
function tariff(rate: string): TariffPack {
  const pack = tariffPackFixture('kr', rate);
  return {
    ...pack,
    schedule: {
      ...pack.schedule,
      lines: [
        ...pack.schedule.lines,
        {
          code: '6109100000',
          description: 'T-shirts, of cotton',
          measures: [{ kind: 'third-country', code: 'A', expression: rate, source: 'test' }],
        },
        {
          code: '6109900000',
          description: 'T-shirts, of other textile materials',
          measures: [{ kind: 'third-country', code: 'A', expression: '32%', source: 'test' }],
        },
      ],
    },
  };
}
const rates = ratesPackFixture('kr', '2025-03', '0.00069');

describe.each(testDatabases())('the centre verifies assessments on $kind', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let kim: Session;
  let seq = 0;
  let watermark = '';
  const published: { packs: AssessmentPacks; versions: AssessmentVersions } = {
    packs: { tariff: tariff('13%'), rates, taxes: null },
    versions: { tariff: 1, rates: 1, taxes: null },
  };

  beforeAll(async () => {
    t = await engine.open();
    await insertSeedData(t.db, makeSeed('PUS', 20));
    await publishReferenceData(t.db, 'tariff', 'kr', published.packs.tariff);
    await publishReferenceData(t.db, 'rates', 'kr', rates);
    app = await buildServer({ db: t.db });
    kim = await signIn(app, 'pus.kim', 'device-kim');
    const before = await snapshotPage(t.db, { postId: 'PUS' as never, limit: 1 });
    if (!before.ok) throw new Error(before.error.message);
    watermark = before.value.watermark;
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  const id = (n: number) => makeDeclaration('PUS', n).id;

  /** The claim a device makes: corrections assessed with its packs, named by its versions. */
  function claimOf(
    n: number,
    corrections: ItemCorrection[],
    packs: AssessmentPacks,
    versions: AssessmentVersions,
  ): AssessmentClaim {
    const assessed = assessCorrected(makeDeclaration('PUS', n), corrections, packs);
    if (!assessed.ok) throw new Error(assessed.error.message);
    return AssessmentClaim.parse({
      versions,
      tariffLabel: packs.tariff.label,
      ratesLabel: packs.rates.label,
      corrections,
      figures: assessed.value.figures,
    });
  }

  function command(
    n: number,
    kind: DecisionKind,
    assessment?: AssessmentClaim,
    extra: Partial<DecisionCommand> = {},
  ): DecisionCommand {
    const made = decision(kim, 'device-kim', { seq: (seq += 1), declarationId: id(n), kind });
    return DecisionCommand.parse({ ...made, ...(assessment ? { assessment } : {}), ...extra });
  }

  const one = async (sent: DecisionCommand): Promise<PushItemResult> => {
    const answer = await push(app, kim, 'device-kim', [sent]);
    const result = answer.results[0];
    if (result === undefined) throw new Error('no result');
    return result;
  };

  async function officialOf(decisionId: string): Promise<OfficialAssessment | null> {
    const rows = await t.db.query<{ official_assessment: unknown }>(
      'SELECT official_assessment FROM decisions WHERE decision_id = $1',
      [decisionId],
    );
    const stored = rows[0]?.official_assessment ?? null;
    return stored === null ? null : OfficialAssessment.parse(stored);
  }

  const reclassified: ItemCorrection[] = [{ sequence: 1, hsCode: '6109900000' as never, preference: null }];

  it('applies a reassessment whose figures it computes alike, and stores the official assessment with it', async () => {
    const claim = claimOf(1, reclassified, published.packs, published.versions);
    const sent = command(1, 'reassess', claim);
    expect(summary(await one(sent))).toBe('APPLIED');
    expect(await officialOf(sent.decisionId)).toEqual({
      versions: published.versions,
      tariffLabel: 'test tariff 13%',
      ratesLabel: 'test rates 2025-03',
      figures: claim.figures,
    });
  });

  it('answers other figures on the same versions ASSESSMENT_MISMATCH with both, applying and storing nothing', async () => {
    const honest = claimOf(2, reclassified, published.packs, published.versions);
    const cooked = AssessmentClaim.parse({
      ...honest,
      figures: { ...honest.figures, payable: '1000', byKind: honest.figures.byKind.slice(1) },
    });
    const sent = command(2, 'reassess', cooked);
    const result = await one(sent);
    expect(result).toEqual({
      outcome: 'CONFLICT',
      decisionId: sent.decisionId,
      reason: 'ASSESSMENT_MISMATCH',
      versions: published.versions,
      claimed: cooked.figures,
      official: honest.figures,
    });
    expect(await officialOf(sent.decisionId)).toBeNull();
    const rows = await t.db.query<{ version: number }>(
      "SELECT (doc->>'version')::integer AS version FROM declarations WHERE id = $1",
      [id(2)],
    );
    expect(rows[0]?.version).toBe(1);
    // A retry gets the same answer.
    const again = await push(app, kim, 'device-kim', [sent]);
    expect(again.results[0]).toEqual({ outcome: 'DUPLICATE', decisionId: sent.decisionId, stored: result });
  });

  it('verifies a decision of another kind that carries the assessment the officer saw', async () => {
    const claim = claimOf(3, [], published.packs, published.versions);
    const sent = command(3, 'hold', claim);
    expect(summary(await one(sent))).toBe('APPLIED');
    expect((await officialOf(sent.decisionId))?.figures).toEqual(claim.figures);
  });

  it('refuses a reassessment without an assessment, a correction of an item there is not, a version never published', async () => {
    const claim = claimOf(4, reclassified, published.packs, published.versions);
    const results = await push(app, kim, 'device-kim', [
      command(4, 'reassess'),
      command(4, 'reassess', AssessmentClaim.parse({ ...claim, corrections: [{ sequence: 2, price: '1' }] })),
      command(4, 'reassess', AssessmentClaim.parse({ ...claim, versions: { ...claim.versions, tariff: 9 } })),
      command(4, 'reassess', AssessmentClaim.parse({ ...claim, versions: { ...claim.versions, taxes: 1 } })),
    ]);
    expect(results.results.map(summary)).toEqual([
      'REJECTED ASSESSMENT_REQUIRED',
      'REJECTED CORRECTION_INVALID',
      'REJECTED REFERENCE_VERSION_UNKNOWN',
      'REJECTED REFERENCE_VERSION_UNKNOWN',
    ]);
    // Recorded like every rejection: the officer re-decides with `supersedes`.
    const first = results.results[0];
    const redecided = command(4, 'reassess', claim, { supersedes: first?.decisionId ?? null });
    expect(summary(await one(redecided))).toBe('APPLIED');
  });

  describe('after a new publication', () => {
    const old = { packs: published.packs, versions: published.versions };
    let sameFigures: AssessmentClaim;
    let changedFigures: AssessmentClaim;
    beforeAll(async () => {
      // Made offline on version 1, before the new tariff (a duty of 8% instead of 13%) and the
      // national tax pack were published.
      sameFigures = claimOf(5, reclassified, old.packs, old.versions);
      changedFigures = claimOf(6, [], old.packs, old.versions);
      await publishReferenceData(t.db, 'tariff', 'kr', tariff('8%'));
      await publishReferenceData(t.db, 'taxes', 'kr', taxesPackFixture('kr'));
    });

    it('applies an assessment made on superseded versions when the current ones give the same figures', async () => {
      const sent = command(5, 'reassess', sameFigures);
      expect(summary(await one(sent))).toBe('APPLIED');
      expect(await officialOf(sent.decisionId)).toMatchObject({
        versions: { tariff: 2, rates: 1, taxes: 1 },
        tariffLabel: 'test tariff 8%',
        figures: sameFigures.figures,
      });
    });

    it('answers TARIFF_OUTDATED with the current versions and their figures when they differ, and applies the re-decision', async () => {
      const sent = command(6, 'reassess', changedFigures);
      const result = await one(sent);
      const currentPacks = { tariff: tariff('8%'), rates, taxes: taxesPackFixture('kr') };
      const current = { tariff: 2, rates: 1, taxes: 1 };
      const recomputed = claimOf(6, [], currentPacks, current);
      expect(result).toEqual({
        outcome: 'CONFLICT',
        decisionId: sent.decisionId,
        reason: 'TARIFF_OUTDATED',
        used: old.versions,
        current,
        claimed: changedFigures.figures,
        official: recomputed.figures,
      });
      const redecided = command(6, 'reassess', recomputed, { supersedes: sent.decisionId });
      expect(summary(await one(redecided))).toBe('APPLIED');
      expect((await officialOf(redecided.decisionId))?.versions).toEqual(current);
    });
  });

  it('sends every device of the post each declaration’s applied decisions with their official assessments', async () => {
    const pulled = await changesPage(t.db, { postId: 'PUS' as never, cursor: watermark, limit: 500 });
    if (!pulled.ok) throw new Error(pulled.error.message);
    const first = pulled.value.changes.find(
      (change) => change.kind === 'upsert' && change.declaration.id === id(1),
    );
    const history = first?.kind === 'upsert' ? first.history : undefined;
    expect(history).toHaveLength(1);
    expect(history?.[0]).toMatchObject({
      declarationId: id(1),
      kind: 'reassess',
      officerId: kim.officer.id,
      outcome: 'APPLIED',
      declarationVersion: 2,
      official: { versions: { tariff: 1, rates: 1, taxes: null } },
    });
    // A conflicted decision changed nothing and is not history; the snapshot carries the same.
    const second = pulled.value.changes.find((c) => c.kind === 'upsert' && c.declaration.id === id(2));
    expect(second).toBeUndefined();
    const snapshot = await snapshotPage(t.db, { postId: 'PUS' as never, limit: 500 });
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    expect(snapshot.value.history?.filter((entry) => entry.declarationId === id(1))).toEqual(history);
  });
});
