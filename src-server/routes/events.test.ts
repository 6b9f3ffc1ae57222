import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { authRoutes, type Session } from '@shared/api/auth-v1';
import { ApiErrorBody } from '@shared/api/errors';
import { syncRoutes } from '@shared/api/sync-v1';
import { buildServer, type ServerOptions } from '../app';
import { amendDeclaration } from '../store/declarations';
import { revokeOfficerSessions } from '../store/auth';
import { insertSeedData } from '../store/seed';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { makeDeclaration, makeSeed } from '../test-support/fixtures';
import { bearer, signIn } from '../test-support/sessions';

/** Longest a stream is waited for: far above the injected lifetimes, below the test timeout. */
const BOUND_MS = 8_000;

type Stream = {
  status: number;
  headers: Headers;
  /** Everything received once the server ended the stream, or 'still open' after BOUND_MS. */
  ended(): Promise<string>;
  /** Resolves true once a poke arrives, false if the stream ends first or after BOUND_MS. */
  poked(): Promise<boolean>;
};

const CONNECTED = ': connected\n\n';

describe.each(testDatabases())('the event stream on $kind', (engine) => {
  let t: TestDatabase;
  const apps: FastifyInstance[] = [];
  const aborts: AbortController[] = [];
  beforeAll(async () => {
    t = await engine.open();
    await insertSeedData(t.db, makeSeed('PUS', 3));
  });
  afterEach(async () => {
    for (const abort of aborts.splice(0)) abort.abort();
    for (const app of apps.splice(0)) await app.close();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  async function listen(options: Omit<ServerOptions, 'db'> = {}) {
    const app = await buildServer({ db: t.db, eventsPollMs: 50, ...options });
    apps.push(app);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    return { app, url: `http://127.0.0.1:${port}` };
  }

  async function openStream(url: string, session: Session): Promise<Stream> {
    const abort = new AbortController();
    aborts.push(abort);
    const response = await fetch(`${url}${syncRoutes.events}?postId=PUS`, {
      headers: bearer(session),
      signal: abort.signal,
    });
    let text = '';
    let done = false;
    const reading = (async () => {
      if (response.body === null) return;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
        if (chunk.done) break;
        text += chunk.value;
      }
      done = true;
    })();
    const within = <T>(promise: Promise<T>, fallback: () => T) =>
      Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback()), BOUND_MS))]);
    return {
      status: response.status,
      headers: response.headers,
      ended: () =>
        within(
          reading.then(() => text),
          () => `still open: ${text}`,
        ),
      async poked() {
        const deadline = Date.now() + BOUND_MS;
        while (!text.includes('event: poke') && !done && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        return text.includes('event: poke');
      },
    };
  }

  const amend = () => amendDeclaration(t.db, makeDeclaration('PUS', 1).id, { lane: 'RED' });

  it('ends a stream when the access token it was opened with expires', async () => {
    const { app, url } = await listen({ accessTokenTtlMs: 1_500, eventsKeepAliveMs: 60_000 });
    const kim = await signIn(app, 'pus.kim', 'device-events-expiry');
    const stream = await openStream(url, kim);
    expect(await stream.ended()).toBe(`${CONNECTED}: closed: the access token expired\n\n`);
  });

  it('ends a stream at the next keep-alive once the clock passes the token expiry', async () => {
    let clock = new Date('2025-03-01T00:00:00Z');
    const { app, url } = await listen({ now: () => clock, eventsKeepAliveMs: 50 });
    const kim = await signIn(app, 'pus.kim', 'device-events-clock');
    const stream = await openStream(url, kim);
    clock = new Date(Date.parse(kim.accessExpiresAt));
    expect(await stream.ended()).toMatch(/: closed: the access token expired\n\n$/);
  });

  it("ends a session's streams when it signs out, and keeps another session's open", async () => {
    const { app, url } = await listen({ eventsKeepAliveMs: 60_000 });
    const leaving = await signIn(app, 'pus.kim', 'device-events-leave');
    const staying = await signIn(app, 'pus.kim', 'device-events-stay');
    const [left, stayed] = [await openStream(url, leaving), await openStream(url, staying)];
    await app.inject({
      method: 'POST',
      url: authRoutes.logout,
      payload: { refreshToken: leaving.refreshToken, deviceId: 'device-events-leave' },
    });
    const ended = await left.ended();
    await amend();
    expect({ ended, stayedPoked: await stayed.poked() }).toEqual({
      ended: `${CONNECTED}: closed: the session was signed out\n\n`,
      stayedPoked: true,
    });
  });

  it('ends a stream at its next keep-alive when its session is signed out on another API node', async () => {
    const tokenKey = Buffer.alloc(32, 3);
    const node1 = await listen({ tokenKey, eventsKeepAliveMs: 50 });
    const node2 = await listen({ tokenKey });
    const kim = await signIn(node1.app, 'pus.kim', 'device-events-nodes');
    const stream = await openStream(node1.url, kim);
    await node2.app.inject({
      method: 'POST',
      url: authRoutes.logout,
      payload: { refreshToken: kim.refreshToken, deviceId: 'device-events-nodes' },
    });
    expect(await stream.ended()).toMatch(/: closed: the session ended\n\n$/);
  });

  it("ends a stream when the officer's sessions are revoked", async () => {
    const { app, url } = await listen({ eventsKeepAliveMs: 50 });
    const kim = await signIn(app, 'pus.kim', 'device-events-revoked');
    const stream = await openStream(url, kim);
    await revokeOfficerSessions(t.db, kim.officer.id, new Date());
    expect(await stream.ended()).toMatch(/: closed: the session ended\n\n$/);
  });

  it('closes the oldest stream when a session opens one more than allowed', async () => {
    const { app, url } = await listen({ eventsKeepAliveMs: 60_000, maxEventStreamsPerSession: 3 });
    const kim = await signIn(app, 'pus.kim', 'device-events-many');
    const first = await openStream(url, kim);
    const rest = [await openStream(url, kim), await openStream(url, kim), await openStream(url, kim)];
    const ended = await first.ended();
    await amend();
    expect({ ended, restPoked: await Promise.all(rest.map((stream) => stream.poked())) }).toEqual({
      ended: `${CONNECTED}: closed: a newer stream of this session replaced it\n\n`,
      restPoked: [true, true, true],
    });
  });

  it('refuses to open a stream for a signed-out session', async () => {
    const { app, url } = await listen();
    const kim = await signIn(app, 'pus.kim', 'device-events-after');
    await app.inject({
      method: 'POST',
      url: authRoutes.logout,
      payload: { refreshToken: kim.refreshToken, deviceId: 'device-events-after' },
    });
    const response = await fetch(`${url}${syncRoutes.events}?postId=PUS`, { headers: bearer(kim) });
    expect([response.status, ApiErrorBody.parse(await response.json()).error.code]).toEqual([
      401,
      'SESSION_ENDED',
    ]);
  });

  it('carries the security headers and no-store', async () => {
    const { app, url } = await listen();
    const kim = await signIn(app, 'pus.kim', 'device-events-headers');
    const stream = await openStream(url, kim);
    const headers = Object.fromEntries(
      ['cache-control', 'x-content-type-options', 'x-frame-options'].map((name) => [
        name,
        stream.headers.get(name),
      ]),
    );
    expect(headers).toEqual({
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    });
  });
});
