// Runs in Chromium before any script of the page under test (test/bench/first-sync-app.ts bundles it
// and adds it as an init script): it watches, without taking part, how responsive the main thread
// stays. Three witnesses, because each misses something: Long Tasks (a task over 50 ms),
// long animation frames (rendering included, where Chromium has them) and a 10 ms timer heartbeat
// whose late firings are the time the page could not have answered a key press.

/** One stretch the main thread was busy for, in the page's performance.now() time. */
export type BusySpan = { at: number; ms: number };

export type ResponsivenessReadings = {
  longTasks: BusySpan[];
  /** With the scripts that ran longest in each: what to look at first when a target is missed. */
  longFrames: (BusySpan & { blockingMs: number; scripts: string[] })[];
  /** Heartbeat firings that came more than 50 ms late: `ms` is the gap since the previous one. */
  lateBeats: BusySpan[];
  /** When `.sync-bar` showed each phase first (the app's first sync starts at 'syncing'). */
  phases: Record<string, number>;
  /** When the first worklist row was in the document. */
  firstRowAt: number | null;
  now: number;
};

const HEARTBEAT_MS = 10;
const LATE_MS = 50;

/** A long animation frame's three longest scripts, as "duration function (invoker)". */
function scriptsOf(entry: PerformanceEntry): string[] {
  const scripts: unknown = Reflect.get(entry, 'scripts');
  if (!Array.isArray(scripts)) return [];
  return scripts
    .map((script: Record<string, unknown>) => ({
      ms: Number(script['duration'] ?? 0),
      text: `${Math.round(Number(script['duration'] ?? 0))} ms ${String(script['sourceFunctionName'] ?? '') || '(anonymous)'} (${String(script['invoker'] ?? '')})`,
    }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map(({ text }) => text);
}

function install(): void {
  const readings: Omit<ResponsivenessReadings, 'now'> = {
    longTasks: [],
    longFrames: [],
    lateBeats: [],
    phases: {},
    firstRowAt: null,
  };
  const observe = (type: string, take: (entry: PerformanceEntry) => void) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
    new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true });
  };
  observe('longtask', (entry) => readings.longTasks.push({ at: entry.startTime, ms: entry.duration }));
  observe('long-animation-frame', (entry) =>
    readings.longFrames.push({
      at: entry.startTime,
      ms: entry.duration,
      blockingMs: Number(Reflect.get(entry, 'blockingDuration') ?? 0),
      scripts: scriptsOf(entry),
    }),
  );

  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    if (now - last > HEARTBEAT_MS + LATE_MS) readings.lateBeats.push({ at: last, ms: now - last });
    last = now;
    setTimeout(beat, HEARTBEAT_MS);
  };
  setTimeout(beat, HEARTBEAT_MS);

  const look = () => {
    const phase = document.querySelector('.sync-bar')?.getAttribute('data-phase');
    if (phase && !(phase in readings.phases)) readings.phases[phase] = performance.now();
    if (readings.firstRowAt === null && document.querySelector('[data-testid="declaration-row"]')) {
      readings.firstRowAt = performance.now();
    }
  };
  const start = () =>
    new MutationObserver(look).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-phase'],
    });
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);

  Object.assign(globalThis, {
    borderPostResponsiveness: (): ResponsivenessReadings => ({ ...readings, now: performance.now() }),
  });
}

install();
