export { createApiClient, DEFAULT_TIMEOUT_MS, type ApiClient, type FetchLike } from './api-client';
export { firstSync, type FirstSyncOutcome, type FirstSyncProgress } from './first-sync';
export type { SyncError, SyncResult } from './sync-error';
