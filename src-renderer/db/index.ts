export { CACHE_DB_NAME, CACHE_DB_VERSION, openCacheDb, type CacheDb, type CachedPost } from './cache-db';
export {
  OUTBOX_DB_NAME,
  OUTBOX_DB_VERSION,
  openOutboxDb,
  type OutboxDb,
  type OutboxDecision,
} from './outbox-db';
export { openLocalDatabases, type LocalDatabases, type LocalDbError } from './open-databases';
export { DexieSyncStore, readOrCreateDeviceId } from './dexie-sync-store';
export {
  listOutboxEntries,
  listOutboxEntriesFor,
  listOverlays,
  outboxDecisionIds,
  restoreFromJournal,
  watchOutbox,
} from './outbox-repo';
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
export {
  countWorklist,
  isFiltered,
  NO_FILTER,
  NO_MARKS,
  readWorklistMarks,
  readWorklistRange,
  toEntry,
  type WorklistColumn,
  type WorklistEntry,
  type WorklistFilter,
  type WorklistMarks,
  type WorklistSort,
  type WorklistWindow,
} from './worklist-repo';
export { WorklistIndex, type WorklistCounts, type WorklistSelection } from './worklist-index';
export {
  DEFAULT_COLUMNS,
  deleteWorklistView,
  readWorklistSettings,
  saveColumnSettings,
  saveWorklistView,
  type ColumnSettings,
  type SavedWorklistView,
  type WorklistSettingsRow,
} from './worklist-settings-repo';
export { worklistIndexStore, type WorklistIndexState, type WorklistIndexStore } from './worklist-index-store';
export { laneRank, statusRank, toWorklistRow, traderSearchKey, type WorklistRow } from './worklist-row';
