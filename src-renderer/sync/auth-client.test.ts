import { describe, expect, it } from 'vitest';
import { DeviceId } from '@shared/domain';
import { json } from '../test-utils/fake-api';
import { makeSession } from '../test-utils/fixtures';
import { createAuthClient } from './auth-client';

const deviceId = DeviceId.parse('device-test-0001');
const session = makeSession();

/** A client whose server answers every request with `answer()`, recording URL and body. */
function recordingClient(answer: () => Response) {
  const sent: unknown[] = [];
  const auth = createAuthClient({
    baseUrl: 'http://127.0.0.1:4010',
    fetch: async (url, init) => {
      sent.push([url, JSON.parse(String(init.body))]);
      return answer();
    },
  });
  return { auth, sent };
}

describe('the auth client', () => {
  it('posts the credentials with the device id and parses the session', async () => {
    const { auth, sent: bodies } = recordingClient(() => json(session));
    expect(await auth.login('kim', 'border-post-demo', deviceId)).toMatchObject({
      ok: true,
      value: { officer: { username: session.officer.username } },
    });
    expect(bodies).toEqual([
      ['http://127.0.0.1:4010/auth/v1/login', { username: 'kim', password: 'border-post-demo', deviceId }],
    ]);
  });

  it('signs out on the server with the refresh token, and reports an unreachable server without throwing', async () => {
    const { auth: online, sent } = recordingClient(() => new Response(null, { status: 204 }));
    const offline = createAuthClient({
      baseUrl: 'http://127.0.0.1:4010',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect([
      await online.logout('refresh-token-0123456789', deviceId),
      await offline.logout('r', deviceId),
    ]).toEqual([true, false]);
    expect(sent).toEqual([
      ['http://127.0.0.1:4010/auth/v1/logout', { refreshToken: 'refresh-token-0123456789', deviceId }],
    ]);
  });

  it('tells wrong credentials, a refused refresh and an unreachable server apart', async () => {
    const refused = createAuthClient({
      baseUrl: 'http://x',
      fetch: async () => json({ error: { code: 'INVALID_CREDENTIALS', message: 'wrong' } }, 401),
    });
    const down = createAuthClient({
      baseUrl: 'http://x',
      fetch: () => Promise.reject(new TypeError('down')),
    });
    expect([
      await refused.login('kim', 'nope', deviceId),
      await refused.refresh('refresh-token-0123456789', deviceId),
      await down.login('kim', 'x', deviceId),
    ]).toEqual([
      { ok: false, error: { kind: 'invalid-credentials' } },
      { ok: false, error: { kind: 'refresh-rejected' } },
      { ok: false, error: { kind: 'unreachable' } },
    ]);
  });
});
