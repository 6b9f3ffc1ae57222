import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { authRoutes } from '@shared/api/auth-v1';
import { ApiErrorBody } from '@shared/api/errors';
import { HealthResponse } from '@shared/api/health';
import { PostsResponse } from '@shared/api/posts';
import { apiRoutes } from '@shared/api/routes';
import { referenceRoutes } from '@shared/api/reference-v1';
import { SnapshotPage } from '@shared/api/snapshot';
import { syncRoutes } from '@shared/api/sync-v1';
import type { Session } from '@shared/api/auth-v1';
import { buildServer } from './app';
import { migrations } from './db/migrations/index';
import { openApiPath } from './http/openapi';
import { makeSeed } from './test-support/fixtures';
import { testDatabases, type TestDatabase } from './test-support/databases';
import { insertSeedData } from './store/seed';
import { bearer, signIn } from './test-support/sessions';

const OpenApiOutline = z.object({
  openapi: z.string(),
  paths: z.record(
    z.string(),
    z.object({
      get: z.object({ parameters: z.array(z.unknown()).optional() }).optional(),
      post: z.object({ requestBody: z.unknown() }).optional(),
    }),
  ),
  components: z.object({ schemas: z.record(z.string(), z.unknown()) }),
});

describe.each(testDatabases())('the HTTP API on $kind', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  /** An officer of PUS: every read below is made as them unless a test says otherwise. */
  let kim: Session;
  beforeAll(async () => {
    t = await engine.open();
    await insertSeedData(t.db, makeSeed('PUS', 12));
    await insertSeedData(t.db, makeSeed('ICN', 3));
    app = await buildServer({ db: t.db });
    kim = await signIn(app, 'pus.kim', 'device-app-test');
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  async function getJson(url: string, headers: Record<string, string> = {}) {
    const response = await app.inject({ method: 'GET', url, headers });
    return { status: response.statusCode, body: response.json<unknown>(), headers: response.headers };
  }
  const getAsKim = (url: string) => getJson(url, bearer(kim));

  async function expectError(url: string, status: number, code: string) {
    const response = await getAsKim(url);
    expect(response.status).toBe(status);
    expect(ApiErrorBody.parse(response.body).error.code).toBe(code);
    return ApiErrorBody.parse(response.body);
  }

  it('reports health with the engine and schema version', async () => {
    const { status, body } = await getJson(apiRoutes.health);
    expect(status).toBe(200);
    const health = HealthResponse.parse(body);
    expect({ database: health.database, schemaVersion: health.schemaVersion }).toEqual({
      database: engine.kind,
      schemaVersion: migrations.at(-1)?.version,
    });
  });

  it('publishes an OpenAPI 3.1 document listing every route', async () => {
    const { status, body } = await getJson(apiRoutes.openapi);
    expect(status).toBe(200);
    const doc = OpenApiOutline.parse(body);
    expect(doc.openapi).toBe('3.1.0');
    const routes = [apiRoutes, authRoutes, syncRoutes, referenceRoutes].flatMap((r) => Object.values(r));
    expect(Object.keys(doc.paths).sort()).toEqual(routes.map(openApiPath).sort());
    expect(doc.paths[apiRoutes.snapshot]?.get?.parameters).toEqual([
      expect.objectContaining({ name: 'postId', in: 'query', required: true }),
      expect.objectContaining({ name: 'pageToken', in: 'query', required: false }),
      expect.objectContaining({ name: 'limit', in: 'query', required: false }),
    ]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        'Declaration',
        'SnapshotPage',
        'PostsResponse',
        'HealthResponse',
        'ApiErrorBody',
      ]),
    );
    // Every $ref must point at a component that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1],
    );
    for (const name of refs) expect(doc.components.schemas).toHaveProperty(name!);
  });

  it('marks posts and the snapshot as needing a Bearer token in the OpenAPI document', async () => {
    const Operation = z.object({ security: z.unknown().optional() });
    const doc = z
      .object({ paths: z.record(z.string(), z.record(z.string(), Operation)) })
      .parse((await getJson(apiRoutes.openapi)).body);
    const security = (path: string) => doc.paths[path]?.['get']?.security;
    expect([security(apiRoutes.posts), security(apiRoutes.snapshot)]).toEqual([
      [{ bearer: [] }],
      [{ bearer: [] }],
    ]);
  });

  it("lists only the signed-in officer's own post, with its officers", async () => {
    const { status, body } = await getAsKim(apiRoutes.posts);
    expect(status).toBe(200);
    const seed = makeSeed('PUS', 0);
    expect(PostsResponse.parse(body)).toEqual({ posts: [{ ...seed.posts[0], officers: seed.officers }] });
  });

  it('answers posts and the snapshot without a token with 401 UNAUTHENTICATED', async () => {
    const answers = await Promise.all(
      [apiRoutes.posts, `${apiRoutes.snapshot}?postId=PUS`].map((url) => getJson(url)),
    );
    expect(answers.map(({ status, body }) => [status, ApiErrorBody.parse(body).error.code])).toEqual([
      [401, 'UNAUTHENTICATED'],
      [401, 'UNAUTHENTICATED'],
    ]);
  });

  it("answers another post's snapshot with 403 FORBIDDEN, and the officer's own with 200", async () => {
    const foreign = await expectError(`${apiRoutes.snapshot}?postId=ICN`, 403, 'FORBIDDEN');
    expect(foreign.error.message).toBe('officer OFF-PUS-pus.kim is not assigned to post ICN');
    const icnKim = await signIn(app, 'icn.kim', 'device-app-test-icn');
    const own = await getJson(`${apiRoutes.snapshot}?postId=ICN`, bearer(icnKim));
    expect([own.status, SnapshotPage.parse(own.body).declarations.map((d) => d.postId)]).toEqual([
      200,
      ['ICN', 'ICN', 'ICN'],
    ]);
  });

  it('pages a snapshot whose every page matches the shared schema', async () => {
    const pages: SnapshotPage[] = [];
    let url = `${apiRoutes.snapshot}?postId=PUS&limit=5`;
    for (;;) {
      const { status, body } = await getAsKim(url);
      expect(status).toBe(200);
      const page = SnapshotPage.parse(body);
      pages.push(page);
      if (page.nextPageToken === null) break;
      url = `${apiRoutes.snapshot}?postId=PUS&limit=5&pageToken=${encodeURIComponent(page.nextPageToken)}`;
    }
    expect(pages.map((p) => p.declarations.length)).toEqual([5, 5, 2]);
    expect(new Set(pages.map((p) => `${p.watermark}/${p.total}`))).toEqual(
      new Set([`${pages[0]?.watermark}/12`]),
    );
  });

  it.each([
    ['no postId', ''],
    ['a malformed postId', 'postId=pus'],
    ['limit 0', 'postId=PUS&limit=0'],
    ['limit above the maximum', 'postId=PUS&limit=1001'],
    ['a non-numeric limit', 'postId=PUS&limit=ten'],
    ['a repeated postId', 'postId=PUS&postId=ICN'],
  ])('answers %s with VALIDATION_FAILED and the zod issues', async (_, query) => {
    const body = await expectError(`${apiRoutes.snapshot}?${query}`, 400, 'VALIDATION_FAILED');
    expect(Array.isArray(body.error.details) && body.error.details.length > 0).toBe(true);
  });

  it('accepts the maximum limit', async () => {
    expect((await getAsKim(`${apiRoutes.snapshot}?postId=PUS&limit=1000`)).status).toBe(200);
  });

  it('answers a garbage page token with BAD_PAGE_TOKEN', async () => {
    await expectError(`${apiRoutes.snapshot}?postId=PUS&pageToken=garbage`, 400, 'BAD_PAGE_TOKEN');
    await expectError(`${apiRoutes.snapshot}?postId=PUS&pageToken=e30`, 400, 'BAD_PAGE_TOKEN');
  });

  it('answers an unknown post with FORBIDDEN, as any other post, and an unknown route with NOT_FOUND', async () => {
    await expectError(`${apiRoutes.snapshot}?postId=NOWHERE`, 403, 'FORBIDDEN');
    await expectError('/api/v1/nothing-here', 404, 'NOT_FOUND');
  });

  it('allows the Electron renderer origin', async () => {
    const { headers } = await getJson(apiRoutes.health, { origin: 'app://bundle' });
    expect(headers['access-control-allow-origin']).toBe('app://bundle');
  });

  it('answers the CORS preflight of the Electron renderer', async () => {
    const response = await app.inject({
      method: 'OPTIONS',
      url: apiRoutes.snapshot,
      headers: { origin: 'app://bundle', 'access-control-request-method': 'GET' },
    });
    expect([response.statusCode, response.headers['access-control-allow-origin']]).toEqual([
      204,
      'app://bundle',
    ]);
  });

  it.each(['https://evil.example', 'http://localhost:9999', 'http://127.0.0.1:5173', 'app://bundle.evil'])(
    'does not allow the origin %s',
    async (origin) => {
      const { headers } = await getJson(apiRoutes.health, { origin });
      expect(headers['access-control-allow-origin']).toBeUndefined();
    },
  );
});

// Options of the HTTP layer that do not depend on the engine: PGlite only.
describe('the HTTP server options', () => {
  let t: TestDatabase;
  let staticDir: string;
  beforeAll(async () => {
    t = await testDatabases()[0]!.open();
    staticDir = await mkdtemp(join(tmpdir(), 'border-post-static-'));
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Border Post</title>');
    await writeFile(join(staticDir, 'app.js'), 'console.log("renderer")');
  });
  afterAll(async () => {
    await t?.dispose();
    await rm(staticDir, { recursive: true, force: true });
  });

  it('serves the renderer from staticDir while API routes keep precedence', async () => {
    const app = await buildServer({ db: t.db, staticDir });
    const index = await app.inject({ method: 'GET', url: '/' });
    expect({ status: index.statusCode, type: index.headers['content-type'], body: index.body }).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><title>Border Post</title>',
    });
    expect((await app.inject({ method: 'GET', url: '/app.js' })).statusCode).toBe(200);
    expect(
      HealthResponse.safeParse((await app.inject({ method: 'GET', url: apiRoutes.health })).json()).success,
    ).toBe(true);
    const missing = await app.inject({ method: 'GET', url: '/missing.js' });
    expect(missing.statusCode).toBe(404);
    expect(ApiErrorBody.parse(missing.json()).error.code).toBe('NOT_FOUND');
    await app.close();
  });

  it('does not serve files when no staticDir is given', async () => {
    const app = await buildServer({ db: t.db });
    expect((await app.inject({ method: 'GET', url: '/' })).statusCode).toBe(404);
    await app.close();
  });

  it('uses configured CORS origins instead of the defaults', async () => {
    const app = await buildServer({ db: t.db, corsOrigins: ['https://customs.example'] });
    const allowed = await app.inject({
      method: 'GET',
      url: apiRoutes.health,
      headers: { origin: 'https://customs.example' },
    });
    const refused = await app.inject({
      method: 'GET',
      url: apiRoutes.health,
      headers: { origin: 'app://bundle' },
    });
    expect([
      allowed.headers['access-control-allow-origin'],
      refused.headers['access-control-allow-origin'],
    ]).toEqual(['https://customs.example', undefined]);
    await app.close();
  });

  it('answers a failing database with INTERNAL and no internals', async () => {
    await insertSeedData(t.db, makeSeed('PUS', 0));
    // Signed in while the database works; the posts query then fails.
    const tokenKey = Buffer.alloc(32, 7);
    const working = await buildServer({ db: t.db, tokenKey });
    const session = await signIn(working, 'pus.kim', 'device-broken-db');
    await working.close();
    const broken = { ...t.db, query: () => Promise.reject(new Error('disk on fire')) };
    const app = await buildServer({ db: broken, tokenKey });
    const response = await app.inject({ method: 'GET', url: apiRoutes.posts, headers: bearer(session) });
    expect({ status: response.statusCode, body: response.json<unknown>() }).toEqual({
      status: 500,
      body: { error: { code: 'INTERNAL', message: 'internal server error' } },
    });
    await app.close();
  });
});
