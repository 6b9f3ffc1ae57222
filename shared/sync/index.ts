// The sync protocol core (DESIGN.md, "Sync protocol"): pure policy plus an engine driven through
// injected ports. The renderer's Dexie store and fetch transport implement the ports.
export { backoffDelayMs, DEFAULT_BACKOFF, remainingWaitMs } from './backoff';
export type { BackoffConfig } from './backoff';
export { buildDecision, canSupersede } from './commands';
export type { DecisionInput, NewDecision } from './commands';
export { createSyncEngine } from './engine';
export type { CycleResult, DecideError, SyncEngine } from './engine';
export { MemorySyncStore } from './memory-store';
export {
  awaitsAcknowledgement,
  confirmedProgress,
  emptyOutboxMeta,
  entriesOf,
  isStuck,
  isUnsettled,
  needsAttentionQueue,
  outboxSummary,
  patchedMeta,
  pendingOfOthers,
  POISON_THRESHOLD,
  serverFailuresOf,
} from './outbox';
export type {
  OutboxEntry,
  OutboxEntryState,
  OutboxMeta,
  OutboxPatch,
  OutboxSnapshot,
  StatusOverlay,
} from './outbox';
export { newestOverlays, optimisticStatus, viewDeclaration } from './overlay';
export type { DeclarationView } from './overlay';
export type { Clock, StoreError, SyncStore, SyncTransport, TransportError } from './ports';
export { planChanges } from './pull-policy';
export type { CachePlan, KnownVersion } from './pull-policy';
export { isCursorExpired } from './pull-step';
export {
  answersBatch,
  isRestoreDetected,
  isServerFailure,
  nextPush,
  requeueAfterRestore,
  selectBatch,
  settleBatch,
  storedOutcome,
} from './push-policy';
export { seededRandom } from './random';
export type { Random } from './random';
export { compactable, SETTLED_RETENTION_MS } from './retention';
export { DEFAULT_SYNC_CONFIG, STUCK_RETRY_MS } from './step-context';
export type { StepResult, SyncConfig, SyncDeps, SyncFailure } from './step-context';
export { mintDecisionId, uuidV7Parts } from './uuidv7';
