import type { CycleResult, SyncEngine } from '@shared/sync';

export const SYNC_LOCK_NAME = 'border-post-sync';
export const SYNC_TIMER_MS = 60_000;
/** Never spin: even a backoff that is "due now" waits this long between failed cycles. */
const MIN_WAIT_MS = 250;

export type LoopReport =
  { kind: 'cycle-start' } | { kind: 'cycle'; result: CycleResult } | { kind: 'error'; error: unknown };

export type SyncLoopDeps = {
  engine: Pick<SyncEngine, 'recover' | 'syncOnce' | 'waitMs'>;
  /** navigator.locks; null when the platform has none (then this window leads alone). */
  locks: Pick<LockManager, 'request'> | null;
  /** Where `online` and `focus` come from. */
  events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** Tells the other windows of the app "pull now" (push on write from a follower). */
  channel?: Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'removeEventListener' | 'close'>;
  report: (report: LoopReport) => void;
  timerMs?: number;
};

export type SyncLoop = {
  /** Sync soon: after a decision, on an SSE poke. Forwarded to the leader window. */
  poke(): void;
  stop(): void;
};

/**
 * One leader per app (Web Locks) runs engine.syncOnce() on start, on poke, `online`, focus and a
 * timer, and sleeps engine.waitMs() after a failure. Other windows wait for the lock and take
 * over when the leader's window closes.
 */
export function startSyncLoop(deps: SyncLoopDeps): SyncLoop {
  const timerMs = deps.timerMs ?? SYNC_TIMER_MS;
  const abort = new AbortController();
  let stopped = false;
  let wake: (() => void) | null = null;
  let wokenEarly = false;

  const wakeUp = (): void => {
    wokenEarly = true;
    wake?.();
  };

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (wokenEarly || stopped) {
        resolve();
        return;
      }
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  }

  async function lead(): Promise<void> {
    await deps.engine.recover();
    while (!stopped) {
      wokenEarly = false;
      let wait = timerMs;
      try {
        deps.report({ kind: 'cycle-start' });
        const result = await deps.engine.syncOnce();
        deps.report({ kind: 'cycle', result });
        if (result.status === 'incomplete') wait = 0;
        else if (result.status === 'backing-off') wait = Math.max(MIN_WAIT_MS, deps.engine.waitMs());
      } catch (error) {
        deps.report({ kind: 'error', error });
        wait = Math.max(MIN_WAIT_MS, deps.engine.waitMs());
      }
      if (wait > 0) await sleep(wait);
    }
  }

  const onMessage = (): void => wakeUp();
  deps.events.addEventListener('online', wakeUp);
  deps.events.addEventListener('focus', wakeUp);
  deps.channel?.addEventListener('message', onMessage);

  if (deps.locks) {
    deps.locks
      .request(SYNC_LOCK_NAME, { signal: abort.signal }, () => (stopped ? undefined : lead()))
      .catch((error: unknown) => {
        if (!stopped) deps.report({ kind: 'error', error });
      });
  } else {
    void lead();
  }

  return {
    poke() {
      wakeUp();
      deps.channel?.postMessage('poke');
    },
    stop() {
      stopped = true;
      abort.abort();
      wake?.();
      deps.events.removeEventListener('online', wakeUp);
      deps.events.removeEventListener('focus', wakeUp);
      deps.channel?.removeEventListener('message', onMessage);
      deps.channel?.close();
    },
  };
}

/**
 * Reads the SSE poke stream with fetch (EventSource cannot send a Bearer header) and calls
 * `onPoke` for each event. Reconnects after `retryMs` until stopped.
 */
export function listenForPokes(options: {
  url: string;
  accessToken: () => string | null;
  onPoke: () => void;
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  retryMs?: number;
}): () => void {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const abort = new AbortController();
  const retryMs = options.retryMs ?? 15_000;

  async function once(): Promise<void> {
    const token = options.accessToken();
    if (token === null) return;
    const response = await fetchImpl(options.url, {
      headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
      signal: abort.signal,
      cache: 'no-store',
    });
    if (!response.ok || !response.body) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += value;
      const events = buffer.split('\n\n');
      buffer = events.pop() ?? '';
      if (events.some((event) => /^event: poke$/m.test(event))) options.onPoke();
    }
  }

  void (async () => {
    while (!abort.signal.aborted) {
      try {
        await once();
      } catch {
        // Offline or the server went away: try again later; the timer still pulls meanwhile.
      }
      if (abort.signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  })();
  return () => abort.abort();
}
