export { useSessionStore, type PostsSource, type SessionState } from './session-store';
export { useSyncStore, type SyncPhase, type SyncState } from './sync-store';
export { trackOnlineStatus } from './online';
export {
  useHostInfo,
  useLanguage,
  usePosts,
  useSelectedPost,
  useSessionActions,
  useSyncStatus,
} from './hooks';
