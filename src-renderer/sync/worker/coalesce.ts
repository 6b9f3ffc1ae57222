import type { WorklistChange } from '../../db/worklist-feed';
import type { WorklistRow } from '../../db';

/**
 * Delivers what was reported at most every `intervalMs`, as one batch: the first report at once
 * (the first rows and the first progress show without delay), the ones after it together at the
 * end of the interval. `flush` delivers what is held now.
 */
export function coalesce<T>(
  deliver: (batch: T[]) => void,
  intervalMs: number,
  clock: () => number = () => performance.now(),
): { report(item: T): void; flush(): void } {
  let lastAt = -Infinity;
  let held: T[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (held.length === 0) return;
    const batch = held;
    held = [];
    lastAt = clock();
    deliver(batch);
  };
  return {
    report(item) {
      held.push(item);
      const wait = lastAt + intervalMs - clock();
      if (wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    },
    flush,
  };
}

/**
 * Several committed worklist changes as one, in commit order: an id's last write wins. A reset
 * (a post replaced) makes the reader read everything again, which covers the changes around it.
 */
export function mergeWorklistChanges(changes: readonly WorklistChange[]): WorklistChange {
  if (changes.some((change) => change.reset)) return { rows: [], deleted: [], reset: true };
  const rows = new Map<string, WorklistRow>();
  const deleted = new Set<string>();
  for (const change of changes) {
    for (const row of change.rows) {
      rows.set(row.id, row);
      deleted.delete(row.id);
    }
    for (const id of change.deleted) {
      rows.delete(id);
      deleted.add(id);
    }
  }
  return { rows: [...rows.values()], deleted: [...deleted], reset: false };
}
