import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Result } from '@shared/util/result';
import { verifyAccessToken, type AccessToken, type Principal, type TokenError } from '../auth/tokens';
import type { SessionEnds } from './session-ends';
import { ApiError } from './errors';

export type AuthContext = {
  tokenKey: Buffer;
  now: () => Date;
  accessTokenTtlMs: number;
  /** The absolute lifetime of a sign-in (its refresh family), however often it is refreshed. */
  sessionLifetimeMs: number;
  /** False once the sign-in was signed out, revoked or outlived: its access tokens stop at once. */
  isSessionLive: (sessionId: string) => Promise<boolean>;
  /** Sign-outs in this process, so open event streams of the session end with it. */
  sessionEnds: SessionEnds;
};

type AccessCheck = Result<AccessToken, TokenError | 'SESSION_ENDED'>;

/** What the onRequest hook found for each request that carried a Bearer token. */
const checked = new WeakMap<FastifyRequest, AccessCheck>();

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header);
  return match?.[1] ?? null;
}

/**
 * Verifies a request's Bearer token before any handler runs, including the database check that
 * its sign-in still stands (correct across API nodes, at one indexed query per authenticated
 * request). It only records the answer: a route is protected by calling `authenticate` itself.
 */
export function installAccessCheck(app: FastifyInstance, auth: AuthContext): void {
  app.addHook('onRequest', async (request) => {
    const token = bearerToken(request);
    if (token === null) return;
    const verified = verifyAccessToken(auth.tokenKey, token, auth.now());
    const live = verified.ok ? await auth.isSessionLive(verified.value.sessionId) : true;
    checked.set(request, live ? verified : { ok: false, error: 'SESSION_ENDED' });
  });
}

/** The verified access token of a request, with its session id and expiry (the event stream needs both). */
export function authenticateAccess(request: FastifyRequest): AccessToken {
  if (bearerToken(request) === null) {
    throw new ApiError(401, 'UNAUTHENTICATED', 'sign in first: this endpoint needs a Bearer access token');
  }
  const verified = checked.get(request);
  // Fail closed: a token that the hook did not see is never trusted.
  if (verified === undefined) throw new Error('the access check hook is not installed');
  if (verified.ok) return verified.value;
  switch (verified.error) {
    case 'EXPIRED':
      throw new ApiError(401, 'TOKEN_EXPIRED', 'the access token has expired: refresh it');
    case 'SESSION_ENDED':
      throw new ApiError(401, 'SESSION_ENDED', 'the session of this access token has ended: sign in again');
    case 'MALFORMED':
    case 'BAD_SIGNATURE':
      throw new ApiError(401, 'UNAUTHENTICATED', 'the access token is not valid');
  }
}

/**
 * The officer a request acts for, from its Bearer token. Called first thing in every protected
 * handler (not a global hook), so a route is public only where that is visible in its own code.
 */
export function authenticate(request: FastifyRequest, _auth: AuthContext): Principal {
  return authenticateAccess(request).principal;
}

/** Reads and pulls are limited to the officer's own post. */
export function requireOwnPost(principal: Principal, postId: string): void {
  if (principal.postId !== postId) {
    throw new ApiError(403, 'FORBIDDEN', `officer ${principal.officerId} is not assigned to post ${postId}`);
  }
}
