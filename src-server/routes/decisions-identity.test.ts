import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authRoutes, Session } from '@shared/api/auth-v1';
import { DeviceState, isRecordedOutcome } from '@shared/api/sync-v1';
import { buildServer } from '../app';
import { insertSeedData } from '../store/seed';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { decision } from '../test-support/decisions';
import { makeDeclaration, makeOfficer, makeSeed } from '../test-support/fixtures';
import { messageOf, push, summary } from '../test-support/push';
import { bearer, signIn } from '../test-support/sessions';

// Issue 8, points 1, 3, 4 and the races of point 10: who a device's progress belongs to, what
// counts as the same command, and what may move progress.

describe.each(testDatabases())('decision identity and device progress on $kind', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await engine.open();
    await insertSeedData(t.db, {
      ...makeSeed('PUS', 40),
      officers: [makeOfficer('PUS', 'pus.kim'), makeOfficer('PUS', 'pus.lee')],
    });
    await insertSeedData(t.db, makeSeed('DVR', 3));
    app = await buildServer({ db: t.db });
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  const id = (n: number) => makeDeclaration('PUS', n).id;

  async function deviceState(session: Session, deviceId: string): Promise<{ status: number; body: unknown }> {
    const response = await app.inject({
      method: 'GET',
      url: `/sync/v1/devices/${deviceId}`,
      headers: bearer(session),
    });
    return { status: response.statusCode, body: response.json() };
  }

  async function refresh(session: Session, deviceId: string): Promise<Session> {
    const response = await app.inject({
      method: 'POST',
      url: authRoutes.refresh,
      payload: { refreshToken: session.refreshToken, deviceId },
    });
    return Session.parse(response.json());
  }

  it("lets no sign-in with another officer's deviceId read, move or inflate that officer's progress", async () => {
    const kim = await signIn(app, 'pus.kim', 'device-cloned');
    await push(app, kim, 'device-cloned', [
      decision(kim, 'device-cloned', { seq: 1, declarationId: id(1), kind: 'hold' }),
      decision(kim, 'device-cloned', { seq: 2, declarationId: id(2), kind: 'hold' }),
    ]);
    // A cloned profile: lee, then an officer of another post, sign in with kim's deviceId.
    const lee = await signIn(app, 'pus.lee', 'device-cloned');
    const leePush = await push(app, lee, 'device-cloned', [
      decision(lee, 'device-cloned', { seq: 500000, declarationId: id(3), kind: 'hold' }),
    ]);
    const dover = await signIn(app, 'dvr.kim', 'device-cloned');
    await push(app, dover, 'device-cloned', [
      decision(dover, 'device-cloned', { seq: 3, declarationId: makeDeclaration('DVR', 1).id, kind: 'hold' }),
      decision(dover, 'device-cloned', { seq: 4, declarationId: makeDeclaration('DVR', 2).id, kind: 'hold' }),
    ]);
    // Kim's session, before and after a refresh, still reads and pushes on kim's own progress.
    const before = await deviceState(kim, 'device-cloned');
    const refreshed = await refresh(kim, 'device-cloned');
    const after = await deviceState(refreshed, 'device-cloned');
    const kimPush = await push(app, refreshed, 'device-cloned', [
      decision(kim, 'device-cloned', { seq: 5, declarationId: id(4), kind: 'hold' }),
    ]);
    const kimProgress = {
      deviceId: 'device-cloned',
      lastProcessedSeq: 2,
      processedCount: 2,
      officerId: kim.officer.id,
    };
    expect({
      before: before.body,
      after: after.body,
      kimPush: [kimPush.lastProcessedSeq, kimPush.processedCount],
      leePush: [leePush.lastProcessedSeq, leePush.processedCount],
      dover: (await deviceState(dover, 'device-cloned')).body,
    }).toEqual({
      before: kimProgress,
      after: kimProgress,
      kimPush: [5, 3],
      leePush: [500000, 1],
      dover: {
        deviceId: 'device-cloned',
        lastProcessedSeq: 4,
        processedCount: 2,
        officerId: dover.officer.id,
      },
    });
    expect(DeviceState.parse(after.body)).toEqual(kimProgress);
  });

  it('keeps what each officer decided on a shared workstation where they sign in in turn', async () => {
    const kim = await signIn(app, 'pus.kim', 'device-shared-desk');
    const first = await push(app, kim, 'device-shared-desk', [
      decision(kim, 'device-shared-desk', { seq: 1, declarationId: id(5), kind: 'hold' }),
    ]);
    const lee = await signIn(app, 'pus.lee', 'device-shared-desk');
    const second = await push(app, lee, 'device-shared-desk', [
      decision(lee, 'device-shared-desk', { seq: 2, declarationId: id(6), kind: 'hold' }),
      decision(lee, 'device-shared-desk', { seq: 3, declarationId: id(7), kind: 'hold' }),
    ]);
    const kimAgain = await signIn(app, 'pus.kim', 'device-shared-desk');
    const third = await push(app, kimAgain, 'device-shared-desk', [
      decision(kim, 'device-shared-desk', { seq: 4, declarationId: id(8), kind: 'hold' }),
    ]);
    expect(
      [first, second, third].map((r) => [r.results.map(summary), r.lastProcessedSeq, r.processedCount]),
    ).toEqual([
      [['APPLIED'], 1, 1],
      [['APPLIED', 'APPLIED'], 3, 2],
      [['APPLIED'], 4, 2],
    ]);
  });

  it('refuses a reused decisionId that carries another command, naming what differs', async () => {
    const kim = await signIn(app, 'pus.kim', 'device-reuse');
    const hold = decision(kim, 'device-reuse', { seq: 1, declarationId: id(9), kind: 'hold' });
    const first = await push(app, kim, 'device-reuse', [hold]);
    const swapped = await push(app, kim, 'device-reuse', [
      { ...hold, kind: 'release' },
      { ...hold, declarationId: id(10) },
      { ...hold, note: 'x'.repeat(4000) },
    ]);
    const retry = await push(app, kim, 'device-reuse', [hold]);
    expect(swapped.results.map(summary)).toEqual([
      'REJECTED DECISION_ID_REUSED',
      'REJECTED DECISION_ID_REUSED',
      'REJECTED DECISION_ID_REUSED',
    ]);
    expect(swapped.results.map(messageOf)).toEqual([
      expect.stringContaining('kind "hold" → "release"'),
      expect.stringContaining(`declarationId "${id(9)}" → "${id(10)}"`),
      expect.stringContaining('note "(another note)" → "(this note)"'),
    ]);
    // The note is named, never echoed back.
    expect(messageOf(swapped.results[2]).length).toBeLessThan(200);
    expect(retry.results).toEqual([
      { outcome: 'DUPLICATE', decisionId: hold.decisionId, stored: first.results[0] },
    ]);
    expect([first.processedCount, swapped.processedCount, retry.processedCount]).toEqual([1, 1, 1]);
  });

  it('moves progress only for claimed commands, and allows one decision per device, officer and seq', async () => {
    const kim = await signIn(app, 'pus.kim', 'device-progress');
    const hold = decision(kim, 'device-progress', { seq: 1, declarationId: id(11), kind: 'hold' });
    await push(app, kim, 'device-progress', [hold]);
    const answers = await push(
      app,
      kim,
      'device-progress',
      [
        // A refused reuse with a huge seq moves nothing.
        { ...hold, seq: 999999 },
        // A second decision under seq 1 is refused, and its declaration is untouched.
        decision(kim, 'device-progress', { seq: 1, declarationId: id(12), kind: 'hold' }),
        // Seqs beyond what the database stores are invalid, not a pin at 2^53 - 1.
        decision(kim, 'device-progress', { seq: 2, declarationId: id(13), kind: 'hold' }),
      ].map((command, i) => (i === 2 ? { ...command, seq: Number.MAX_SAFE_INTEGER } : command)),
    );
    expect({
      results: answers.results.map(summary),
      seqMessage: messageOf(answers.results[1]),
      progress: [answers.lastProcessedSeq, answers.processedCount],
      untouched: await t.db.query('SELECT version FROM declarations WHERE id = $1', [id(12)]),
      // The device learns from the shared list that none of them can be named in `supersedes`.
      recorded: answers.results.filter(
        (result) => result.outcome === 'DUPLICATE' || isRecordedOutcome(result),
      ),
    }).toEqual({
      results: ['REJECTED DECISION_ID_REUSED', 'REJECTED SEQ_REUSED', 'REJECTED INVALID_COMMAND'],
      seqMessage: `seq 1 of this device already names decision ${hold.decisionId}`,
      progress: [1, 1],
      untouched: [{ version: 1 }],
      recorded: [],
    });
  });

  it('answers concurrent identical pushes with one APPLIED and the rest DUPLICATE of it', async () => {
    const kim = await signIn(app, 'pus.kim', 'device-race');
    const release = decision(kim, 'device-race', { seq: 1, declarationId: id(14), kind: 'release' });
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => push(app, kim, 'device-race', [release])),
    );
    const outcomes = answers.map((answer) => answer.results[0]!);
    const applied = outcomes.filter((result) => result.outcome === 'APPLIED');
    expect(applied).toHaveLength(1);
    expect(outcomes.filter((result) => result.outcome === 'DUPLICATE')).toEqual(
      Array.from({ length: 11 }, () => ({
        outcome: 'DUPLICATE',
        decisionId: release.decisionId,
        stored: applied[0],
      })),
    );
    expect(answers.map((answer) => answer.processedCount)).toEqual(answers.map(() => 1));
  });

  it('answers the same id twice in one batch APPLIED, then DUPLICATE', async () => {
    const kim = await signIn(app, 'pus.kim', 'device-twice');
    const hold = decision(kim, 'device-twice', { seq: 1, declarationId: id(15), kind: 'hold' });
    const answer = await push(app, kim, 'device-twice', [hold, hold]);
    expect(answer.results).toEqual([
      answer.results[0],
      { outcome: 'DUPLICATE', decisionId: hold.decisionId, stored: answer.results[0] },
    ]);
    expect([summary(answer.results[0]!), answer.processedCount]).toEqual(['APPLIED', 1]);
  });
});
