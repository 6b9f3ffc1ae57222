import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { SortingState } from '@tanstack/react-table';
import {
  countWorklist,
  isFiltered,
  NO_MARKS,
  readWorklistMarks,
  readWorklistRange,
  toEntry,
  useLiveQuery,
  worklistIndexStore,
  type WorklistColumn,
  type WorklistCounts,
  type WorklistEntry,
  type WorklistFilter,
  type WorklistIndex,
  type WorklistMarks,
  type WorklistRow,
  type WorklistSort,
  type WorklistWindow,
} from '../../db';
import { useServices } from '../../app/services';
import { COLUMN_IDS } from './columns';

/** Rows are read in blocks around what is on screen, so a scroll of a few rows reads nothing. */
export const WINDOW_BLOCK = 50;

/** Officers work the riskiest lanes first: RED before YELLOW, then by risk score. */
export const WORKLIST_ORDER: SortingState = [
  { id: 'lane', desc: false },
  { id: 'riskScore', desc: true },
];

/** The columns an index sorts by: all but who it is assigned to. */
const COLUMNS: readonly WorklistColumn[] = COLUMN_IDS.filter(
  (id): id is WorklistColumn => id !== 'assignedTo',
);
const isColumn = (id: string): id is WorklistColumn => COLUMNS.some((column) => column === id);

/**
 * The table's sorting as the index that serves it: the first column sorted (the default order's
 * lane index holds the risk score as its second key); no sorting means the default order.
 */
export function worklistSort(sorting: SortingState): WorklistSort {
  const [first] = sorting;
  return first && isColumn(first.id)
    ? { column: first.id, desc: first.desc }
    : { column: 'lane', desc: false };
}

/** The block-aligned window that covers rows `start`…`end` with a block of margin either side. */
export function windowAround(start: number, end: number): { offset: number; limit: number } {
  const offset = Math.max(0, (Math.floor(start / WINDOW_BLOCK) - 1) * WINDOW_BLOCK);
  const last = (Math.floor(end / WINDOW_BLOCK) + 2) * WINDOW_BLOCK;
  return { offset, limit: last - offset };
}

export type Worklist =
  | { status: 'loading' }
  | { status: 'error' }
  /** A filter is set and the index it needs is still being read: `loaded` rows so far. */
  | { status: 'indexing'; loaded: number }
  | {
      status: 'ready';
      total: number;
      window: WorklistWindow;
      /** Per lane and shown status, of the list as filtered; null until the index is ready. */
      counts: WorklistCounts | null;
      /** The origin countries present at the post, for the filter's choices. */
      origins: readonly string[];
    };

type View = { offset: number; limit: number };

/**
 * One post's worklist, live. The first screen comes straight from IndexedDB (a count and the
 * rows on screen from the sort column's index) while the in-memory index loads in the background;
 * from then on every sort and filter is answered from the index without touching IndexedDB, and
 * only the rows on screen become objects React sees.
 */
export function useWorklist(
  postId: string,
  sort: WorklistSort,
  filter: WorklistFilter,
  view: View,
): Worklist {
  const { db, outbox } = useServices();
  const store = useMemo(() => worklistIndexStore(db, postId), [db, postId]);
  const indexState = useSyncExternalStore(store.subscribe, store.getState);
  const index = indexState.status === 'ready' ? indexState.index : null;
  const marksQuery = useCallback(() => readWorklistMarks(outbox ?? null), [outbox]);
  const marksState = useLiveQuery(marksQuery, { keepLast: true });
  const marks = marksState.status === 'ready' ? marksState.value : NO_MARKS;

  const early = useEarlyWorklist(postId, sort, marks, view, index === null && !isFiltered(filter));
  // The index is read once the first rows are on screen, so it never delays them.
  const shown = early.status === 'ready';
  useEffect(() => {
    if (shown || isFiltered(filter)) void store.start();
  }, [store, shown, filter]);

  const version = indexState.status === 'ready' ? indexState.version : -1;
  const selection = useMemo(
    () => (index && version >= 0 ? index.select(sort, filter, marks) : null),
    [index, version, sort, filter, marks],
  );
  const origins = useMemo(() => (index && version >= 0 ? index.origins() : []), [index, version]);
  // One entry object per row while the marks stand, so rows already on screen are not rendered again.
  const entries = useMemo(() => {
    const made = new WeakMap<WorklistRow, WorklistEntry>();
    return (row: WorklistRow) => {
      let entry = made.get(row);
      if (entry === undefined) made.set(row, (entry = toEntry(row, marks)));
      return entry;
    };
  }, [marks]);
  const window = useMemo(
    () => (index && selection ? indexWindow(index, selection.slots, selection.total, entries, view) : null),
    [index, selection, entries, view],
  );

  if (index && selection && window) {
    return { status: 'ready', total: selection.total, window, counts: selection.counts, origins };
  }
  if (indexState.status === 'error' || early.status === 'error') return { status: 'error' };
  if (isFiltered(filter)) {
    return { status: 'indexing', loaded: indexState.status === 'loading' ? indexState.loaded : 0 };
  }
  return early.status === 'ready'
    ? { status: 'ready', total: early.total, window: early.window, counts: null, origins: [] }
    : { status: 'loading' };
}

function indexWindow(
  index: WorklistIndex,
  slots: Uint32Array,
  total: number,
  entryOf: (row: WorklistRow) => WorklistEntry,
  { offset, limit }: View,
): WorklistWindow {
  const rows = [];
  for (let i = offset; i < Math.min(total, offset + limit); i++) {
    rows.push(entryOf(index.row(slots[i] as number)));
  }
  return { offset, rows };
}

const NO_QUERY = async () => null;

type Early = { status: 'loading' | 'error' } | { status: 'ready'; total: number; window: WorklistWindow };

/** The unfiltered list from IndexedDB alone, while `enabled` (the index is not ready yet). */
function useEarlyWorklist(
  postId: string,
  sort: WorklistSort,
  marks: WorklistMarks,
  { offset, limit }: View,
  enabled: boolean,
): Early {
  const { db } = useServices();
  const countQuery = useCallback(
    async () => (enabled ? countWorklist(db, postId) : null),
    [db, postId, enabled],
  );
  const count = useLiveQuery(countQuery, { keepLast: true });
  // Once disabled, the same query that answers nothing: a scroll must not subscribe anew.
  const windowQuery = useMemo(
    () => (enabled ? () => readWorklistRange(db, postId, sort, marks, offset, limit) : NO_QUERY),
    [db, postId, sort, marks, offset, limit, enabled],
  );
  const window = useLiveQuery(windowQuery, { keepLast: true });
  if (count.status === 'error' || window.status === 'error') return { status: 'error' };
  if (
    count.status !== 'ready' ||
    window.status !== 'ready' ||
    count.value === null ||
    window.value === null
  ) {
    return { status: 'loading' };
  }
  return { status: 'ready', total: count.value, window: window.value };
}
