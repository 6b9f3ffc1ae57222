import { PUSH_BATCH_MAX } from '../api/sync-v1';
import type { DeviceId } from '../domain/decision';
import type { OfficerId } from '../domain/ids';
import { DEFAULT_BACKOFF, scheduleRetry } from './backoff';
import type { BackoffConfig, BackoffState, ScheduledWait } from './backoff';
import type { Clock, StoreError, SyncStore, SyncTransport, TransportError } from './ports';
import type { Random } from './random';
import { SETTLED_RETENTION_MS } from './retention';

// What the engine and its step functions share, kept apart so the steps do not import the engine.

export type SyncConfig = {
  batchMax: number;
  backoff: BackoffConfig;
  retentionMs: number;
  /** Bounds on one cycle, so a misbehaving server cannot keep the loop spinning. */
  maxPushBatchesPerCycle: number;
  maxPullPagesPerCycle: number;
  /** Wall time between slow retries of stuck entries (see push-policy.ts, `nextPush`). */
  stuckRetryMs: number;
};

/**
 * Ten minutes: a poison command costs the server one failed request per post in that time, and a
 * fixed server gets the stuck decision within ten minutes without anyone pressing Retry.
 */
export const STUCK_RETRY_MS = 10 * 60 * 1000;

export const DEFAULT_SYNC_CONFIG: SyncConfig = {
  batchMax: PUSH_BATCH_MAX,
  backoff: DEFAULT_BACKOFF,
  retentionMs: SETTLED_RETENTION_MS,
  maxPushBatchesPerCycle: 50,
  maxPullPagesPerCycle: 200,
  stuckRetryMs: STUCK_RETRY_MS,
};

export type SyncDeps = {
  store: SyncStore;
  transport: SyncTransport;
  clock: Clock;
  random: Random;
  deviceId: DeviceId;
  /**
   * The officer signed in: the one whose session the transport uses. The engine pushes, checks
   * and shows only this officer's decisions (the server keeps progress per device and officer and
   * refuses anyone else's commands); other officers' wait on the device for their own sign-in.
   */
  officerId: OfficerId;
  config?: Partial<SyncConfig>;
};

/** Why a step stopped. `protocol` is an answer we could not use (a response to another request). */
export type SyncFailure =
  | { source: 'transport'; error: TransportError }
  | { source: 'store'; error: StoreError }
  | { source: 'protocol'; message: string };

export type StepResult = { kind: 'done' } | { kind: 'more' } | { kind: 'failed'; failure: SyncFailure };

/** The engine's in-memory state: lost on a crash, and by design nothing that matters is. */
export type EngineMemory = {
  backoff: BackoffState;
  /** undefined: no snapshot in progress; null: the next request is the first page. */
  snapshotToken: string | null | undefined;
  /** When the next slow retry of a stuck entry is due; idle (due now) after a start. */
  stuckRetry: ScheduledWait;
};

export type StepContext = Required<Omit<SyncDeps, 'config'>> & { config: SyncConfig; memory: EngineMemory };

/** Records a failure: the next attempt waits a full-jitter backoff (or the server's Retry-After). */
export function failStep(ctx: StepContext, failure: SyncFailure): StepResult {
  const retryAfterMs = failure.source === 'transport' ? failure.error.retryAfterMs : undefined;
  ctx.memory.backoff = scheduleRetry(
    ctx.memory.backoff,
    ctx.clock.now(),
    ctx.random,
    ctx.config.backoff,
    retryAfterMs,
  );
  return { kind: 'failed', failure };
}
