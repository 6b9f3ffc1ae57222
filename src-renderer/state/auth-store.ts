import { create } from 'zustand';
import type { Session } from '@shared/api';
import type { SessionHolder } from '../sync';

export type AuthState = {
  /** Access and refresh tokens live in memory only: a reload signs the officer out. */
  session: Session | null;
  /** The server ended the session (refresh refused): shown until the officer signs in again. */
  expired: boolean;
  signIn: (session: Session) => void;
  signOut: (expired: boolean) => void;
};

export const useAuthStore = create<AuthState>()((set) => ({
  session: null,
  expired: false,
  signIn: (session) => set({ session, expired: false }),
  signOut: (expired) => set({ session: null, expired }),
}));

/** The auth store as the session holder of sync's sessionAuth: a refused refresh expires it. */
export const authStoreSession: SessionHolder = {
  current: () => useAuthStore.getState().session,
  keep: (session) => useAuthStore.getState().signIn(session),
  expire: () => useAuthStore.getState().signOut(true),
};
