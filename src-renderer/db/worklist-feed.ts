import type { WorklistRow } from './worklist-row';

/**
 * What one committed transaction changed of the worklist: rows put, ids deleted, or `reset` when a
 * whole range went (a post replaced, the cache rebuilt) and a reader should read everything again.
 */
export type WorklistChange = { rows: WorklistRow[]; deleted: string[]; reset: boolean };

/**
 * The worklist's writes as they commit, for the in-memory index (worklist-index-store.ts), so it
 * follows a sync page by page instead of reading 100,000 rows again. Fed by the middleware, which
 * sees every write of this database in this window.
 */
export class WorklistFeed {
  private readonly listeners = new Set<(change: WorklistChange) => void>();

  subscribe(listener: (change: WorklistChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: WorklistChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
