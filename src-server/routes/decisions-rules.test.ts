import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '@shared/api/auth-v1';
import { ApiErrorBody } from '@shared/api/errors';
import { SnapshotPage } from '@shared/api/snapshot';
import { CURSOR_EXPIRED, isRecordedOutcome, syncRoutes } from '@shared/api/sync-v1';
import { DecisionCommand } from '@shared/domain/decision';
import { PostId } from '@shared/domain/ids';
import { Payment } from '@shared/domain/payment';
import { buildServer } from '../app';
import { pruneChangeLog } from '../store/change-log';
import { processDecision, REJECTIONS_KEPT_PER_DAY } from '../store/decisions';
import { reassignDeclaration, withdrawDeclaration } from '../store/declarations';
import { insertSeedData } from '../store/seed';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { decision } from '../test-support/decisions';
import { makeDeclaration, makeOfficer, makeSeed } from '../test-support/fixtures';
import { messageOf, push, summary } from '../test-support/push';
import { bearer, signIn } from '../test-support/sessions';

// Issue 8, points 2, 5, 6 and the server's side of 7 and 10: values no database can store, a
// decision made on a version another officer has moved past, `supersedes`, the rejection quota,
// decisions on withdrawn and reassigned declarations, and a cursor reused after 410.

describe.each(testDatabases())('decision rules under attack on $kind', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let kim: Session;
  let lee: Session;
  beforeAll(async () => {
    t = await engine.open();
    await insertSeedData(t.db, {
      ...makeSeed('PUS', 40),
      officers: ['pus.kim', 'pus.lee', 'pus.choi'].map((name) => makeOfficer('PUS', name)),
    });
    await insertSeedData(t.db, makeSeed('ICN', 2));
    app = await buildServer({ db: t.db });
    kim = await signIn(app, 'pus.kim', 'device-kim');
    lee = await signIn(app, 'pus.lee', 'device-lee');
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  const id = (n: number) => makeDeclaration('PUS', n).id;
  let kimSeq = 0;
  let leeSeq = 0;
  const byKim = (fields: Omit<Parameters<typeof decision>[2], 'seq'>) =>
    decision(kim, 'device-kim', { seq: (kimSeq += 1), ...fields });
  const byLee = (fields: Omit<Parameters<typeof decision>[2], 'seq'>) =>
    decision(lee, 'device-lee', { seq: (leeSeq += 1), ...fields });

  it('answers each value the database cannot store REJECTED, and applies the rest of the batch', async () => {
    const valid = byKim({ declarationId: id(1), kind: 'hold' });
    const answer = await push(app, kim, 'device-kim', [
      { ...byKim({ declarationId: id(2), kind: 'hold' }), note: 'before\u0000after' },
      { ...byKim({ declarationId: id(2), kind: 'hold' }), reasonCode: 'R\u0000' },
      { ...byKim({ declarationId: id(2), kind: 'hold' }), declarationId: 'PUS\u0000D1' },
      { ...byKim({ declarationId: id(2), kind: 'hold' }), note: 'lone \ud800 surrogate' },
      { ...byKim({ declarationId: id(2), kind: 'hold' }), baseVersion: 2 ** 31 },
      valid,
    ]);
    expect(answer.results.map(summary)).toEqual([
      ...Array.from({ length: 5 }, () => 'REJECTED INVALID_COMMAND'),
      'APPLIED',
    ]);
  });

  it('answers a command the schema let through but the database refuses REJECTED, storing nothing', async () => {
    // The net under the schema: a command built in process, never parsed, with a NUL in its note.
    const command = { ...byKim({ declarationId: id(3), kind: 'hold' }), note: 'NUL \u0000' };
    const principal = { officerId: kim.officer.id, postId: PostId.parse('PUS'), role: 'officer' as const };
    const processed = await processDecision(t.db, { ...principal, deviceId: command.deviceId }, command);
    expect(processed).toMatchObject({ kind: 'refused', outcome: { code: 'UNSTORABLE_COMMAND' } });
    expect(await t.db.query('SELECT 1 FROM decisions WHERE decision_id = $1', [command.decisionId])).toEqual(
      [],
    );
  });

  it('answers a snapshot page token or cursor holding a NUL or an overflowing number 400, not 500', async () => {
    const token = (body: object) => Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
    const statuses = await Promise.all(
      [
        `/sync/v1/snapshot?postId=PUS&pageToken=${token({ p: 'PUS', w: '1', after: 'PUS\u0000' })}`,
        `/sync/v1/snapshot?postId=PUS&pageToken=${token({ p: 'PUS', w: '99999999999999999999', after: 'A' })}`,
        `${syncRoutes.changes}?postId=PUS&cursor=${token({ p: 'PUS', s: '9999999999999999999' })}`,
      ].map(async (url) => (await app.inject({ method: 'GET', url, headers: bearer(kim) })).statusCode),
    );
    expect(statuses).toEqual([400, 400, 400]);
  });

  it("answers DECIDED_SINCE_VIEWED to a release made before another officer's hold, with that hold", async () => {
    const hold = byKim({ declarationId: id(4), kind: 'hold' });
    const held = await push(app, kim, 'device-kim', [hold]);
    const stale = byLee({ declarationId: id(4), kind: 'release', baseVersion: 1 });
    const current = byLee({ declarationId: id(4), kind: 'release', baseVersion: 2 });
    const answer = await push(app, lee, 'device-lee', [stale, current]);
    expect(answer.results[0]).toEqual({
      outcome: 'CONFLICT',
      decisionId: stale.decisionId,
      reason: 'DECIDED_SINCE_VIEWED',
      currentVersion: 2,
      intervening: [
        {
          decisionId: hold.decisionId,
          kind: 'hold',
          officerId: kim.officer.id,
          recordedAt: (held.results[0] as { recordedAt: string }).recordedAt,
        },
      ],
    });
    // Re-deciding on the version that shows the hold applies.
    expect(summary(answer.results[1]!)).toBe('APPLIED');
  });

  it('answers DECIDED_SINCE_VIEWED to a release made before an inspection order raised the lane to RED', async () => {
    await push(app, kim, 'device-kim', [byKim({ declarationId: id(5), kind: 'inspect' })]);
    const answer = await push(app, lee, 'device-lee', [byLee({ declarationId: id(5), kind: 'release' })]);
    expect(summary(answer.results[0]!)).toBe('CONFLICT DECIDED_SINCE_VIEWED');
  });

  it("applies a hold over another officer's later decision, and an officer's decisions over their own", async () => {
    await push(app, kim, 'device-kim', [byKim({ declarationId: id(6), kind: 'inspect' })]);
    const safe = await push(app, lee, 'device-lee', [byLee({ declarationId: id(6), kind: 'hold' })]);
    // Kim holds, then releases, both decided offline on version 1.
    const own = await push(app, kim, 'device-kim', [
      byKim({ declarationId: id(7), kind: 'hold' }),
      byKim({ declarationId: id(7), kind: 'release' }),
    ]);
    expect([...safe.results, ...own.results].map(summary)).toEqual(['APPLIED', 'APPLIED', 'APPLIED']);
  });

  it('checks that supersedes names an earlier conflicted or rejected decision of the same officer and declaration', async () => {
    // Kim's release on 8 conflicts with lee's inspection; lee's release on 13 with kim's; kim's
    // hold on 9 applies.
    await push(app, lee, 'device-lee', [byLee({ declarationId: id(8), kind: 'inspect' })]);
    await push(app, kim, 'device-kim', [byKim({ declarationId: id(13), kind: 'inspect' })]);
    const conflicted = byKim({ declarationId: id(8), kind: 'release' });
    const applied = byKim({ declarationId: id(9), kind: 'hold' });
    const leesConflicted = byLee({ declarationId: id(13), kind: 'release' });
    const setup = [
      ...(await push(app, kim, 'device-kim', [conflicted, applied])).results,
      ...(await push(app, lee, 'device-lee', [leesConflicted])).results,
    ];
    const redecide = (supersedes: string, fields: Partial<DecisionCommand> = {}) =>
      DecisionCommand.parse({
        ...byKim({ declarationId: id(8), kind: 'hold', baseVersion: 2 }),
        supersedes,
        ...fields,
      });
    const self = redecide(conflicted.decisionId);
    const answer = await push(app, kim, 'device-kim', [
      redecide('01900000-0000-7000-8000-ffffffffffff'),
      redecide(leesConflicted.decisionId, { declarationId: id(13) }),
      { ...self, supersedes: self.decisionId },
      redecide(applied.decisionId, { declarationId: id(9) }),
      redecide(conflicted.decisionId),
      redecide(conflicted.decisionId, { baseVersion: 3, kind: 'refer', reasonCode: 'SUPERVISOR_REVIEW' }),
    ]);
    expect(setup.map(summary)).toEqual([
      'CONFLICT DECIDED_SINCE_VIEWED',
      'APPLIED',
      'CONFLICT DECIDED_SINCE_VIEWED',
    ]);
    expect(answer.results.map((result) => [summary(result), messageOf(result)])).toEqual([
      ['REJECTED SUPERSEDES_INVALID', expect.stringContaining('has not recorded')],
      ['REJECTED SUPERSEDES_INVALID', expect.stringContaining("not this officer's decision")],
      ['REJECTED SUPERSEDES_INVALID', 'a decision cannot supersede itself'],
      ['REJECTED SUPERSEDES_INVALID', expect.stringContaining('was not conflicted or rejected')],
      // Valid: the conflicted release is re-decided as a hold on the version that shows the inspection…
      ['APPLIED', ''],
      // …and once re-decided, it cannot be re-decided again.
      ['REJECTED SUPERSEDES_INVALID', expect.stringContaining('already re-decided')],
    ]);
  });

  it("lets no other officer's refused re-decision use up an officer's own", async () => {
    await push(app, lee, 'device-lee', [byLee({ declarationId: id(15), kind: 'inspect' })]);
    const conflicted = byKim({ declarationId: id(15), kind: 'release' });
    await push(app, kim, 'device-kim', [conflicted]);
    const hijack = await push(app, lee, 'device-lee', [
      DecisionCommand.parse({
        ...byLee({ declarationId: id(15), kind: 'hold', baseVersion: 2 }),
        supersedes: conflicted.decisionId,
      }),
    ]);
    const own = await push(app, kim, 'device-kim', [
      DecisionCommand.parse({
        ...byKim({ declarationId: id(15), kind: 'hold', baseVersion: 2 }),
        supersedes: conflicted.decisionId,
      }),
    ]);
    expect([...hijack.results, ...own.results].map(summary)).toEqual([
      'REJECTED SUPERSEDES_INVALID',
      'APPLIED',
    ]);
  });

  it('keeps at most the daily quota of rejections per officer, and still answers the rest', async () => {
    const choi = await signIn(app, 'pus.choi', 'device-choi');
    let seq = 0;
    const ghost = () =>
      DecisionCommand.parse({
        ...decision(choi, 'device-choi', { seq: (seq += 1), declarationId: 'PUS-NOPE', kind: 'hold' }),
        note: 'n'.repeat(4000),
      });
    for (let kept = 0; kept < REJECTIONS_KEPT_PER_DAY; kept += 100) {
      await push(app, choi, 'device-choi', Array.from({ length: 100 }, ghost));
    }
    const over = ghost();
    const answer = await push(app, choi, 'device-choi', [over]);
    const stored = await t.db.query<{ n: number }>(
      "SELECT count(*)::integer AS n FROM decisions WHERE officer_id = 'OFF-PUS-pus.choi'",
    );
    expect({
      result: summary(answer.results[0]!),
      message: messageOf(answer.results[0]),
      stored: stored[0]?.n,
      progress: [answer.lastProcessedSeq, answer.processedCount],
    }).toEqual({
      result: 'REJECTED REJECTION_QUOTA_EXCEEDED',
      message: expect.stringMatching(/^DECLARATION_NOT_FOUND: .*not recorded/),
      stored: REJECTIONS_KEPT_PER_DAY,
      progress: [REJECTIONS_KEPT_PER_DAY, REJECTIONS_KEPT_PER_DAY],
    });
  });

  it('rejects a rejection without a reason code, and records it', async () => {
    const answer = await push(app, kim, 'device-kim', [
      byKim({ declarationId: id(14), kind: 'reject', reasonCode: null }),
      byKim({ declarationId: id(14), kind: 'reject', reasonCode: 'INCOMPLETE' }),
    ]);
    expect(answer.results.map(summary)).toEqual(['REJECTED REASON_REQUIRED', 'APPLIED']);
    const first = answer.results[0]!;
    expect(first.outcome !== 'DUPLICATE' && isRecordedOutcome(first)).toBe(true);
  });

  it('refuses to release goods whose duty is due and neither paid nor secured, unless the basis is recorded', async () => {
    const due = Payment.parse({
      status: 'due',
      amount: '1843200',
      currency: 'KRW',
      noticeNumber: null,
      dueDate: null,
    });
    const deferred = Payment.parse({
      status: 'deferred',
      amount: '1843200',
      currency: 'KRW',
      guaranteeReference: 'GR-2026-0042',
      guaranteeKind: 'comprehensive',
      dueDate: '2026-10-15',
    });
    await insertSeedData(t.db, {
      posts: [],
      officers: [],
      declarations: [
        { ...makeDeclaration('PUS', 41), payment: due },
        { ...makeDeclaration('PUS', 42), payment: due },
        { ...makeDeclaration('PUS', 43), payment: deferred },
      ],
    });
    const answer = await push(app, kim, 'device-kim', [
      byKim({ declarationId: id(41), kind: 'release' }),
      { ...byKim({ declarationId: id(41), kind: 'release', reasonCode: 'PAID_UNCONFIRMED' }), note: '' },
      {
        ...byKim({ declarationId: id(42), kind: 'release', reasonCode: 'PAID_UNCONFIRMED' }),
        note: 'slip seen',
      },
      byKim({ declarationId: id(41), kind: 'hold' }),
      byKim({ declarationId: id(43), kind: 'release' }),
    ]);
    expect({
      results: answer.results.map(summary),
      message: messageOf(answer.results[0]),
      recorded: answer.results
        .slice(0, 2)
        .every((result) => result.outcome !== 'DUPLICATE' && isRecordedOutcome(result)),
    }).toEqual({
      results: ['REJECTED DUTY_UNSECURED', 'REJECTED DUTY_UNSECURED', 'APPLIED', 'APPLIED', 'APPLIED'],
      message: expect.stringMatching(/^1843200 KRW is due and neither paid nor secured: .*GUARANTEE_LODGED/),
      recorded: true,
    });
  });

  it('rejects decisions on a withdrawn declaration and on one reassigned to another post', async () => {
    await withdrawDeclaration(t.db, id(10));
    await reassignDeclaration(t.db, id(11), PostId.parse('ICN'));
    const answer = await push(app, kim, 'device-kim', [
      byKim({ declarationId: id(10), kind: 'release' }),
      byKim({ declarationId: id(11), kind: 'release' }),
    ]);
    expect(answer.results.map(summary)).toEqual([
      'REJECTED DECLARATION_WITHDRAWN',
      'REJECTED DECLARATION_NOT_FOUND',
    ]);
  });

  it('answers a cursor 410 again when it is reused after a 410, also once a new snapshot was taken', async () => {
    const pull = (cursor: string) =>
      app.inject({
        method: 'GET',
        url: `${syncRoutes.changes}?postId=PUS&cursor=${cursor}`,
        headers: bearer(kim),
      });
    const snapshot = async () =>
      SnapshotPage.parse(
        (
          await app.inject({
            method: 'GET',
            url: '/sync/v1/snapshot?postId=PUS&limit=1',
            headers: bearer(kim),
          })
        ).json(),
      );
    const old = (await snapshot()).watermark;
    await push(app, kim, 'device-kim', [byKim({ declarationId: id(12), kind: 'hold' })]);
    await pruneChangeLog(t.db, 0, new Date(Date.now() + 60_000));
    const first = await pull(old);
    const fresh = await snapshot();
    const again = await pull(old);
    expect([first.statusCode, again.statusCode, ApiErrorBody.parse(again.json()).error.code]).toEqual([
      410,
      410,
      CURSOR_EXPIRED,
    ]);
    expect((await pull(fresh.watermark)).statusCode).toBe(200);
  });
});
