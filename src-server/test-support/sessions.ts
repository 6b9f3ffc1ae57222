import type { FastifyInstance } from 'fastify';
import { authRoutes, Session } from '@shared/api/auth-v1';
import { DEMO_PASSWORD } from '../auth/password';

/** Signs a seeded demo officer in over HTTP, as a device would. */
export async function signIn(app: FastifyInstance, username: string, deviceId: string): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: authRoutes.login,
    payload: { username, password: DEMO_PASSWORD, deviceId },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.body}`);
  return Session.parse(response.json());
}

export const bearer = (session: Session): Record<string, string> => ({
  authorization: `Bearer ${session.accessToken}`,
});
