import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '@shared/api/auth-v1';
import { ApiErrorBody } from '@shared/api/errors';
import { REFERENCE_VERSION_HEADER } from '@shared/api/reference-v1';
import { SnapshotPage } from '@shared/api/snapshot';
import { ChangesPage, CURSOR_EXPIRED, syncRoutes } from '@shared/api/sync-v1';
import { PostId } from '@shared/domain/ids';
import { buildServer } from '../app';
import { pruneChangeLog } from '../store/change-log';
import { amendDeclaration, reassignDeclaration, withdrawDeclaration } from '../store/declarations';
import { publishReferenceData } from '../store/reference-data';
import { insertSeedData } from '../store/seed';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { ratesPackFixture } from '../test-support/reference-packs';
import { decision } from '../test-support/decisions';
import { makeDeclaration, makeSeed } from '../test-support/fixtures';
import { bearer, signIn } from '../test-support/sessions';

describe.each(testDatabases())('pulling changes on $kind', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let kim: Session;
  let watermark: string;
  beforeAll(async () => {
    t = await engine.open();
    await insertSeedData(t.db, makeSeed('PUS', 5));
    await insertSeedData(t.db, makeSeed('ICN', 1));
    app = await buildServer({ db: t.db, eventsPollMs: 50 });
    kim = await signIn(app, 'pus.kim', 'device-kim');
    const snapshot = await app.inject({
      method: 'GET',
      url: '/sync/v1/snapshot?postId=PUS',
      headers: bearer(kim),
    });
    watermark = SnapshotPage.parse(snapshot.json()).watermark;
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  const id = (n: number) => makeDeclaration('PUS', n).id;

  async function pull(cursor: string, postId = 'PUS', limit = 500) {
    const url = `${syncRoutes.changes}?postId=${postId}&cursor=${encodeURIComponent(cursor)}&limit=${limit}`;
    const response = await app.inject({ method: 'GET', url, headers: bearer(kim) });
    return { status: response.statusCode, body: response.json<unknown>() };
  }

  it('starts from the snapshot watermark with nothing new, then delivers upserts and tombstones in order', async () => {
    const empty = ChangesPage.parse((await pull(watermark)).body);
    expect(empty).toEqual({ cursor: watermark, changes: [], nextCursor: watermark, hasMore: false });

    await amendDeclaration(t.db, id(1), { lane: 'RED' });
    await withdrawDeclaration(t.db, id(2));
    await reassignDeclaration(t.db, id(3), PostId.parse('ICN'));
    const page = ChangesPage.parse((await pull(watermark)).body);
    expect(page.changes).toEqual([
      // An amendment, no decision: an empty history (issue 9).
      { kind: 'upsert', declaration: { ...makeDeclaration('PUS', 1), lane: 'RED', version: 2 }, history: [] },
      { kind: 'tombstone', declarationId: id(2), version: 2, reason: 'withdrawn' },
      { kind: 'tombstone', declarationId: id(3), version: 2, reason: 'reassigned' },
    ]);
    // The new post receives the declaration as an upsert.
    const icnKim = await signIn(app, 'icn.kim', 'device-icn');
    const icnSnapshot = SnapshotPage.parse(
      (
        await app.inject({ method: 'GET', url: '/sync/v1/snapshot?postId=ICN', headers: bearer(icnKim) })
      ).json(),
    );
    expect(icnSnapshot.declarations.map((d) => d.id)).toContain(id(3));
    expect(icnKim.officer.postId).toBe('ICN');
  });

  it('pages with hasMore and a cursor that continues where the page ended', async () => {
    const start = ChangesPage.parse((await pull(watermark)).body).nextCursor;
    await amendDeclaration(t.db, id(4), { riskScore: 90 });
    await amendDeclaration(t.db, id(5), { riskScore: 91 });
    const first = ChangesPage.parse((await pull(start, 'PUS', 1)).body);
    const second = ChangesPage.parse((await pull(first.nextCursor, 'PUS', 1)).body);
    expect([first.hasMore, first.changes.length, second.hasMore, second.changes.length]).toEqual([
      true,
      1,
      false,
      1,
    ]);
  });

  it("answers 403 for another post's changes and 400 for a garbage cursor", async () => {
    const foreign = await pull(watermark, 'ICN');
    const garbage = await pull('garbage');
    expect([foreign.status, garbage.status, ApiErrorBody.parse(garbage.body).error.code]).toEqual([
      403,
      400,
      'BAD_CURSOR',
    ]);
  });

  it('answers 410 CURSOR_EXPIRED for a cursor older than the retention', async () => {
    const future = new Date(Date.now() + 60_000);
    const pruned = await pruneChangeLog(t.db, 0, future);
    expect(pruned.deleted).toBeGreaterThan(0);
    const response = await pull(watermark);
    expect([response.status, ApiErrorBody.parse(response.body).error.code]).toEqual([410, CURSOR_EXPIRED]);
    // A fresh snapshot's watermark is valid again.
    const snapshot = SnapshotPage.parse(
      (await app.inject({ method: 'GET', url: '/sync/v1/snapshot?postId=PUS', headers: bearer(kim) })).json(),
    );
    expect((await pull(snapshot.watermark)).status).toBe(200);
  });

  it('pokes an SSE subscriber after a decision', async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    const response = await fetch(`${address}${syncRoutes.events}?postId=PUS`, {
      headers: bearer(kim),
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    const poked = (async () => {
      let text = '';
      while (!text.includes('event: poke')) {
        const chunk = await reader.read();
        if (chunk.done) return false;
        text += new TextDecoder().decode(chunk.value);
        if (text.includes(': connected') && !text.includes('pushed')) {
          text += 'pushed';
          await app.inject({
            method: 'POST',
            url: syncRoutes.decisions,
            headers: bearer(kim),
            payload: {
              deviceId: 'device-kim',
              decisions: [
                decision(kim, 'device-kim', { seq: 1, declarationId: id(5), kind: 'hold', baseVersion: 2 }),
              ],
            },
          });
        }
      }
      return true;
    })();
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000));
    const result = await Promise.race([poked, timeout]);
    controller.abort();
    expect(result).toBe(true);
  });

  it('serves reference data with a strong ETag and 304 while it is unchanged', async () => {
    const september = ratesPackFixture('kr', '2025-09', '0.00069');
    await publishReferenceData(t.db, 'rates', 'kr', september);
    const url = '/sync/v1/reference/rates?jurisdiction=kr';
    const first = await app.inject({ method: 'GET', url, headers: bearer(kim) });
    const etag = String(first.headers.etag);
    const cached = await app.inject({
      method: 'GET',
      url,
      headers: { ...bearer(kim), 'if-none-match': etag },
    });
    await publishReferenceData(t.db, 'rates', 'kr', ratesPackFixture('kr', '2025-10', '0.00070'));
    const changed = await app.inject({
      method: 'GET',
      url,
      headers: { ...bearer(kim), 'if-none-match': etag },
    });
    const anonymous = await app.inject({ method: 'GET', url });
    expect([
      first.statusCode,
      first.json(),
      first.headers[REFERENCE_VERSION_HEADER],
      cached.statusCode,
      changed.statusCode,
      changed.headers[REFERENCE_VERSION_HEADER],
      changed.headers.etag === etag,
      anonymous.statusCode,
    ]).toEqual([200, september, '1', 304, 200, '2', false, 401]);
  });
});
