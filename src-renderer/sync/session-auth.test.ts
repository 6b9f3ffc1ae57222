import { describe, expect, it } from 'vitest';
import type { Session } from '@shared/api';
import { DeviceId } from '@shared/domain';
import { json } from '../test-utils/fake-api';
import { makeSession } from '../test-utils/fixtures';
import { createApiClient, type FetchLike } from './api-client';
import type { AuthClient } from './auth-client';
import { sessionAuth, type SessionHolder } from './session-auth';

const deviceId = DeviceId.parse('device-test-0001');
const renewed = makeSession({
  accessToken: 'access-token-renewed-0001',
  refreshToken: 'refresh-token-renewed-01',
});

function authClient(refreshes: string[], answer: 'ok' | 'rejected' = 'ok'): AuthClient {
  return {
    login: async () => ({ ok: false, error: { kind: 'invalid-credentials' } }),
    refresh: async (refreshToken) => {
      refreshes.push(refreshToken);
      return answer === 'ok'
        ? { ok: true, value: renewed }
        : { ok: false, error: { kind: 'refresh-rejected' } };
    },
    logout: async () => true,
  };
}

/** Holds the session as the app's auth store does: a refused refresh leaves it expired. */
function heldSession(session: Session) {
  const held: { session: Session | null; expired: boolean } = { session, expired: false };
  const holder: SessionHolder = {
    current: () => held.session,
    keep: (renewed) => Object.assign(held, { session: renewed, expired: false }),
    expire: () => Object.assign(held, { session: null, expired: true }),
  };
  return { held, holder };
}

/** Accepts only the renewed token, as a server does once the first access token has expired. */
const acceptsRenewedOnly: FetchLike = async (_url, init) =>
  new Headers(init.headers).get('authorization') === `Bearer ${renewed.accessToken}`
    ? json({ posts: [] })
    : json({ error: { code: 'TOKEN_EXPIRED', message: 'expired' } }, 401);

describe('requests made with the officer session', () => {
  it('refresh an expired access token once and retry with the new one', async () => {
    const { held, holder } = heldSession(makeSession());
    const refreshes: string[] = [];
    const session = sessionAuth({ auth: authClient(refreshes), deviceId, holder });
    const api = createApiClient({
      baseUrl: 'http://127.0.0.1:4010',
      fetch: acceptsRenewedOnly,
      auth: session,
    });
    expect(await api.getPosts()).toEqual({ ok: true, value: { posts: [] } });
    expect([refreshes, held.session]).toEqual([[makeSession().refreshToken], renewed]);
  });

  it('end the session when the refresh token is refused', async () => {
    const { held, holder } = heldSession(makeSession());
    const session = sessionAuth({ auth: authClient([], 'rejected'), deviceId, holder });
    const api = createApiClient({
      baseUrl: 'http://127.0.0.1:4010',
      fetch: acceptsRenewedOnly,
      auth: session,
    });
    expect(await api.getPosts()).toMatchObject({ ok: false, error: { kind: 'http', status: 401 } });
    expect(held).toEqual({ session: null, expired: true });
  });

  it('adopt a session another window already rotated instead of presenting a used refresh token', async () => {
    const { held, holder } = heldSession(makeSession());
    const refreshes: string[] = [];
    const session = sessionAuth({ auth: authClient(refreshes), deviceId, holder, stored: () => renewed });
    const api = createApiClient({
      baseUrl: 'http://127.0.0.1:4010',
      fetch: acceptsRenewedOnly,
      auth: session,
    });
    expect(await api.getPosts()).toEqual({ ok: true, value: { posts: [] } });
    expect([refreshes, held.session]).toEqual([[], renewed]);
  });
});
