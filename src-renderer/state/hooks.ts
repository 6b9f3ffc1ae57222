import { useShallow } from 'zustand/react/shallow';
import { useAuthStore } from './auth-store';
import { useOutboxStatusStore } from './outbox-status';
import { useSessionStore } from './session-store';
import { useSyncStore } from './sync-store';

/** Components read state through these hooks, never through the stores directly. */
export const useLanguage = () => useSessionStore((state) => state.language);
export const useHostInfo = () => useSessionStore((state) => state.hostInfo);

export function usePosts() {
  return useSessionStore(
    useShallow((state) => ({
      posts: state.posts,
      source: state.postsSource,
      selectedPostId: state.selectedPostId,
    })),
  );
}

/** A post the device knows by id (a declaration's post), or null. */
export function usePost(postId: string) {
  return useSessionStore((state) => state.posts.find((post) => post.id === postId) ?? null);
}

export function useSelectedPost() {
  return useSessionStore((state) => state.posts.find((post) => post.id === state.selectedPostId) ?? null);
}

export function useSyncStatus() {
  return useSyncStore(
    useShallow((state) => ({
      online: state.online,
      phase: state.phase,
      progress: state.progress,
      lastSyncAt: state.lastSyncAt,
      lastError: state.lastError,
    })),
  );
}

export function useSessionActions() {
  return useSessionStore(
    useShallow((state) => ({
      setHostInfo: state.setHostInfo,
      setLanguage: state.setLanguage,
      setPosts: state.setPosts,
      selectPost: state.selectPost,
    })),
  );
}

export const useSession = () => useAuthStore((state) => state.session);

export function useAuth() {
  return useAuthStore(
    useShallow((state) => ({
      session: state.session,
      expired: state.expired,
      signIn: state.signIn,
      signOut: state.signOut,
    })),
  );
}

export function useOutboxStatus() {
  return useOutboxStatusStore(
    useShallow((state) => ({
      pending: state.pending,
      oldestPendingAt: state.oldestPendingAt,
      needsAttention: state.needsAttention,
      cycling: state.cycling,
      lastCycleAt: state.lastCycleAt,
    })),
  );
}
