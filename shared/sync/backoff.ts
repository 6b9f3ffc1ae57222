import type { Random } from './random';

export type BackoffConfig = { baseMs: number; capMs: number };

/**
 * 1 s base, 60 s cap (DESIGN.md). After 6 failures the ceiling is at the cap, so a post that has
 * been offline for hours retries about every 30 s on average and a recovering server sees its
 * posts' retries spread evenly over a minute instead of arriving together.
 */
export const DEFAULT_BACKOFF: BackoffConfig = { baseMs: 1_000, capMs: 60_000 };

/**
 * Full-jitter exponential backoff (AWS Architecture Blog, "Exponential Backoff And Jitter"):
 * `random() * min(cap, base * 2^attempt)`, where `attempt` counts failures so far, from 0.
 * A server's Retry-After is a floor: we never come back earlier than it asked.
 */
export function backoffDelayMs(
  attempt: number,
  random: Random,
  config: BackoffConfig = DEFAULT_BACKOFF,
  retryAfterMs?: number,
): number {
  // 2^attempt overflows to Infinity for huge attempts; min() with the cap keeps it finite.
  const ceiling = Math.min(config.capMs, config.baseMs * 2 ** Math.max(0, attempt));
  const jittered = Math.floor(random.next() * ceiling);
  return retryAfterMs === undefined ? jittered : Math.max(jittered, retryAfterMs);
}

/** In-memory retry schedule. Lost on a crash, which only means the restarted app retries at once. */
export type BackoffState = {
  failures: number;
  /** Clock reading when the wait was scheduled, and the earliest reading at which to retry. */
  scheduledAtMs: number | null;
  retryAtMs: number | null;
};

/** Any wait measured the clock-jump-safe way `remainingWaitMs` does. */
export type ScheduledWait = Pick<BackoffState, 'scheduledAtMs' | 'retryAtMs'>;

export const idleBackoff: BackoffState = { failures: 0, scheduledAtMs: null, retryAtMs: null };

export function scheduleRetry(
  state: BackoffState,
  nowMs: number,
  random: Random,
  config: BackoffConfig,
  retryAfterMs?: number,
): BackoffState {
  const delay = backoffDelayMs(state.failures, random, config, retryAfterMs);
  return { failures: state.failures + 1, scheduledAtMs: nowMs, retryAtMs: nowMs + delay };
}

/**
 * Milliseconds still to wait, 0 when due. If the clock now reads earlier than when the wait was
 * scheduled, it has jumped backwards: we retry at once rather than wait out a jump of ten years,
 * because retrying early costs one request and the server dedupes, while waiting loses the shift.
 */
export function remainingWaitMs(state: ScheduledWait, nowMs: number): number {
  if (state.retryAtMs === null || state.scheduledAtMs === null) return 0;
  if (nowMs < state.scheduledAtMs) return 0;
  return Math.max(0, state.retryAtMs - nowMs);
}
