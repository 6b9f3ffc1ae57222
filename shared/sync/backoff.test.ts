import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, DEFAULT_BACKOFF, idleBackoff, remainingWaitMs, scheduleRetry } from './backoff';
import { seededRandom } from './random';

const fixed = (value: number) => ({ next: () => value });

describe('full-jitter backoff', () => {
  it('stays within [0, min(cap, base * 2^attempt)) for any attempt and seed', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.integer(), (attempt, seed) => {
        const delay = backoffDelayMs(attempt, seededRandom(seed));
        const ceiling = Math.min(DEFAULT_BACKOFF.capMs, DEFAULT_BACKOFF.baseMs * 2 ** attempt);
        return delay >= 0 && delay < ceiling;
      }),
    );
  });

  it('doubles the ceiling per failure until the 60 s cap', () => {
    const ceilings = [0, 1, 2, 5, 6, 7, 1000].map((attempt) => backoffDelayMs(attempt, fixed(0.999999)));
    expect(ceilings).toEqual([999, 1999, 3999, 31999, 59999, 59999, 59999]);
  });

  it('never comes back before the Retry-After the server asked for', () => {
    expect(backoffDelayMs(0, fixed(0.5), DEFAULT_BACKOFF, 120_000)).toBe(120_000);
    expect(backoffDelayMs(10, fixed(0.9), DEFAULT_BACKOFF, 10)).toBe(54_000);
  });

  it('counts failures and waits from the clock reading of the failure', () => {
    const once = scheduleRetry(idleBackoff, 1_000, fixed(0.5), DEFAULT_BACKOFF);
    const twice = scheduleRetry(once, 2_000, fixed(0.5), DEFAULT_BACKOFF);
    expect({ once, twice, wait: remainingWaitMs(twice, 2_500) }).toEqual({
      once: { failures: 1, scheduledAtMs: 1_000, retryAtMs: 1_500 },
      twice: { failures: 2, scheduledAtMs: 2_000, retryAtMs: 3_000 },
      wait: 500,
    });
  });

  it('retries at once when the clock jumps back behind the scheduled wait', () => {
    const waiting = scheduleRetry(idleBackoff, 1_000_000, fixed(0.9), DEFAULT_BACKOFF, 60_000);
    expect(remainingWaitMs(waiting, 1_000_000 - 10 * 365 * 24 * 3600 * 1000)).toBe(0);
  });
});
