import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signAccessToken, verifyAccessToken, type Principal } from './tokens';

const key = Buffer.alloc(32, 9);
const principal = {
  officerId: 'OFF-PUS-pus.kim',
  postId: 'PUS',
  role: 'officer',
  deviceId: 'device-tokens',
} as Principal;
const now = new Date('2025-03-01T00:00:00Z');
const expiresAt = new Date('2025-03-01T00:15:00Z');

describe('access tokens', () => {
  it('carry the session they were issued for', () => {
    const token = signAccessToken(key, { principal, sessionId: 'session-1', expiresAt });
    expect(verifyAccessToken(key, token, now)).toEqual({
      ok: true,
      value: { principal, sessionId: 'session-1', expiresAt },
    });
  });

  it('are refused without a session, as those signed before sessions were checked', () => {
    const body = Buffer.from(JSON.stringify({ ...principal, exp: expiresAt.getTime() })).toString(
      'base64url',
    );
    const token = `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
    expect(verifyAccessToken(key, token, now)).toEqual({ ok: false, error: 'MALFORMED' });
  });
});
