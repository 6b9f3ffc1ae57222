import { Session } from '@shared/api';
import { useAuthStore } from '../state';

const STORAGE_KEY = 'border-post.session';

/**
 * The session as this device last stored it, or null. Kept so that a reload or a restart does not
 * ask for the password while the refresh token is valid (30 days, rotating, bound to this device)
 * and so an officer can go on deciding offline after a restart: decisions are signed by the
 * server's check of this session when they are pushed, not when they are made. Parsed like any
 * other boundary: a damaged or outdated entry is no session.
 */
export function storedSession(storage: Pick<Storage, 'getItem'>): Session | null {
  try {
    const raw = storage.getItem(STORAGE_KEY);
    if (raw === null) return null;
    const parsed = Session.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Restores the stored session into the auth store, then keeps storage in step with it: every
 * sign-in and refresh is written, a sign-out or a refused refresh removes it. Returns the
 * unsubscribe function.
 */
export function keepSession(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): () => void {
  const restored = storedSession(storage);
  if (restored !== null) useAuthStore.getState().signIn(restored);
  return useAuthStore.subscribe((state, previous) => {
    if (state.session === previous.session) return;
    try {
      if (state.session === null) storage.removeItem(STORAGE_KEY);
      else storage.setItem(STORAGE_KEY, JSON.stringify(state.session));
    } catch {
      // Storage disabled by policy: the session lasts until the window closes, as before.
    }
  });
}
