import type { Session } from '@shared/api';
import type { DeviceId } from '@shared/domain';
import type { AuthClient } from './auth-client';

/** Where a request gets its Bearer token, and what it does when the server says 401. */
export type TransportAuth = {
  accessToken(): string | null;
  /** Exchanges the refresh token once; false when there is none or the server refused it. */
  refresh(): Promise<boolean>;
  /** The session is over: the officer must sign in again. */
  signedOut(): void;
};

/**
 * Sends with the current token; on a 401, one refresh and one retry (a token that expired between
 * requests is normal), and a second 401 ends the session.
 */
export async function sendWithSession<A>(
  auth: TransportAuth,
  send: (accessToken: string | null) => Promise<A>,
  isUnauthorized: (attempt: A) => boolean,
): Promise<A> {
  let attempt = await send(auth.accessToken());
  if (isUnauthorized(attempt)) {
    if (await auth.refresh()) attempt = await send(auth.accessToken());
    if (isUnauthorized(attempt)) auth.signedOut();
  }
  return attempt;
}

/**
 * Where the officer's session is kept. The app points it at the auth store; sync knows no store
 * (it never imports src-renderer/state).
 */
export type SessionHolder = {
  current(): Session | null;
  /** A session renewed here, or rotated by another window, replaces the current one. */
  keep(session: Session): void;
  /** The server refused the session: the officer must sign in again. */
  expire(): void;
};

export type SessionAuthOptions = {
  auth: AuthClient;
  deviceId: DeviceId;
  holder: SessionHolder;
  /** The session as last stored, which another window of the app may have rotated already. */
  stored?: () => Session | null;
  locks?: LockManager | null;
};

const REFRESH_LOCK = 'border-post-refresh';

/**
 * Bearer token from the session holder, refreshed through the auth API on a 401. One instance per
 * app, shared by the first sync and the sync runtime: a refresh token is single-use, and the server
 * revokes every session of a token presented twice, so two refreshes must never race. Across
 * windows a Web Lock serialises them, and a window adopts a session another one already rotated.
 */
export function sessionAuth({ auth, deviceId, holder, stored, locks }: SessionAuthOptions): TransportAuth {
  let refreshing: Promise<boolean> | null = null;

  async function refreshOnce(): Promise<boolean> {
    const session = holder.current();
    if (session === null) return false;
    const latest = stored?.() ?? null;
    if (latest !== null && latest.refreshToken !== session.refreshToken) {
      holder.keep(latest);
      return true;
    }
    const renewed = await auth.refresh(session.refreshToken, deviceId);
    if (renewed.ok) holder.keep(renewed.value);
    return renewed.ok;
  }

  return {
    accessToken: () => holder.current()?.accessToken ?? null,
    refresh() {
      refreshing ??= (locks ? locks.request(REFRESH_LOCK, refreshOnce) : refreshOnce()).finally(() => {
        refreshing = null;
      });
      return refreshing;
    },
    signedOut() {
      if (holder.current() !== null) holder.expire();
    },
  };
}
