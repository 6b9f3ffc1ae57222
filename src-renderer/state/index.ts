export { useSessionStore, type PostsSource, type SessionState } from './session-store';
export { useSyncStore, type SyncPhase, type SyncState } from './sync-store';
export { authStoreSession, useAuthStore, type AuthState } from './auth-store';
export { useOutboxStatusStore, type OutboxStatus } from './outbox-status';
export { syncCycleStatus } from './sync-cycle-status';
export { trackOnlineStatus } from './online';
export {
  useReferenceStore,
  type ReferenceDownloadError,
  type ReferenceKindState,
  type ReferenceState,
} from './reference-store';
export {
  useHostInfo,
  useLanguage,
  usePosts,
  usePost,
  useSelectedPost,
  useSessionActions,
  useSyncStatus,
  useAuth,
  useOutboxStatus,
  useSession,
} from './hooks';
