export { CACHE_DB_NAME, openCacheDb, type CacheDb, type CachedPost } from './cache-db';
export { OUTBOX_DB_NAME, openOutboxDb, type OutboxDb, type OutboxDecision } from './outbox-db';
export {
  countDeclarationsForPost,
  getDeclaration,
  listDeclarationsForPost,
  writeSnapshotPage,
  type SnapshotPageWrite,
} from './declarations-repo';
export { replacePosts, listPosts } from './posts-repo';
export { getLastSyncAt, getSnapshotProgress, putSnapshotProgress, SnapshotProgress } from './meta-repo';
export { useLiveQuery, type LiveQueryState } from './use-live-query';
