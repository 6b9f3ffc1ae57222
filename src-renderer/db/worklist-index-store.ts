import type { CacheDb } from './cache-db';
import type { WorklistChange } from './worklist-feed';
import { WorklistIndex } from './worklist-index';
import type { WorklistRow } from './worklist-row';
import type { WorklistSortColumn } from './worklist-sort';

/** Rows read per IndexedDB request while the index loads: a few tens of ms of the page each. */
const CHUNK = 2000;

/** The default order first: it is the one on screen while the others are prepared. */
const PREPARE_ORDER: readonly WorklistSortColumn[] = [
  'lane',
  'riskScore',
  'registeredAt',
  'status',
  'reference',
  'trader',
  'itemCount',
  'firstHsCode',
  'typeCode',
  'direction',
];

export type WorklistIndexState =
  | { status: 'loading'; loaded: number }
  | { status: 'ready'; index: WorklistIndex; version: number }
  | { status: 'error'; error: unknown };

/** Hands the thread back to the page between slices of work (a macrotask, so input and paint run). */
export const yieldToPage = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 500));

/**
 * One post's worklist index, loaded from IndexedDB in chunks after `start()` and kept in step with
 * the cache through its feed; for useSyncExternalStore (`subscribe`, `getState`). Changes that
 * commit while it loads are held and applied after, so none is lost between two chunks.
 */
export class WorklistIndexStore {
  private state: WorklistIndexState = { status: 'loading', loaded: 0 };
  private readonly listeners = new Set<() => void>();
  private held: WorklistChange[] = [];
  private unfollow: (() => void) | null = null;
  private loading: Promise<void> | null = null;
  /** Goes up when a load is abandoned (a reset), so the abandoned one stops at its next chunk. */
  private generation = 0;
  private preparing = false;
  private disposed = false;

  constructor(
    private readonly db: CacheDb,
    readonly postId: string,
    private readonly pause: () => Promise<void> = yieldToPage,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): WorklistIndexState => this.state;

  private set(state: WorklistIndexState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  /** Starts loading once; resolves when the index is ready (its orders are prepared after). */
  start(): Promise<void> {
    this.unfollow ??= this.db.worklistFeed.subscribe((change) => this.follow(change));
    this.loading ??= this.load(this.generation).catch((error: unknown) =>
      this.set({ status: 'error', error }),
    );
    return this.loading;
  }

  dispose(): void {
    this.disposed = true;
    this.unfollow?.();
  }

  private follow(change: WorklistChange) {
    if (change.reset) {
      // A post replaced or the cache rebuilt: read everything again.
      this.held = [];
      this.loading = null;
      this.generation++;
      this.set({ status: 'loading', loaded: 0 });
      void this.start();
      return;
    }
    if (this.state.status !== 'ready') {
      this.held.push(change);
      return;
    }
    const { index } = this.state;
    index.apply(change);
    this.set({ status: 'ready', index, version: index.version });
    void this.prepareAll(index);
  }

  /** Prepares every column's order, again after a change spoilt one being sorted. */
  private async prepareAll(index: WorklistIndex): Promise<void> {
    if (this.preparing) return;
    this.preparing = true;
    try {
      while (!this.disposed && PREPARE_ORDER.some((column) => !index.isPrepared(column))) {
        await index.prepare(PREPARE_ORDER, this.pause);
        // Spoilt by a change (a sync writing pages): try again once the writes have calmed down.
        if (PREPARE_ORDER.some((column) => !index.isPrepared(column))) await settle();
      }
    } finally {
      this.preparing = false;
    }
  }

  private async load(generation: number): Promise<void> {
    const rows: WorklistRow[] = [];
    let last: string | null = null;
    for (;;) {
      // By primary key, so each chunk starts where the last ended whatever was written between.
      const chunk: WorklistRow[] = await (
        last === null ? this.db.worklist.orderBy(':id') : this.db.worklist.where(':id').above(last)
      )
        .limit(CHUNK)
        .toArray();
      if (this.disposed || generation !== this.generation) return;
      for (const row of chunk) if (row.postId === this.postId) rows.push(row);
      last = chunk.at(-1)?.id ?? last;
      this.set({ status: 'loading', loaded: rows.length });
      if (chunk.length < CHUNK) break;
      await this.pause();
    }
    const index = new WorklistIndex(this.postId, rows);
    for (const change of this.held) index.apply(change);
    this.held = [];
    this.set({ status: 'ready', index, version: index.version });
    await this.prepareAll(index);
  }
}

const stores = new WeakMap<CacheDb, WorklistIndexStore>();

/**
 * The worklist index of a post, one per database: the last post's is kept while its worklist
 * comes and goes (opening a declaration and coming back costs nothing), another post's replaces it.
 */
export function worklistIndexStore(db: CacheDb, postId: string): WorklistIndexStore {
  const current = stores.get(db);
  if (current?.postId === postId) return current;
  current?.dispose();
  const store = new WorklistIndexStore(db, postId);
  stores.set(db, store);
  return store;
}
