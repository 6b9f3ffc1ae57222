import { describe, expect, it } from 'vitest';
import { DeviceId } from '@shared/domain';
import { json } from '../test-utils/fake-api';
import type { FetchLike } from './api-client';
import { HttpSyncTransport, parseRetryAfter, type TransportAuth } from './http-sync-transport';

const deviceId = DeviceId.parse('device-test-0001');

function transport(fetch: FetchLike, auth: Partial<TransportAuth> = {}, timeoutMs?: number) {
  const events: string[] = [];
  const fullAuth: TransportAuth = {
    accessToken: () => 'token-1',
    refresh: async () => false,
    signedOut: () => events.push('signed-out'),
    ...auth,
  };
  const http = new HttpSyncTransport({
    baseUrl: 'http://127.0.0.1:4010/',
    postId: 'KR-ICN',
    deviceId,
    auth: fullAuth,
    fetch,
    now: () => Date.UTC(2026, 0, 1),
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  return { http, events };
}

describe('the HTTP sync transport', () => {
  it('sends the Bearer token and parses a page of changes', async () => {
    const seen: Array<[string, string | undefined]> = [];
    const { http } = transport(async (url, init) => {
      seen.push([url, new Headers(init.headers).get('authorization') ?? undefined]);
      return json({ cursor: 'c-1', changes: [], nextCursor: 'c-2', hasMore: false });
    });
    expect(await http.pull('c-1')).toEqual({
      ok: true,
      value: { cursor: 'c-1', changes: [], nextCursor: 'c-2', hasMore: false },
    });
    expect(seen).toEqual([
      ['http://127.0.0.1:4010/sync/v1/changes?postId=KR-ICN&cursor=c-1', 'Bearer token-1'],
    ]);
  });

  it('reports 410 with its code, and 503 with Retry-After', async () => {
    const gone = transport(async () => json({ error: { code: 'CURSOR_EXPIRED', message: 'too old' } }, 410));
    const busy = transport(
      async () =>
        new Response('{"error":{"code":"BUSY","message":"later"}}', {
          status: 503,
          headers: { 'retry-after': '7' },
        }),
    );
    expect([await gone.http.pull('c-1'), await busy.http.deviceState()]).toEqual([
      { ok: false, error: { kind: 'http', status: 410, code: 'CURSOR_EXPIRED' } },
      { ok: false, error: { kind: 'http', status: 503, code: 'BUSY', retryAfterMs: 7000 } },
    ]);
  });

  it('treats a garbage 2xx body as an unusable answer', async () => {
    const { http } = transport(async () => new Response('<html>', { status: 200 }));
    expect(await http.pull('c-1')).toEqual({
      ok: false,
      error: { kind: 'http', status: 200, code: 'BAD_RESPONSE' },
    });
  });

  it('reports a network failure and a timeout', async () => {
    const down = transport(() => Promise.reject(new TypeError('Failed to fetch')));
    const hanging = transport(
      (_url, init) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
      {},
      20,
    );
    expect([await down.http.pull('c'), await hanging.http.pull('c')]).toEqual([
      { ok: false, error: { kind: 'network' } },
      { ok: false, error: { kind: 'timeout' } },
    ]);
  });

  it('refreshes once on 401 and retries with the new token', async () => {
    let token = 'old-token';
    const sent: string[] = [];
    const { http, events } = transport(
      async (_url, init) => {
        const auth = new Headers(init.headers).get('authorization') ?? '';
        sent.push(auth);
        return auth === 'Bearer new-token'
          ? json({ deviceId, lastProcessedSeq: 4, processedCount: 3 })
          : json({ error: { code: 'UNAUTHENTICATED', message: 'expired' } }, 401);
      },
      {
        accessToken: () => token,
        refresh: async () => {
          token = 'new-token';
          return true;
        },
      },
    );
    expect(await http.deviceState()).toEqual({
      ok: true,
      value: { deviceId, lastProcessedSeq: 4, processedCount: 3 },
    });
    expect({ sent, events }).toEqual({ sent: ['Bearer old-token', 'Bearer new-token'], events: [] });
  });

  it('signals signed out when the refresh fails', async () => {
    const { http, events } = transport(async () =>
      json({ error: { code: 'UNAUTHENTICATED', message: 'no' } }, 401),
    );
    expect(await http.pull('c')).toEqual({
      ok: false,
      error: { kind: 'http', status: 401, code: 'UNAUTHENTICATED' },
    });
    expect(events).toEqual(['signed-out']);
  });

  it('answers no progress for a device the server has not met yet', async () => {
    const { http } = transport(async () => json({ error: { code: 'NOT_FOUND', message: 'unknown' } }, 404));
    expect(await http.deviceState()).toEqual({
      ok: true,
      value: { deviceId, lastProcessedSeq: 0, processedCount: 0 },
    });
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.UTC(2026, 0, 1);
    expect([
      parseRetryAfter('3', now),
      parseRetryAfter(new Date(now + 5000).toUTCString(), now),
      parseRetryAfter('soon', now),
      parseRetryAfter(null, now),
    ]).toEqual([3000, 5000, undefined, undefined]);
  });
});
