import type { WORKLIST_INDEXES } from './cache-db';
import type { WorklistRow } from './worklist-row';

/** Orders two rows' slots; ties must fall back to the id, as IndexedDB's index order does. */
export type SlotCompare = (a: number, b: number) => number;

const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order of one column over rows held by slot, exactly as its IndexedDB index orders them
 * (cache-db.ts WORKLIST_INDEXES): the keys in code-unit order, then the id. The same order
 * on both paths, so rows do not move when the in-memory index takes over from the index range.
 */
export function columnCompare(
  rows: readonly (WorklistRow | null)[],
  column: WorklistSortColumn,
  statusKey?: (slot: number) => number,
): SlotCompare {
  const row = (slot: number) => rows[slot] as WorklistRow;
  const byId = (a: number, b: number) => text(row(a).id, row(b).id);
  const byText = (key: (r: WorklistRow) => string) => (a: number, b: number) =>
    text(key(row(a)), key(row(b))) || byId(a, b);
  const byNumber = (key: (r: WorklistRow) => number) => (a: number, b: number) =>
    key(row(a)) - key(row(b)) || byId(a, b);
  switch (column) {
    case 'reference':
      return byText((r) => r.reference);
    case 'direction':
      return byText((r) => r.direction);
    case 'typeCode':
      return byText((r) => r.typeCode);
    case 'trader':
      return byText((r) => r.traderKey);
    case 'firstHsCode':
      return byText((r) => r.firstHsCode);
    case 'registeredAt':
      return byNumber((r) => r.registeredKey);
    case 'itemCount':
      return byNumber((r) => r.itemCount);
    case 'riskScore':
      return byNumber((r) => r.riskScore);
    case 'status':
      // A pending decision's status, where the screen shows one (statusKey), orders its row.
      return statusKey === undefined
        ? byNumber((r) => r.statusKey)
        : (a, b) => statusKey(a) - statusKey(b) || byId(a, b);
    case 'lane':
      return (a, b) => row(a).laneKey - row(b).laneKey || row(a).riskKey - row(b).riskKey || byId(a, b);
  }
}

/** A column the worklist sorts by: one with an index (cache-db.ts), so both paths can serve it. */
export type WorklistSortColumn = keyof typeof WORKLIST_INDEXES;

/** Two sorted slot lists as one sorted list. */
export function mergeSorted(a: Uint32Array, b: Uint32Array, compare: SlotCompare): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (compare(x, y) <= 0) {
      out[k++] = x;
      i++;
    } else {
      out[k++] = y;
      j++;
    }
  }
  out.set(a.subarray(i), k);
  out.set(b.subarray(j), k + a.length - i);
  return out;
}

/** Merges sorted runs [lo, mid) and [mid, hi) of `from` into the same place of `to`. */
function mergeRuns(
  from: Uint32Array,
  to: Uint32Array,
  lo: number,
  mid: number,
  hi: number,
  compare: SlotCompare,
) {
  to.set(mergeSorted(from.subarray(lo, mid), from.subarray(mid, hi), compare), lo);
}

const RUN = 2048;

/**
 * Sorts slots without holding the page for long: runs of 2,048 sorted natively, then merged pair by
 * pair, handing the thread back (`pause`) whenever a slice has taken `sliceMs`. Sorting 100,000
 * names at once takes a 100–200 ms task on 2 cores: a frame an officer scrolling would feel.
 */
export async function sortInSlices(
  slots: Uint32Array,
  compare: SlotCompare,
  pause: () => Promise<void>,
  sliceMs = 8,
): Promise<Uint32Array> {
  let sliceStart = performance.now();
  const breathe = async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await pause();
    sliceStart = performance.now();
  };
  const n = slots.length;
  let from = slots.slice();
  for (let lo = 0; lo < n; lo += RUN) {
    from.subarray(lo, Math.min(lo + RUN, n)).sort(compare);
    await breathe();
  }
  let to = new Uint32Array(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      if (mid < hi) mergeRuns(from, to, lo, mid, hi, compare);
      else to.set(from.subarray(lo, hi), lo);
      await breathe();
    }
    [from, to] = [to, from];
  }
  return from;
}
