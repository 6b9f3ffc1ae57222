import { useCallback, useMemo } from 'react';
import type { SortingState } from '@tanstack/react-table';
import {
  readWorklistOrder,
  readWorklistWindow,
  useLiveQuery,
  type LiveQueryState,
  type WorklistColumn,
  type WorklistFilter,
  type WorklistOrder,
  type WorklistSort,
  type WorklistWindow,
} from '../../db';
import { useServices } from '../../app/services';

/** Rows are read in blocks around what is on screen, so a scroll of a few rows reads nothing. */
export const WINDOW_BLOCK = 50;

/** Officers work the riskiest lanes first: RED before YELLOW, then by risk score. */
export const WORKLIST_ORDER: SortingState = [
  { id: 'lane', desc: false },
  { id: 'riskScore', desc: true },
];

const COLUMNS: readonly WorklistColumn[] = [
  'reference',
  'registeredAt',
  'direction',
  'typeCode',
  'trader',
  'itemCount',
  'firstHsCode',
  'lane',
  'status',
  'riskScore',
];
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

export type Worklist = { order: LiveQueryState<WorklistOrder>; window: WorklistWindow | null };

/**
 * One post's worklist, live: the order (a count, or the filtered ids) and the rows of the window
 * on screen, pending decisions applied. Both keep their last answer while a new one is read, so
 * scrolling, sorting and typing never blank the table.
 */
export function useWorklist(
  postId: string,
  sort: WorklistSort,
  filter: WorklistFilter,
  view: { offset: number; limit: number },
): Worklist {
  const { db, outbox } = useServices();
  const orderQuery = useCallback(
    () => readWorklistOrder(db, postId, sort, filter),
    [db, postId, sort, filter],
  );
  const order = useLiveQuery(orderQuery, { keepLast: true });
  const current = order.status === 'ready' ? order.value : null;
  const { offset, limit } = view;
  const windowQuery = useCallback(
    async () => (current ? readWorklistWindow(db, outbox ?? null, current, offset, limit) : null),
    [db, outbox, current, offset, limit],
  );
  const window = useLiveQuery(windowQuery, { keepLast: true });
  return useMemo(() => ({ order, window: window.status === 'ready' ? window.value : null }), [order, window]);
}
