import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { DeviceId } from '@shared/domain/decision';
import { OfficerId, PostId } from '@shared/domain/ids';
import { Role } from '@shared/domain/post';
import type { Result } from '@shared/util/result';

/** Who a request acts for: read from a verified access token, never from the request body. */
export const Principal = z.object({
  officerId: OfficerId,
  postId: PostId,
  role: Role,
  deviceId: DeviceId,
});
export type Principal = z.infer<typeof Principal>;

/** `sid` names the sign-in (refresh family) the token was issued for, so signing out ends it. */
const AccessClaims = Principal.extend({ sid: z.string().min(1).max(64), exp: z.number().int() });

/** A verified access token: who it acts for, in which sign-in, until when. */
export type AccessToken = { principal: Principal; sessionId: string; expiresAt: Date };

export const ACCESS_TOKEN_TTL_MS = 15 * 60_000;
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60_000;
/**
 * How long one sign-in lasts however often it is refreshed: 12 hours, the longest usual shift at
 * a border post, and NIST SP 800-63B's limit for re-authentication at AAL2. Afterwards the officer
 * types the password again; nothing on the device is lost meanwhile.
 */
export const SESSION_LIFETIME_MS = 12 * 60 * 60_000;

/**
 * The HMAC key: BORDER_POST_TOKEN_KEY (base64 or hex, at least 32 bytes) on every API node of a
 * deployment; otherwise a random one per process, for development, so access tokens do not survive
 * a restart (refresh tokens live in the database and do).
 */
export function tokenKeyFrom(env: Readonly<Record<string, string | undefined>>): Buffer {
  const configured = env['BORDER_POST_TOKEN_KEY'];
  if (configured === undefined || configured === '') return randomBytes(32);
  const key = /^[0-9a-f]+$/i.test(configured)
    ? Buffer.from(configured, 'hex')
    : Buffer.from(configured, 'base64');
  if (key.length < 32) throw new Error('BORDER_POST_TOKEN_KEY must hold at least 32 bytes (hex or base64)');
  return key;
}

/** `base64url(claims).base64url(HMAC-SHA256)`: stateless, so any API node verifies it. */
export function signAccessToken(key: Buffer, token: AccessToken): string {
  const claims = { ...token.principal, sid: token.sessionId, exp: token.expiresAt.getTime() };
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

export type TokenError = 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED';

export function verifyAccessToken(key: Buffer, token: string, now: Date): Result<AccessToken, TokenError> {
  const [body, signature, extra] = token.split('.');
  if (body === undefined || signature === undefined || extra !== undefined)
    return { ok: false, error: 'MALFORMED' };
  const expected = createHmac('sha256', key).update(body).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, error: 'BAD_SIGNATURE' };
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, error: 'MALFORMED' };
  }
  const claims = AccessClaims.safeParse(json);
  if (!claims.success) return { ok: false, error: 'MALFORMED' };
  if (claims.data.exp <= now.getTime()) return { ok: false, error: 'EXPIRED' };
  const { exp, sid, ...principal } = claims.data;
  return { ok: true, value: { principal, sessionId: sid, expiresAt: new Date(exp) } };
}

/** Refresh tokens are random; only their SHA-256 is stored. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
