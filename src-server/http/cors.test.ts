import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '@shared/api/routes';
import { buildServer } from '../app';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { parseCorsOrigin } from './cors';

describe.each(testDatabases())('CORS on $kind', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.open();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  /** The Access-Control-Allow-Origin of a preflight from `origin`, over a real socket. */
  async function preflight(url: string, origin: string): Promise<string | null> {
    const response = await fetch(`${url}${apiRoutes.posts}`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET' },
    });
    return response.headers.get('access-control-allow-origin');
  }

  it("allows app://bundle and the server's own origins once it listens, and no other port", async () => {
    const app = await buildServer({ db: t.db });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    const origins = [
      'app://bundle',
      url,
      `http://localhost:${port}`,
      'http://localhost:9999',
      `http://localhost:${port + 1}`,
      `https://127.0.0.1:${port}`,
      'http://127.0.0.1',
    ];
    const allowed = await Promise.all(origins.map((origin) => preflight(url, origin)));
    await app.close();
    expect(Object.fromEntries(origins.map((origin, i) => [origin, allowed[i]]))).toEqual({
      'app://bundle': 'app://bundle',
      [url]: url,
      [`http://localhost:${port}`]: `http://localhost:${port}`,
      'http://localhost:9999': null,
      [`http://localhost:${port + 1}`]: null,
      [`https://127.0.0.1:${port}`]: null,
      'http://127.0.0.1': null,
    });
  });

  it('replaces app://bundle with the configured origins', async () => {
    const app = await buildServer({ db: t.db, corsOrigins: ['http://localhost:5173'] });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const answers = [await preflight(url, 'http://localhost:5173'), await preflight(url, 'app://bundle')];
    await app.close();
    expect(answers).toEqual(['http://localhost:5173', null]);
  });
});

describe('a configured CORS origin', () => {
  it.each([
    'app://bundle',
    'https://customs.example',
    'http://localhost:5173',
    'http://[::1]:4010',
    ' HTTPS://A.example ',
  ])('accepts the exact origin %j', (raw) => {
    expect(parseCorsOrigin(raw)).toEqual({ ok: true, value: raw.trim().toLowerCase() });
  });

  it.each([
    '*',
    'http://localhost:*',
    'https://customs.example/',
    'https://customs.example/app',
    'customs.example',
    '',
  ])('refuses %j', (raw) => {
    expect(parseCorsOrigin(raw).ok).toBe(false);
  });
});
