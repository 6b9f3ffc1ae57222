import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '@shared/api/auth-v1';
import { syncRoutes, type DeviceProgress } from '@shared/api/sync-v1';
import type { DecisionCommand } from '@shared/domain/decision';
import { HsCode } from '@shared/domain/ids';
import { Officer } from '@shared/domain/post';
import { buildServer } from '../app';
import { amendDeclaration } from '../store/declarations';
import { insertSeedData } from '../store/seed';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { decision } from '../test-support/decisions';
import { makeDeclaration, makeOfficer, makeSeed } from '../test-support/fixtures';
import { push as pushAs, summary } from '../test-support/push';
import { bearer, signIn } from '../test-support/sessions';

describe.each(testDatabases())('pushing decisions on $kind', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let kim: Session;
  let lee: Session;
  let park: Session;
  beforeAll(async () => {
    t = await engine.open();
    const inspector = Officer.parse({ ...makeOfficer('PUS', 'pus.park'), role: 'inspector' });
    await insertSeedData(t.db, {
      ...makeSeed('PUS', 20),
      officers: [makeOfficer('PUS', 'pus.kim'), makeOfficer('PUS', 'pus.lee'), inspector],
    });
    await insertSeedData(t.db, makeSeed('ICN', 2));
    app = await buildServer({ db: t.db });
    kim = await signIn(app, 'pus.kim', 'device-kim');
    lee = await signIn(app, 'pus.lee', 'device-lee');
    park = await signIn(app, 'pus.park', 'device-park');
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  const id = (n: number) => makeDeclaration('PUS', n).id;

  const push = (session: Session, deviceId: string, decisions: unknown[], knownProgress?: DeviceProgress) =>
    pushAs(app, session, deviceId, decisions, knownProgress);

  async function versionAndLogRows(declarationId: string) {
    const rows = await t.db.query<{ version: number; logged: number }>(
      `SELECT version, (SELECT count(*)::integer FROM change_log WHERE declaration_id = $1) AS logged
       FROM declarations WHERE id = $1`,
      [declarationId],
    );
    return rows[0];
  }

  it('applies a decision once; the same decision again is a DUPLICATE with the identical stored outcome', async () => {
    const release = decision(kim, 'device-kim', { seq: 1, declarationId: id(1), kind: 'release' });
    const first = await push(kim, 'device-kim', [release]);
    const again = await push(kim, 'device-kim', [release]);
    const applied = first.results[0]!;
    expect(applied).toMatchObject({ outcome: 'APPLIED', declarationVersion: 2, status: 'released' });
    expect(again.results).toEqual([
      { outcome: 'DUPLICATE', decisionId: release.decisionId, stored: applied },
    ]);
    // Created (1) + decided (1): the duplicate had no second effect.
    expect(await versionAndLogRows(id(1))).toEqual({ version: 2, logged: 2 });
  });

  it("rejects an id that already names another device's or another seq's decision, and keeps the first", async () => {
    // Devices of their own, so the seqs here touch no other test's lastProcessedSeq.
    const kimHere = await signIn(app, 'pus.kim', 'device-reuse-kim');
    const leeHere = await signIn(app, 'pus.lee', 'device-reuse-lee');
    const original = decision(kimHere, 'device-reuse-kim', { seq: 1, declarationId: id(15), kind: 'hold' });
    const first = await push(kimHere, 'device-reuse-kim', [original]);
    const fromLee = decision(leeHere, 'device-reuse-lee', { seq: 1, declarationId: id(16), kind: 'hold' });
    const reused = await push(leeHere, 'device-reuse-lee', [{ ...fromLee, decisionId: original.decisionId }]);
    const reseq = await push(kimHere, 'device-reuse-kim', [{ ...original, seq: 2 }]);
    expect(
      [...reused.results, ...reseq.results].map((r) => [r.outcome, 'code' in r ? r.code : null]),
    ).toEqual([
      ['REJECTED', 'DECISION_ID_REUSED'],
      ['REJECTED', 'DECISION_ID_REUSED'],
    ]);
    // The first decision and its effect stand; the reuse changed nothing.
    const again = await push(kimHere, 'device-reuse-kim', [original]);
    expect(again.results).toEqual([
      { outcome: 'DUPLICATE', decisionId: original.decisionId, stored: first.results[0] },
    ]);
    expect(await versionAndLogRows(id(16))).toEqual({ version: 1, logged: 1 });
    // Only the claim counts: neither a DUPLICATE nor a refused reuse adds to what a device holds.
    expect([first.processedCount, again.processedCount, reused.processedCount]).toEqual([1, 1, 0]);
  });

  it('answers ALREADY_DECIDED to the second device, naming the first decision', async () => {
    const byKim = decision(kim, 'device-kim', { seq: 2, declarationId: id(2), kind: 'release' });
    const byLee = decision(lee, 'device-lee', { seq: 1, declarationId: id(2), kind: 'reject' });
    const first = await push(kim, 'device-kim', [byKim]);
    const second = await push(lee, 'device-lee', [byLee]);
    expect(second.results).toEqual([
      {
        outcome: 'CONFLICT',
        decisionId: byLee.decisionId,
        reason: 'ALREADY_DECIDED',
        competing: {
          decisionId: byKim.decisionId,
          kind: 'release',
          officerId: kim.officer.id,
          recordedAt: (first.results[0] as { recordedAt: string }).recordedAt,
        },
      },
    ]);
  });

  it('answers AMENDED_SINCE_VIEWED with the material field diff when the declaration changed after it was seen', async () => {
    const original = makeDeclaration('PUS', 3);
    const item = original.items[0]!;
    await amendDeclaration(t.db, id(3), {
      items: [{ ...item, hsCode: HsCode.parse('6109909000'), price: '9900.00' as typeof item.price }],
    });
    const stale = decision(kim, 'device-kim', {
      seq: 3,
      declarationId: id(3),
      kind: 'release',
      baseVersion: 1,
    });
    const fresh = decision(kim, 'device-kim', {
      seq: 4,
      declarationId: id(3),
      kind: 'release',
      baseVersion: 2,
    });
    const response = await push(kim, 'device-kim', [stale, fresh]);
    expect(response.results[0]).toEqual({
      outcome: 'CONFLICT',
      decisionId: stale.decisionId,
      reason: 'AMENDED_SINCE_VIEWED',
      currentVersion: 2,
      changes: [
        { field: 'items[1].hsCode', before: '6109100000', after: '6109909000' },
        { field: 'items[1].price', before: '12500.00', after: '9900.00' },
      ],
    });
    expect(response.results[1]).toMatchObject({ outcome: 'APPLIED', declarationVersion: 3 });
  });

  it('answers STATE_INVALID when the status does not allow the decision', async () => {
    const hold = decision(kim, 'device-kim', { seq: 5, declarationId: id(4), kind: 'inspect' });
    const afterInspect = decision(kim, 'device-kim', {
      seq: 6,
      declarationId: id(4),
      kind: 'inspect',
      baseVersion: 2,
    });
    const response = await push(kim, 'device-kim', [hold, afterInspect]);
    expect(response.results.map(summary)).toEqual(['APPLIED', 'CONFLICT STATE_INVALID']);
    expect(response.results[1]).toMatchObject({ status: 'examined' });
  });

  it('rejects poison decisions while the rest of the batch applies, and reports the highest seq', async () => {
    const ghost = decision(kim, 'device-kim', { seq: 7, declarationId: 'PUS-D999999', kind: 'release' });
    const foreign = decision(kim, 'device-kim', {
      seq: 8,
      declarationId: makeDeclaration('ICN', 1).id,
      kind: 'release',
    });
    const future = decision(kim, 'device-kim', {
      seq: 9,
      declarationId: id(5),
      kind: 'release',
      baseVersion: 7,
    });
    const malformed = {
      ...decision(kim, 'device-kim', { seq: 10, declarationId: id(5), kind: 'hold' }),
      kind: 'bless',
    };
    const good = decision(kim, 'device-kim', { seq: 11, declarationId: id(6), kind: 'hold' });
    const response = await push(kim, 'device-kim', [ghost, foreign, future, malformed, good]);
    expect(response.results.map(summary)).toEqual([
      'REJECTED DECLARATION_NOT_FOUND',
      // Another post's declaration is answered like a missing one, so ids cannot be probed.
      'REJECTED DECLARATION_NOT_FOUND',
      'REJECTED BASE_VERSION_UNKNOWN',
      'REJECTED INVALID_COMMAND',
      'APPLIED',
    ]);
    const [ghostAnswer, foreignAnswer] = response.results.map((r) => ('message' in r ? r.message : ''));
    expect(foreignAnswer?.replace(foreign.declarationId, 'X')).toBe(
      ghostAnswer?.replace(ghost.declarationId, 'X'),
    );
    expect(response.lastProcessedSeq).toBe(11);
  });

  it("rejects what the officer's role may not decide, and decisions of another officer", async () => {
    const byInspector = decision(park, 'device-park', { seq: 1, declarationId: id(7), kind: 'reassess' });
    const kimsOwn = decision(kim, 'device-park', { seq: 2, declarationId: id(7), kind: 'hold' });
    const response = await push(park, 'device-park', [byInspector, kimsOwn]);
    expect(response.results.map(summary)).toEqual(['REJECTED ROLE_FORBIDDEN', 'REJECTED IDENTITY_MISMATCH']);
    // The foreign decision was not claimed: its rightful officer can still push it.
    const rows = await t.db.query('SELECT 1 FROM decisions WHERE decision_id = $1', [kimsOwn.decisionId]);
    expect(rows).toEqual([]);
  });

  it('keeps lastProcessedSeq per device and officer, never lowers it, and shows it to no other session', async () => {
    const late = decision(lee, 'device-lee', { seq: 2, declarationId: id(8), kind: 'hold' });
    const later = decision(lee, 'device-lee', { seq: 9, declarationId: id(9), kind: 'hold' });
    await push(lee, 'device-lee', [later]);
    const response = await push(lee, 'device-lee', [late]);
    const device = await app.inject({
      method: 'GET',
      url: '/sync/v1/devices/device-lee',
      headers: bearer(lee),
    });
    const foreign = await app.inject({
      method: 'GET',
      url: '/sync/v1/devices/device-lee',
      headers: bearer(kim),
    });
    const unknown = await app.inject({
      method: 'GET',
      url: '/sync/v1/devices/device-nobody-has',
      headers: bearer(kim),
    });
    expect([response.lastProcessedSeq, device.json(), foreign.statusCode, foreign.json()]).toEqual([
      9,
      // The push answer and the device endpoint report the same progress.
      {
        deviceId: 'device-lee',
        lastProcessedSeq: 9,
        processedCount: response.processedCount,
        officerId: lee.officer.id,
      },
      // Another session's device is answered exactly like a device that does not exist.
      unknown.statusCode,
      JSON.parse(unknown.body.replace('device-nobody-has', 'device-lee')),
    ]);
  });

  it('refuses, processing nothing, a push from a device told of more progress than the server holds', async () => {
    const here = await signIn(app, 'pus.kim', 'device-known');
    const first = decision(here, 'device-known', { seq: 1, declarationId: id(17), kind: 'hold' });
    const progress = await push(here, 'device-known', [first]);
    const next = decision(here, 'device-known', { seq: 2, declarationId: id(18), kind: 'hold' });
    const ahead = {
      lastProcessedSeq: progress.lastProcessedSeq,
      processedCount: progress.processedCount + 1,
    };
    const refused = await app.inject({
      method: 'POST',
      url: syncRoutes.decisions,
      headers: bearer(here),
      payload: { deviceId: 'device-known', decisions: [next], knownProgress: ahead },
    });
    const claimed = await t.db.query('SELECT 1 FROM decisions WHERE decision_id = $1', [next.decisionId]);
    const known = { lastProcessedSeq: progress.lastProcessedSeq, processedCount: progress.processedCount };
    const accepted = await push(here, 'device-known', [next], known);
    expect({
      status: refused.statusCode,
      code: refused.json().error.code,
      claimed: claimed.length,
      accepted: accepted.results.map(summary),
    }).toEqual({ status: 409, code: 'PROGRESS_LOST', claimed: 0, accepted: ['APPLIED'] });
  });

  it('refuses a push for another device than the session signed in on', async () => {
    const command: DecisionCommand = decision(kim, 'device-lee', {
      seq: 1,
      declarationId: id(10),
      kind: 'hold',
    });
    const response = await app.inject({
      method: 'POST',
      url: syncRoutes.decisions,
      headers: bearer(kim),
      payload: { deviceId: 'device-lee', decisions: [command] },
    });
    expect(response.statusCode).toBe(403);
  });
});
