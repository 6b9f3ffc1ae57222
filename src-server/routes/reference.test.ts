import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '@shared/api/auth-v1';
import { REFERENCE_VERSION_HEADER, ReferenceManifest } from '@shared/api/reference-v1';
import { buildServer } from '../app';
import { insertSeedData } from '../store/seed';
import { loadPack, publishReferenceData, referenceDataAt } from '../store/reference-data';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { makeSeed } from '../test-support/fixtures';
import {
  codesPackFixture,
  ratesPackFixture,
  tariffPackFixture,
  taxesPackFixture,
} from '../test-support/reference-packs';
import { bearer, signIn } from '../test-support/sessions';

describe.each(testDatabases())('reference packs on $kind', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let kim: Session;
  beforeAll(async () => {
    t = await engine.open();
    await insertSeedData(t.db, makeSeed('PUS', 1));
    app = await buildServer({ db: t.db });
    kim = await signIn(app, 'pus.kim', 'device-kim');
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers: { ...bearer(kim), ...headers } });

  it('lists the current version of each kind in the manifest, without the bodies', async () => {
    await publishReferenceData(t.db, 'tariff', 'kr', tariffPackFixture('kr', '8%'));
    await publishReferenceData(t.db, 'rates', 'kr', ratesPackFixture('kr', '2026-08', '0.00072'));
    const september = await publishReferenceData(
      t.db,
      'rates',
      'kr',
      ratesPackFixture('kr', '2026-09', '0.00071'),
    );
    await publishReferenceData(t.db, 'taxes', 'kr', taxesPackFixture('kr'));
    await publishReferenceData(t.db, 'codes', 'kr', codesPackFixture('kr'));
    const response = await get('/sync/v1/reference?jurisdiction=kr');
    const manifest = ReferenceManifest.parse(response.json());
    expect({
      status: response.statusCode,
      packs: manifest.packs.map(({ kind, version, label, publishedAt }) => ({
        kind,
        version,
        label,
        publishedAt,
      })),
      ratesEtag: manifest.packs.find((pack) => pack.kind === 'rates')?.etag,
      ratesBytes: manifest.packs.find((pack) => pack.kind === 'rates')?.bytes,
    }).toEqual({
      status: 200,
      packs: [
        { kind: 'codes', version: 1, label: 'test codes', publishedAt: '2026-09-01T00:00:00.000Z' },
        { kind: 'rates', version: 2, label: 'test rates 2026-09', publishedAt: '2026-09-01T00:00:00.000Z' },
        { kind: 'tariff', version: 1, label: 'test tariff 8%', publishedAt: '2026-09-01T00:00:00.000Z' },
        { kind: 'taxes', version: 1, label: 'test taxes', publishedAt: '2026-09-01T00:00:00.000Z' },
      ],
      ratesEtag: september.etag,
      ratesBytes: Buffer.byteLength(september.body),
    });
  });

  it('serves a past version by number, with its own ETag, and 304 for it', async () => {
    const past = await get('/sync/v1/reference/rates?jurisdiction=kr&version=1');
    const again = await get('/sync/v1/reference/rates?jurisdiction=kr&version=1', {
      'if-none-match': String(past.headers.etag),
    });
    const current = await get('/sync/v1/reference/rates?jurisdiction=kr');
    const never = await get('/sync/v1/reference/rates?jurisdiction=kr&version=9');
    expect({
      past: [past.statusCode, past.headers[REFERENCE_VERSION_HEADER], past.json().label],
      again: again.statusCode,
      current: [current.statusCode, current.headers[REFERENCE_VERSION_HEADER], current.json().label],
      sameEtag: past.headers.etag === current.headers.etag,
      never: [never.statusCode, never.json().error.message],
    }).toEqual({
      past: [200, '1', 'test rates 2026-08'],
      again: 304,
      current: [200, '2', 'test rates 2026-09'],
      sameEtag: false,
      never: [404, 'rates version 9 was never published for kr'],
    });
  });

  it('sends a pack gzipped to a client that accepts gzip, the same bytes once unpacked', async () => {
    const plain = await get('/sync/v1/reference/rates?jurisdiction=kr');
    const packed = await get('/sync/v1/reference/rates?jurisdiction=kr', {
      'accept-encoding': 'gzip, deflate, br',
    });
    const refused = await get('/sync/v1/reference/rates?jurisdiction=kr', {
      'accept-encoding': 'gzip;q=0, br',
    });
    expect({
      plain: plain.headers['content-encoding'],
      packed: [
        packed.headers['content-encoding'],
        gunzipSync(packed.rawPayload).toString('utf8') === plain.body,
      ],
      refused: refused.headers['content-encoding'],
    }).toEqual({ plain: undefined, packed: ['gzip', true], refused: undefined });
  });

  it('answers an empty manifest for a jurisdiction with nothing published, and refuses strangers', async () => {
    const uk = await get('/sync/v1/reference?jurisdiction=uk');
    const bad = await get('/sync/v1/reference?jurisdiction=fr');
    const anonymous = await app.inject({ method: 'GET', url: '/sync/v1/reference?jurisdiction=kr' });
    expect([uk.statusCode, uk.json(), bad.statusCode, anonymous.statusCode]).toEqual([
      200,
      { jurisdiction: 'uk', packs: [] },
      400,
      401,
    ]);
  });

  it('refuses to publish a document that is not a pack of its kind and jurisdiction', async () => {
    await expect(
      publishReferenceData(t.db, 'rates', 'kr', { week: '2025-W09', USD: '1432.10' }),
    ).rejects.toThrow('cannot publish rates for kr: not a reference pack at kind');
    await expect(
      publishReferenceData(t.db, 'tariff', 'kr', ratesPackFixture('kr', '2026-09', '1')),
    ).rejects.toThrow('cannot publish tariff for kr: the document is a rates pack');
    await expect(publishReferenceData(t.db, 'codes', 'kr', codesPackFixture('uk'))).rejects.toThrow(
      'cannot publish codes for kr: the pack is for uk',
    );
  });

  it('loads a past or current version parsed, for the verifier', async () => {
    const past = await loadPack(t.db, 'rates', 'kr', 1);
    const current = await loadPack(t.db, 'rates', 'kr');
    const cachedAgain = await loadPack(t.db, 'rates', 'kr', 1);
    expect({
      past: [past?.version, past?.pack.table.rates[0]?.unitsPerBase],
      current: [current?.version, current?.pack.covers],
      cached: cachedAgain?.pack === past?.pack,
      never: await loadPack(t.db, 'rates', 'kr', 9),
      raw: (await referenceDataAt(t.db, 'rates', 'kr', 1))?.version,
    }).toEqual({
      past: [1, '0.00072'],
      current: [2, { from: '2026-09-01', to: '2026-09-28' }],
      cached: true,
      never: null,
      raw: 1,
    });
  });
});
