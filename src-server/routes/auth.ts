import type { FastifyInstance } from 'fastify';
import { authRoutes, LoginRequest, LogoutRequest, RefreshRequest, type Session } from '@shared/api/auth-v1';
import type { DeviceId } from '@shared/domain/decision';
import type { Officer } from '@shared/domain/post';
import { verifyPassword } from '../auth/password';
import { ACCESS_TOKEN_TTL_MS, signAccessToken } from '../auth/tokens';
import type { Database } from '../db/database';
import type { AuthContext } from '../http/authenticate';
import { ApiError } from '../http/errors';
import { parseRequest } from '../http/parse';
import { endSession, findCredentials, findOfficer, rotateRefreshToken, startSession } from '../store/auth';

function session(auth: AuthContext, officer: Officer, deviceId: DeviceId, refreshToken: string): Session {
  const expiresAt = new Date(auth.now().getTime() + ACCESS_TOKEN_TTL_MS);
  const principal = { officerId: officer.id, postId: officer.postId, role: officer.role, deviceId };
  return {
    accessToken: signAccessToken(auth.tokenKey, principal, expiresAt),
    accessExpiresAt: expiresAt.toISOString(),
    refreshToken,
    officer,
  };
}

// One answer for an unknown user and a wrong password, so the API does not confirm usernames.
const badCredentials = () => new ApiError(401, 'INVALID_CREDENTIALS', 'username or password is wrong');

export function registerAuthRoutes(app: FastifyInstance, db: Database, auth: AuthContext): void {
  app.post(authRoutes.login, async (request): Promise<Session> => {
    const body = parseRequest(LoginRequest, request.body, 'body');
    const { officer, passwordHash } = await findCredentials(db, body.username);
    // verifyPassword always runs scrypt, also for an unknown user: equal cost, nothing to time.
    const valid = await verifyPassword(body.password, passwordHash);
    if (!valid || officer === null) throw badCredentials();
    const { refreshToken } = await startSession(db, officer.id, body.deviceId, auth.now());
    return session(auth, officer, body.deviceId, refreshToken);
  });

  app.post(authRoutes.refresh, async (request): Promise<Session> => {
    const body = parseRequest(RefreshRequest, request.body, 'body');
    const rotated = await rotateRefreshToken(db, body.refreshToken, body.deviceId, auth.now());
    if (!rotated.ok) {
      const why =
        rotated.error === 'REUSED' ? 'was already used; every session of it is revoked' : 'is not valid';
      throw new ApiError(401, 'REFRESH_REJECTED', `the refresh token ${why}: sign in again`);
    }
    // The officer may have moved post or role since the last token: read them afresh.
    const officer = await findOfficer(db, rotated.value.officerId);
    if (officer === null) throw new ApiError(401, 'REFRESH_REJECTED', 'the officer no longer exists');
    return session(auth, officer, body.deviceId, rotated.value.refreshToken);
  });

  // 204 whether or not the token was known: signing out twice, or with a stale token, is fine.
  app.post(authRoutes.logout, async (request, reply) => {
    const body = parseRequest(LogoutRequest, request.body, 'body');
    await endSession(db, body.refreshToken, body.deviceId, auth.now());
    return reply.code(204).send();
  });
}
