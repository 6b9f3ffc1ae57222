import type { FastifyInstance } from 'fastify';
import { authRoutes, LoginRequest, LogoutRequest, RefreshRequest, type Session } from '@shared/api/auth-v1';
import type { DeviceId } from '@shared/domain/decision';
import type { Officer } from '@shared/domain/post';
import { verifyPassword } from '../auth/password';
import { signAccessToken } from '../auth/tokens';
import type { Database } from '../db/database';
import type { AuthContext } from '../http/authenticate';
import { ApiError } from '../http/errors';
import { parseRequest } from '../http/parse';
import { endSession, findCredentials, findOfficer, rotateRefreshToken, startSession } from '../store/auth';

/** Sign-in bodies are a username, a password and a device id: a few hundred bytes. */
const AUTH_BODY_LIMIT = 16 * 1024;

type SignIn = { officer: Officer; deviceId: DeviceId; sessionId: string; startedAt: Date };

/** An access token lives 15 minutes, and never past the end of its sign-in. */
function session(auth: AuthContext, signIn: SignIn, refreshToken: string): Session {
  const sessionEnds = signIn.startedAt.getTime() + auth.sessionLifetimeMs;
  const expiresAt = new Date(Math.min(auth.now().getTime() + auth.accessTokenTtlMs, sessionEnds));
  const { officer, deviceId, sessionId } = signIn;
  const principal = { officerId: officer.id, postId: officer.postId, role: officer.role, deviceId };
  return {
    accessToken: signAccessToken(auth.tokenKey, { principal, sessionId, expiresAt }),
    accessExpiresAt: expiresAt.toISOString(),
    refreshToken,
    sessionExpiresAt: new Date(sessionEnds).toISOString(),
    officer,
  };
}

// One answer for an unknown user and a wrong password, so the API does not confirm usernames.
const badCredentials = () => new ApiError(401, 'INVALID_CREDENTIALS', 'username or password is wrong');

export function registerAuthRoutes(app: FastifyInstance, db: Database, auth: AuthContext): void {
  const options = { bodyLimit: AUTH_BODY_LIMIT };

  app.post(authRoutes.login, options, async (request): Promise<Session> => {
    const body = parseRequest(LoginRequest, request.body, 'body');
    const { officer, passwordHash } = await findCredentials(db, body.username);
    // verifyPassword always runs scrypt, also for an unknown user: equal cost, nothing to time.
    const valid = await verifyPassword(body.password, passwordHash);
    if (!valid || officer === null) throw badCredentials();
    const startedAt = auth.now();
    const { refreshToken, sessionId } = await startSession(db, officer.id, body.deviceId, startedAt);
    return session(auth, { officer, deviceId: body.deviceId, sessionId, startedAt }, refreshToken);
  });

  app.post(authRoutes.refresh, options, async (request): Promise<Session> => {
    const body = parseRequest(RefreshRequest, request.body, 'body');
    const rotated = await rotateRefreshToken(
      db,
      body.refreshToken,
      body.deviceId,
      auth.now(),
      auth.sessionLifetimeMs,
    );
    if (!rotated.ok) {
      switch (rotated.error.reason) {
        case 'EXPIRED':
          throw new ApiError(401, 'SESSION_EXPIRED', 'the session has reached its time limit: sign in again');
        case 'REUSED':
          auth.sessionEnds.ended(rotated.error.sessionId);
          throw new ApiError(
            401,
            'REFRESH_REJECTED',
            'the refresh token was already used; every session of it is revoked: sign in again',
          );
        case 'UNKNOWN':
          throw new ApiError(401, 'REFRESH_REJECTED', 'the refresh token is not valid: sign in again');
      }
    }
    // The officer may have moved post or role since the last token: read them afresh.
    const officer = await findOfficer(db, rotated.value.officerId);
    if (officer === null) throw new ApiError(401, 'REFRESH_REJECTED', 'the officer no longer exists');
    const { sessionId, startedAt, refreshToken } = rotated.value;
    return session(auth, { officer, deviceId: body.deviceId, sessionId, startedAt }, refreshToken);
  });

  // 204 whether or not the token was known: signing out twice, or with a stale token, is fine.
  app.post(authRoutes.logout, options, async (request, reply) => {
    const body = parseRequest(LogoutRequest, request.body, 'body');
    const sessionId = await endSession(db, body.refreshToken, body.deviceId, auth.now());
    if (sessionId !== null) auth.sessionEnds.ended(sessionId);
    return reply.code(204).send();
  });
}
