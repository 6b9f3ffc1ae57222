import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authRoutes, Session } from '@shared/api/auth-v1';
import { ApiErrorBody } from '@shared/api/errors';
import { apiRoutes } from '@shared/api/routes';
import { syncRoutes } from '@shared/api/sync-v1';
import { buildServer } from '../app';
import { DEMO_PASSWORD } from '../auth/password';
import { ACCESS_TOKEN_TTL_MS } from '../auth/tokens';
import { insertSeedData } from '../store/seed';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { makeSeed } from '../test-support/fixtures';
import { bearer, signIn } from '../test-support/sessions';

describe.each(testDatabases())('sign-in on $kind', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2025-03-01T00:00:00Z');
  beforeAll(async () => {
    t = await engine.open();
    await insertSeedData(t.db, makeSeed('PUS', 2));
    app = await buildServer({ db: t.db, now: () => clock });
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  async function post(url: string, payload: Record<string, unknown>) {
    const response = await app.inject({ method: 'POST', url, payload });
    return { status: response.statusCode, body: response.json<unknown>() };
  }
  const errorCode = (body: unknown) => ApiErrorBody.parse(body).error.code;
  const refresh = (refreshToken: string, deviceId: string) =>
    post(authRoutes.refresh, { refreshToken, deviceId });
  const logout = async (refreshToken: string, deviceId: string) =>
    (await app.inject({ method: 'POST', url: authRoutes.logout, payload: { refreshToken, deviceId } }))
      .statusCode;

  it('answers a session for the demo password, valid for 15 minutes', async () => {
    const session = await signIn(app, 'pus.kim', 'device-login-1');
    expect({
      officer: session.officer.username,
      expires: Date.parse(session.accessExpiresAt) - clock.getTime(),
    }).toEqual({ officer: 'pus.kim', expires: ACCESS_TOKEN_TTL_MS });
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await post(authRoutes.login, {
      username: 'nobody',
      password: DEMO_PASSWORD,
      deviceId: 'device-x1',
    });
    const wrong = await post(authRoutes.login, {
      username: 'pus.kim',
      password: 'guess',
      deviceId: 'device-x1',
    });
    expect([unknown, wrong]).toEqual([
      {
        status: 401,
        body: { error: { code: 'INVALID_CREDENTIALS', message: 'username or password is wrong' } },
      },
      {
        status: 401,
        body: { error: { code: 'INVALID_CREDENTIALS', message: 'username or password is wrong' } },
      },
    ]);
  });

  it('answers a username the database cannot store 400, never 500', async () => {
    const answers = await Promise.all(
      ['pus\u0000kim', 'pus\ud800kim', 'pus\tkim'].map((username) =>
        post(authRoutes.login, { username, password: DEMO_PASSWORD, deviceId: 'device-nul' }),
      ),
    );
    expect(answers.map(({ status, body }) => [status, errorCode(body)])).toEqual([
      [400, 'VALIDATION_FAILED'],
      [400, 'VALIDATION_FAILED'],
      [400, 'VALIDATION_FAILED'],
    ]);
  });

  it('rotates refresh tokens, and a reused one revokes the whole family', async () => {
    const first = await signIn(app, 'pus.kim', 'device-rotate');
    const second = await post(authRoutes.refresh, {
      refreshToken: first.refreshToken,
      deviceId: 'device-rotate',
    });
    expect(second.status).toBe(200);
    const rotated = Session.parse(second.body);
    expect(rotated.refreshToken).not.toBe(first.refreshToken);
    // The old token again: someone else holds a copy, so both copies stop working.
    const reuse = await refresh(first.refreshToken, 'device-rotate');
    const afterReuse = await refresh(rotated.refreshToken, 'device-rotate');
    expect([reuse.status, errorCode(reuse.body), afterReuse.status, errorCode(afterReuse.body)]).toEqual([
      401,
      'REFRESH_REJECTED',
      401,
      'REFRESH_REJECTED',
    ]);
  });

  it("signs out: the session's refresh tokens stop working, other sessions stay, unknown tokens are fine", async () => {
    const leaving = await signIn(app, 'pus.kim', 'device-leave');
    const staying = await signIn(app, 'pus.kim', 'device-stay');
    const rotated = Session.parse((await refresh(leaving.refreshToken, 'device-leave')).body);
    const out = await logout(rotated.refreshToken, 'device-leave');
    const again = await logout('x'.repeat(40), 'device-leave');
    const afterOut = await refresh(rotated.refreshToken, 'device-leave');
    const other = await refresh(staying.refreshToken, 'device-stay');
    expect([out, again, afterOut.status, errorCode(afterOut.body), other.status]).toEqual([
      204,
      204,
      401,
      'REFRESH_REJECTED',
      200,
    ]);
  });

  it('refuses a refresh token presented by another device', async () => {
    const session = await signIn(app, 'pus.kim', 'device-owner');
    const stolen = await post(authRoutes.refresh, {
      refreshToken: session.refreshToken,
      deviceId: 'device-thief',
    });
    expect(stolen.status).toBe(401);
  });

  it('answers 401 without a token, with a forged one and with an expired one', async () => {
    const session = await signIn(app, 'pus.kim', 'device-expiry');
    const url = `${syncRoutes.changes}?postId=PUS&cursor=x`;
    const forged = `${session.accessToken.split('.')[0]}.${'A'.repeat(43)}`;
    const none = await app.inject({ method: 'GET', url });
    const bad = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${forged}` } });
    clock = new Date(clock.getTime() + ACCESS_TOKEN_TTL_MS);
    const expired = await app.inject({ method: 'GET', url, headers: bearer(session) });
    expect([none, bad, expired].map((r) => [r.statusCode, errorCode(r.json())])).toEqual([
      [401, 'UNAUTHENTICATED'],
      [401, 'UNAUTHENTICATED'],
      [401, 'TOKEN_EXPIRED'],
    ]);
  });

  it('serves posts and the snapshot to a valid token only, and says when it has expired', async () => {
    const session = await signIn(app, 'pus.kim', 'device-posts');
    const urls = [apiRoutes.posts, `${apiRoutes.snapshot}?postId=PUS`];
    const statuses = async (headers: Record<string, string>) =>
      Promise.all(urls.map(async (url) => (await app.inject({ method: 'GET', url, headers })).statusCode));
    const valid = await statuses(bearer(session));
    const none = await statuses({});
    clock = new Date(clock.getTime() + ACCESS_TOKEN_TTL_MS);
    const expired = await Promise.all(
      urls.map(async (url) =>
        errorCode((await app.inject({ method: 'GET', url, headers: bearer(session) })).json()),
      ),
    );
    expect({ valid, none, expired }).toEqual({
      valid: [200, 200],
      none: [401, 401],
      expired: ['TOKEN_EXPIRED', 'TOKEN_EXPIRED'],
    });
  });
});
