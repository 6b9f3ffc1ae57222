import { connect, type AddressInfo, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { authRoutes } from '@shared/api/auth-v1';
import { ApiErrorBody } from '@shared/api/errors';
import { apiRoutes } from '@shared/api/routes';
import { syncRoutes } from '@shared/api/sync-v1';
import { buildServer, type ServerOptions } from '../app';
import { amendDeclaration } from '../store/declarations';
import { insertSeedData } from '../store/seed';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { makeDeclaration, makeSeed } from '../test-support/fixtures';
import { bearer, signIn } from '../test-support/sessions';

/** Longest any socket below is waited for: far above the injected limits, far below the test timeout. */
const BOUND_MS = 8_000;

/** A hand-driven HTTP/1.1 client: it sends exactly what a slow or hostile client would. */
type RawClient = {
  write(text: string): void;
  received(): string;
  /** 'closed' once the server closed the socket, 'still open' after BOUND_MS. */
  closed(): Promise<'closed' | 'still open'>;
  destroy(): void;
};

function rawClient(port: number): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ port, host: '127.0.0.1' });
    let received = '';
    let isClosed = false;
    const closing = new Promise<void>((done) => socket.on('close', () => done()));
    socket.on('close', () => (isClosed = true));
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    // Writes racing the server's close fail with EPIPE or ECONNRESET: that is the point.
    socket.on('error', () => undefined);
    socket.once('connect', () =>
      resolve({
        write: (text) => {
          if (!isClosed) socket.write(text);
        },
        received: () => received,
        closed: () =>
          Promise.race([
            closing.then(() => 'closed' as const),
            new Promise<'still open'>((done) => setTimeout(() => done('still open'), BOUND_MS)),
          ]),
        destroy: () => socket.destroy(),
      }),
    );
    socket.once('error', reject);
  });
}

/** Resolves once `predicate` holds for what the client received, or after BOUND_MS. */
async function receivedUntil(client: RawClient, predicate: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + BOUND_MS;
  while (!predicate(client.received()) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return client.received();
}

// Not anchored to a line: a pipelined response starts right after the previous body.
const statusLines = (text: string) => text.match(/HTTP\/1\.1 \d{3} [^\r\n]*/g) ?? [];
const healthRequest = 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';

describe.each(testDatabases())('the server holds its ground on $kind', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance | null = null;
  const clients: RawClient[] = [];
  beforeAll(async () => {
    t = await engine.open();
    await insertSeedData(t.db, makeSeed('PUS', 2));
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await app?.close();
    app = null;
  });
  afterAll(async () => {
    await t?.dispose();
  });

  /** Starts a server on a loopback port with the given options, and a raw client factory for it. */
  async function listen(options: Omit<ServerOptions, 'db'>) {
    app = await buildServer({ db: t.db, ...options });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const open = async () => {
      const client = await rawClient(port);
      clients.push(client);
      return client;
    };
    return { url: `http://127.0.0.1:${port}`, open };
  }

  const loginStart =
    `POST ${authRoutes.login} HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
    'Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n{';

  it.each([
    ['a sign-in whose body arrives a byte at a time', { requestTimeoutMs: 300 }, loginStart, ' '],
    [
      'a request whose headers never end',
      { headersTimeoutMs: 300 },
      'GET /health HTTP/1.1\r\n',
      'X-Drip: 1\r\n',
    ],
  ])('answers 408 and closes the socket of %s', async (_, limits, start, drop) => {
    const { open } = await listen({ limits });
    const client = await open();
    client.write(start);
    // A drop every 50 ms until the socket closes: never enough to complete the request.
    const drip = setInterval(() => client.write(drop), 50);
    const closed = await client.closed();
    clearInterval(drip);
    expect([closed, statusLines(client.received())]).toEqual(['closed', ['HTTP/1.1 408 Request Timeout']]);
  });

  it('closes a socket that falls silent in the middle of a request', async () => {
    const { open } = await listen({ limits: { connectionTimeoutMs: 300 } });
    const client = await open();
    client.write(loginStart);
    expect(await client.closed()).toBe('closed');
  });

  it('closes an idle keep-alive socket after its response', async () => {
    const { open } = await listen({ limits: { keepAliveTimeoutMs: 200 } });
    const client = await open();
    client.write(healthRequest);
    const closed = await client.closed();
    expect([closed, statusLines(client.received())]).toEqual(['closed', ['HTTP/1.1 200 OK']]);
  });

  it('asks a client to reconnect after the last request a socket may carry, and refuses more on it', async () => {
    const { open } = await listen({ limits: { maxRequestsPerSocket: 2 } });
    const client = await open();
    for (const answered of [1, 2, 3]) {
      client.write(healthRequest);
      await receivedUntil(client, (text) => statusLines(text).length === answered);
    }
    const responses = client.received().split(/(?=HTTP\/1\.1 )/);
    expect(
      responses.map((response) => [statusLines(response)[0], /\r\nconnection: close\r\n/i.test(response)]),
    ).toEqual([
      ['HTTP/1.1 200 OK', false],
      ['HTTP/1.1 200 OK', true],
      ['HTTP/1.1 503 Service Unavailable', true],
    ]);
  });

  it('drops connections beyond the cap, and takes new ones once a socket is free', async () => {
    const { open } = await listen({ limits: { maxConnections: 2 } });
    const held = [await open(), await open()];
    for (const client of held) client.write(healthRequest);
    for (const client of held) await receivedUntil(client, (text) => statusLines(text).length === 1);
    const refused = await open();
    refused.write(healthRequest);
    const refusedClosed = await refused.closed();
    held[0]?.destroy();
    await held[0]?.closed();
    const later = await open();
    later.write(healthRequest);
    const answered = await receivedUntil(later, (text) => statusLines(text).length === 1);
    expect({ refused: [refusedClosed, refused.received()], later: statusLines(answered) }).toEqual({
      refused: ['closed', ''],
      later: ['HTTP/1.1 200 OK'],
    });
  });

  it('refuses a body over the limit with 413, and a sign-in body over 16 KiB whatever the limit', async () => {
    app = await buildServer({ db: t.db, limits: { bodyLimitBytes: 2048 } });
    const kim = await signIn(app, 'pus.kim', 'device-limits');
    const push = await app.inject({
      method: 'POST',
      url: syncRoutes.decisions,
      headers: bearer(kim),
      payload: { deviceId: 'device-limits', decisions: [{ note: 'x'.repeat(4096) }] },
    });
    const login = await app.inject({
      method: 'POST',
      url: authRoutes.login,
      payload: { username: 'pus.kim', password: 'x'.repeat(17 * 1024), deviceId: 'device-limits' },
    });
    expect([push, login].map((r) => [r.statusCode, ApiErrorBody.parse(r.json()).error.code])).toEqual([
      [413, 'BAD_REQUEST'],
      [413, 'BAD_REQUEST'],
    ]);
  });

  it('keeps an event stream open well past the request, connection and keep-alive timeouts', async () => {
    const { url } = await listen({
      limits: {
        requestTimeoutMs: 200,
        headersTimeoutMs: 200,
        connectionTimeoutMs: 200,
        keepAliveTimeoutMs: 200,
      },
      eventsPollMs: 50,
      eventsKeepAliveMs: 60_000,
    });
    const kim = await signIn(app!, 'pus.kim', 'device-stream-limits');
    const controller = new AbortController();
    const response = await fetch(`${url}${syncRoutes.events}?postId=PUS`, {
      headers: bearer(kim),
      signal: controller.signal,
    });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const poked = (async () => {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) return text;
        text += chunk.value;
        if (text.includes('event: poke')) return text;
      }
    })();
    // Five times every timeout, silent on both sides; then a change must still reach the stream.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await amendDeclaration(t.db, makeDeclaration('PUS', 1).id, { lane: 'RED' });
    const bounded = await Promise.race([
      poked,
      new Promise<string>((resolve) => setTimeout(() => resolve(`${text}(no poke)`), BOUND_MS)),
    ]);
    controller.abort();
    expect(bounded).toBe(': connected\n\nevent: poke\ndata: {}\n\n');
  });

  it('answers health on a fresh socket with the default limits', async () => {
    const { url } = await listen({});
    expect((await fetch(`${url}${apiRoutes.health}`)).status).toBe(200);
  });
});
