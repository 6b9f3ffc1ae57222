export { createApiClient, DEFAULT_TIMEOUT_MS, type ApiClient, type FetchLike } from './api-client';
export { firstSync, type FirstSyncOutcome, type FirstSyncProgress } from './first-sync';
export { downloadSnapshot } from './worker/download';
export type { SyncError, SyncResult } from './sync-error';
export { createAuthClient, type AuthClient, type AuthError, type AuthResult } from './auth-client';
export type { Decisions, DecisionForm, SaveDecisionError } from './decisions';
export { HttpSyncTransport } from './http-sync-transport';
export { startSyncRuntime, type SyncCycleStatus, type SyncRuntime } from './runtime';
export { sessionAuth, type SessionHolder, type TransportAuth } from './session-auth';
