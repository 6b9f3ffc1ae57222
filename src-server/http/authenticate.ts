import type { FastifyRequest } from 'fastify';
import { verifyAccessToken, type Principal } from '../auth/tokens';
import { ApiError } from './errors';

export type AuthContext = { tokenKey: Buffer; now: () => Date };

/**
 * The officer a request acts for, from its Bearer token. Called first thing in every protected
 * handler (not a global hook), so a route is public only where that is visible in its own code.
 */
export function authenticate(request: FastifyRequest, auth: AuthContext): Principal {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header);
  if (match?.[1] === undefined) {
    throw new ApiError(401, 'UNAUTHENTICATED', 'sign in first: this endpoint needs a Bearer access token');
  }
  const verified = verifyAccessToken(auth.tokenKey, match[1], auth.now());
  if (verified.ok) return verified.value;
  if (verified.error === 'EXPIRED') {
    throw new ApiError(401, 'TOKEN_EXPIRED', 'the access token has expired: refresh it');
  }
  throw new ApiError(401, 'UNAUTHENTICATED', 'the access token is not valid');
}

/** Reads and pulls are limited to the officer's own post. */
export function requireOwnPost(principal: Principal, postId: string): void {
  if (principal.postId !== postId) {
    throw new ApiError(403, 'FORBIDDEN', `officer ${principal.officerId} is not assigned to post ${postId}`);
  }
}
