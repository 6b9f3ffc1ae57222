import type { DeclarationStatus, Lane } from '@shared/domain';
import { narrows, rowMatcher, shownStatus, type WorklistFilter, type WorklistMarks } from './worklist-filter';
import type { WorklistChange } from './worklist-feed';
import { statusRank, type WorklistRow } from './worklist-row';
import { columnCompare, mergeSorted, sortInSlices, type WorklistSortColumn } from './worklist-sort';

export type WorklistSort = { column: WorklistSortColumn; desc: boolean };

/** How many rows of a list are in each lane (`none`: not selected yet) and each shown status. */
export type WorklistCounts = {
  lanes: Record<Lane | 'none', number>;
  statuses: Record<DeclarationStatus, number>;
};

/** A list of rows in order: slots of the index, the first `total` of them. */
export type WorklistSelection = { slots: Uint32Array; total: number; counts: WorklistCounts };

const emptyCounts = (): WorklistCounts => ({
  lanes: { RED: 0, YELLOW: 0, BLUE: 0, GREEN: 0, none: 0 },
  statuses: { registered: 0, selected: 0, assessed: 0, examined: 0, held: 0, rejected: 0, released: 0 },
});

/**
 * One post's worklist rows in memory, for a worklist that stays fast at 100,000 declarations: each
 * column's order is kept as a permutation of slots (computed once, in slices, and merged with each
 * change), so a sort is picking a permutation and a filter is one pass over it. Rows keep their
 * slot for the index's life; a deleted row leaves its slot empty.
 */
export class WorklistIndex {
  private readonly rows: (WorklistRow | null)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly orders = new Map<WorklistSortColumn, Uint32Array>();
  /** Goes up with every change, so work started before a change knows it is stale. */
  version = 0;
  /** The last answer, which a keystroke more of a search only narrows. */
  private last: {
    sort: WorklistSort;
    filter: WorklistFilter;
    marks: WorklistMarks;
    version: number;
    selection: WorklistSelection;
  } | null = null;

  constructor(
    readonly postId: string,
    rows: readonly WorklistRow[] = [],
  ) {
    for (const row of rows) this.place(row);
  }

  get size(): number {
    return this.slotOf.size;
  }

  row(slot: number): WorklistRow {
    const row = this.rows[slot];
    if (!row) throw new Error(`no worklist row in slot ${slot}`);
    return row;
  }

  /** The origin countries of the post's goods, for the filter's choices. */
  origins(): string[] {
    const found = new Set<string>();
    for (const row of this.rows) for (const origin of row?.origins ?? []) found.add(origin);
    return [...found].sort();
  }

  private place(row: WorklistRow): number {
    const slot = this.slotOf.get(row.id);
    if (slot !== undefined) {
      this.rows[slot] = row;
      return slot;
    }
    this.rows.push(row);
    this.slotOf.set(row.id, this.rows.length - 1);
    return this.rows.length - 1;
  }

  /** Takes in what a transaction wrote; rows of other posts count as deletions from this one. */
  apply(change: WorklistChange): void {
    const touched = new Set<number>();
    const placed: number[] = [];
    const remove = (id: string) => {
      const slot = this.slotOf.get(id);
      if (slot === undefined) return;
      this.rows[slot] = null;
      this.slotOf.delete(id);
      touched.add(slot);
    };
    for (const row of change.rows) {
      if (row.postId !== this.postId) {
        remove(row.id);
        continue;
      }
      const slot = this.place(row);
      touched.add(slot);
      placed.push(slot);
    }
    for (const id of change.deleted) remove(id);
    if (touched.size === 0) return;
    this.version++;
    for (const [column, order] of this.orders) {
      const compare = columnCompare(this.rows, column);
      const kept = order.filter((slot) => !touched.has(slot));
      const added = Uint32Array.from(new Set(placed.filter((slot) => this.rows[slot]))).sort(compare);
      this.orders.set(column, mergeSorted(kept, added, compare));
    }
  }

  private liveSlots(): Uint32Array {
    return Uint32Array.from(this.slotOf.values());
  }

  /** The ascending order of a column, sorted now if it was not prepared. */
  private order(column: WorklistSortColumn): Uint32Array {
    let order = this.orders.get(column);
    if (order === undefined) {
      order = this.liveSlots().sort(columnCompare(this.rows, column));
      this.orders.set(column, order);
    }
    return order;
  }

  /** Sorts the columns not yet sorted, in slices between which the page keeps working. */
  async prepare(columns: readonly WorklistSortColumn[], pause: () => Promise<void>): Promise<void> {
    for (const column of columns) {
      if (this.orders.has(column)) continue;
      const version = this.version;
      const order = await sortInSlices(this.liveSlots(), columnCompare(this.rows, column), pause);
      // A change while it sorted: the order misses it; the next prepare (or a sort) starts again.
      if (version === this.version && !this.orders.has(column)) this.orders.set(column, order);
      await pause();
    }
  }

  isPrepared(column: WorklistSortColumn): boolean {
    return this.orders.has(column);
  }

  /**
   * The rows that match, in the sort's order, counted by lane and shown status. Sorting by status
   * puts a row with a pending decision where that decision's status sorts.
   */
  select(sort: WorklistSort, filter: WorklistFilter, marks: WorklistMarks): WorklistSelection {
    const last = this.last;
    const within =
      last !== null &&
      last.version === this.version &&
      last.marks === marks &&
      last.sort.column === sort.column &&
      last.sort.desc === sort.desc &&
      narrows(last.filter, filter)
        ? last.selection
        : null;
    const selection = within ? this.scan(within.slots.subarray(0, within.total), false, filter, marks) : null;
    const answer = selection ?? this.scan(this.sorted(sort, marks), sort.desc, filter, marks);
    this.last = { sort, filter, marks, version: this.version, selection: answer };
    return answer;
  }

  /** A column's order, with pending decisions' statuses where the column is the status. */
  private sorted(sort: WorklistSort, marks: WorklistMarks): Uint32Array {
    const order = this.order(sort.column);
    return sort.column === 'status' && marks.pending.size > 0 ? this.withPendingStatus(order, marks) : order;
  }

  /** The slots of `order` (read backwards when `reverse`) whose rows match, counted. */
  private scan(order: Uint32Array, reverse: boolean, filter: WorklistFilter, marks: WorklistMarks) {
    const matches = rowMatcher(filter, marks);
    const counts = emptyCounts();
    const slots = new Uint32Array(order.length);
    let total = 0;
    for (let i = 0; i < order.length; i++) {
      const slot = order[reverse ? order.length - 1 - i : i] as number;
      const row = this.rows[slot] as WorklistRow;
      if (!matches(row)) continue;
      slots[total++] = slot;
      counts.lanes[row.lane ?? 'none']++;
      counts.statuses[shownStatus(row, marks)]++;
    }
    return { slots, total, counts };
  }

  private withPendingStatus(order: Uint32Array, marks: WorklistMarks): Uint32Array {
    const shownKey = (slot: number) => statusRank(shownStatus(this.row(slot), marks));
    const compare = columnCompare(this.rows, 'status', shownKey);
    const pending = new Set<number>();
    for (const id of marks.pending.keys()) {
      const slot = this.slotOf.get(id);
      if (slot !== undefined) pending.add(slot);
    }
    const kept = order.filter((slot) => !pending.has(slot));
    return mergeSorted(kept, Uint32Array.from(pending).sort(compare), compare);
  }
}
