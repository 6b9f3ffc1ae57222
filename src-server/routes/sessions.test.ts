import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authRoutes, Session } from '@shared/api/auth-v1';
import { ApiErrorBody } from '@shared/api/errors';
import { apiRoutes } from '@shared/api/routes';
import { buildServer } from '../app';
import { ACCESS_TOKEN_TTL_MS, SESSION_LIFETIME_MS } from '../auth/tokens';
import { revokeOfficerSessions } from '../store/auth';
import { insertSeedData } from '../store/seed';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { makeSeed } from '../test-support/fixtures';
import { bearer, signIn } from '../test-support/sessions';

const HOUR_MS = 60 * 60_000;

describe.each(testDatabases())('the end of a session on $kind', (engine) => {
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

  const later = (ms: number) => (clock = new Date(clock.getTime() + ms));

  /** Status and error code (or 'ok') of an authenticated read of the posts. */
  async function read(session: Session): Promise<[number, string]> {
    const response = await app.inject({ method: 'GET', url: apiRoutes.posts, headers: bearer(session) });
    return [response.statusCode, response.statusCode === 200 ? 'ok' : errorCode(response.json())];
  }
  const errorCode = (body: unknown) => ApiErrorBody.parse(body).error.code;

  async function refresh(session: Session, deviceId: string) {
    const response = await app.inject({
      method: 'POST',
      url: authRoutes.refresh,
      payload: { refreshToken: session.refreshToken, deviceId },
    });
    return response.statusCode === 200
      ? { ok: true as const, session: Session.parse(response.json()) }
      : { ok: false as const, status: response.statusCode, code: errorCode(response.json()) };
  }

  const logout = (session: Session, deviceId: string) =>
    app.inject({
      method: 'POST',
      url: authRoutes.logout,
      payload: { refreshToken: session.refreshToken, deviceId },
    });

  it("stops a session's access tokens the moment it signs out, and no other session's", async () => {
    const leaving = await signIn(app, 'pus.kim', 'device-end-leave');
    const staying = await signIn(app, 'pus.kim', 'device-end-stay');
    const rotated = await refresh(leaving, 'device-end-leave');
    if (!rotated.ok) throw new Error('refresh failed');
    const before = await read(leaving);
    await logout(rotated.session, 'device-end-leave');
    expect({
      before,
      issuedAtSignIn: await read(leaving),
      issuedAtRefresh: await read(rotated.session),
      otherSession: await read(staying),
    }).toEqual({
      before: [200, 'ok'],
      issuedAtSignIn: [401, 'SESSION_ENDED'],
      issuedAtRefresh: [401, 'SESSION_ENDED'],
      otherSession: [200, 'ok'],
    });
  });

  it('stops every access token of an officer whose sessions are revoked; a new sign-in works', async () => {
    const first = await signIn(app, 'pus.kim', 'device-end-revoke-1');
    const second = await signIn(app, 'pus.kim', 'device-end-revoke-2');
    await revokeOfficerSessions(t.db, first.officer.id, clock);
    const again = await signIn(app, 'pus.kim', 'device-end-revoke-1');
    expect([await read(first), await read(second), await read(again)]).toEqual([
      [401, 'SESSION_ENDED'],
      [401, 'SESSION_ENDED'],
      [200, 'ok'],
    ]);
  });

  it('stops the access tokens of a session whose refresh token was used twice', async () => {
    const session = await signIn(app, 'pus.kim', 'device-end-reuse');
    const rotated = await refresh(session, 'device-end-reuse');
    if (!rotated.ok) throw new Error('refresh failed');
    const reuse = await refresh(session, 'device-end-reuse');
    expect([reuse.ok, await read(rotated.session)]).toEqual([false, [401, 'SESSION_ENDED']]);
  });

  it('ends a sign-in after 12 hours however often it is refreshed, and no access token outlives it', async () => {
    const signedIn = clock.getTime();
    let session = await signIn(app, 'pus.kim', 'device-end-shift');
    const ends = new Date(signedIn + SESSION_LIFETIME_MS).toISOString();
    const expiries: string[] = [];
    // An officer refreshing every 14 minutes through a whole shift.
    while (clock.getTime() + 14 * 60_000 < signedIn + SESSION_LIFETIME_MS) {
      later(14 * 60_000);
      const rotated = await refresh(session, 'device-end-shift');
      if (!rotated.ok) throw new Error(`refresh at ${clock.toISOString()} failed: ${rotated.code}`);
      session = rotated.session;
      expiries.push(session.accessExpiresAt);
    }
    const lastAccess = await read(session);
    later(14 * 60_000);
    const afterShift = await refresh(session, 'device-end-shift');
    expect({
      sessionExpiresAt: session.sessionExpiresAt,
      lastAccessExpiresAt: expiries.at(-1),
      lastAccess,
      afterShift,
    }).toEqual({
      sessionExpiresAt: ends,
      lastAccessExpiresAt: ends,
      lastAccess: [200, 'ok'],
      afterShift: { ok: false, status: 401, code: 'SESSION_EXPIRED' },
    });
    expect(expiries.every((expiry) => expiry <= ends)).toBe(true);
  });

  it('takes its session lifetime from the options', async () => {
    const short = await buildServer({ db: t.db, now: () => clock, sessionLifetimeMs: HOUR_MS });
    const session = await signIn(short, 'pus.kim', 'device-end-short');
    clock = new Date(clock.getTime() + HOUR_MS);
    const response = await short.inject({
      method: 'POST',
      url: authRoutes.refresh,
      payload: { refreshToken: session.refreshToken, deviceId: 'device-end-short' },
    });
    await short.close();
    expect([
      Date.parse(session.sessionExpiresAt ?? '') - Date.parse(session.accessExpiresAt),
      response.statusCode,
      errorCode(response.json()),
    ]).toEqual([HOUR_MS - ACCESS_TOKEN_TTL_MS, 401, 'SESSION_EXPIRED']);
  });

  it('answers every sign-in, refresh, sign-out and authenticated read with no-store', async () => {
    const session = await signIn(app, 'pus.kim', 'device-end-cache');
    const answers = await Promise.all([
      app.inject({
        method: 'POST',
        url: authRoutes.login,
        payload: { username: 'pus.kim', password: 'wrong', deviceId: 'device-end-cache' },
      }),
      app.inject({
        method: 'POST',
        url: authRoutes.refresh,
        payload: { refreshToken: session.refreshToken, deviceId: 'device-end-cache' },
      }),
      app.inject({ method: 'GET', url: apiRoutes.posts, headers: bearer(session) }),
      app.inject({ method: 'GET', url: `${apiRoutes.snapshot}?postId=PUS`, headers: bearer(session) }),
      app.inject({ method: 'GET', url: apiRoutes.posts }),
    ]);
    const signedIn = await app.inject({
      method: 'POST',
      url: authRoutes.login,
      payload: { username: 'pus.kim', password: 'border-post-demo', deviceId: 'device-end-cache' },
    });
    const out = await app.inject({
      method: 'POST',
      url: authRoutes.logout,
      payload: { refreshToken: Session.parse(signedIn.json()).refreshToken, deviceId: 'device-end-cache' },
    });
    expect(
      [...answers, signedIn, out].map((r) => [r.statusCode, r.headers['cache-control'], r.headers['pragma']]),
    ).toEqual([
      [401, 'no-store', 'no-cache'],
      [200, 'no-store', 'no-cache'],
      [200, 'no-store', 'no-cache'],
      [200, 'no-store', 'no-cache'],
      [401, 'no-store', 'no-cache'],
      [200, 'no-store', 'no-cache'],
      [204, 'no-store', 'no-cache'],
    ]);
  });
});
