import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '@shared/api/routes';
import { buildServer } from '../app';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { SECURITY_HEADERS } from './response-headers';

describe.each(testDatabases())('response headers on $kind', (engine) => {
  let t: TestDatabase;
  let staticDir: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await engine.open();
    staticDir = await mkdtemp(join(tmpdir(), 'border-post-headers-'));
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Border Post</title>');
    await writeFile(join(staticDir, 'app.js'), 'console.log("renderer")');
    app = await buildServer({ db: t.db, staticDir });
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
    await rm(staticDir, { recursive: true, force: true });
  });

  const requests = {
    'the page': { method: 'GET', url: '/' },
    'a bundle file': { method: 'GET', url: '/app.js' },
    'a missing file': { method: 'GET', url: '/missing.js' },
    'the health check': { method: 'GET', url: apiRoutes.health },
    'a read without a token': { method: 'GET', url: apiRoutes.posts },
    'a CORS preflight': {
      method: 'OPTIONS',
      url: apiRoutes.posts,
      headers: { origin: 'app://bundle', 'access-control-request-method': 'GET' },
    },
  } as const;

  it.each(Object.entries(requests))(
    'sends the CSP, nosniff, DENY and no-referrer with %s',
    async (_, request) => {
      const response = await app.inject(request);
      const sent = Object.fromEntries(
        Object.keys(SECURITY_HEADERS).map((name) => [name, response.headers[name]]),
      );
      expect(sent).toEqual(SECURITY_HEADERS);
    },
  );

  it('allows only what the bundle loads: its own files, no inline code, no frames, no forms', () => {
    expect(SECURITY_HEADERS['content-security-policy']).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'",
    );
  });

  it('lets the static files keep their own caching and marks API answers no-store', async () => {
    const cacheOf = async (url: string) => {
      const response = await app.inject({ method: 'GET', url });
      return [response.headers['cache-control'], response.headers['pragma']];
    };
    expect({
      page: await cacheOf('/'),
      health: await cacheOf(apiRoutes.health),
      missing: await cacheOf('/missing.js'),
    }).toEqual({
      page: ['public, max-age=0', undefined],
      health: ['no-store', 'no-cache'],
      missing: ['no-store', 'no-cache'],
    });
  });
});
