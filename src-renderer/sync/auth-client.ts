import { ApiErrorBody, authRoutes, Session } from '@shared/api';
import type { DeviceId } from '@shared/domain';
import type { FetchLike } from './api-client';

export type AuthError =
  | { kind: 'invalid-credentials' }
  | { kind: 'refresh-rejected' }
  | { kind: 'unreachable' }
  | { kind: 'http'; status: number; code: string | null };

export type AuthResult = { ok: true; value: Session } | { ok: false; error: AuthError };

export type AuthClient = {
  login(username: string, password: string, deviceId: DeviceId): Promise<AuthResult>;
  refresh(refreshToken: string, deviceId: DeviceId): Promise<AuthResult>;
  /**
   * Ends the session on the server (its refresh tokens stop working). Best effort: signing out
   * works offline too, so a failure is reported, never thrown, and the device forgets either way.
   */
  logout(refreshToken: string, deviceId: DeviceId): Promise<boolean>;
};

export function createAuthClient(options: {
  baseUrl: string;
  fetch?: FetchLike;
  timeoutMs?: number;
}): AuthClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 20_000;

  async function post(path: string, body: unknown, unauthorized: AuthError): Promise<AuthResult> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetchImpl(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: controller.signal,
        cache: 'no-store',
      });
      const json: unknown = await response.json().catch(() => null);
      if (response.status === 401) return { ok: false, error: unauthorized };
      if (!response.ok) {
        const parsed = ApiErrorBody.safeParse(json);
        return {
          ok: false,
          error: {
            kind: 'http',
            status: response.status,
            code: parsed.success ? parsed.data.error.code : null,
          },
        };
      }
      const session = Session.safeParse(json);
      return session.success
        ? { ok: true, value: session.data }
        : { ok: false, error: { kind: 'http', status: response.status, code: 'BAD_RESPONSE' } };
    } catch {
      return { ok: false, error: { kind: 'unreachable' } };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    login: (username, password, deviceId) =>
      post(authRoutes.login, { username, password, deviceId }, { kind: 'invalid-credentials' }),
    refresh: (refreshToken, deviceId) =>
      post(authRoutes.refresh, { refreshToken, deviceId }, { kind: 'refresh-rejected' }),
    async logout(refreshToken, deviceId) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const response = await fetchImpl(`${baseUrl}${authRoutes.logout}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ refreshToken, deviceId }),
          signal: controller.signal,
          cache: 'no-store',
        });
        return response.status === 204;
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
