import {
  firstSync,
  type FirstSyncOptions,
  type FirstSyncOutcome,
  type FirstSyncProgress,
} from '../first-sync';
import type { TransportAuth } from '../session-auth';
import type { SyncResult } from '../sync-error';
import { runFirstSyncWorker } from './client';
import { coalesce } from './coalesce';

/**
 * The status bar needs a few updates a second, not one per page: each update re-renders it, and
 * on a 100,000-declaration download the pages come faster than a person reads.
 */
export const PROGRESS_INTERVAL_MS = 250;

export type SnapshotDownloadOptions = FirstSyncOptions & {
  /**
   * Where a worker reaches the API with the app's session. Without it (tests, a host without the
   * API's address) or without workers, the download runs on this thread, as before.
   */
  offThread?: { baseUrl: string; auth: TransportAuth } | null;
};

function startWorker(): Worker {
  return new Worker(new URL('./first-sync.worker.ts', import.meta.url), {
    type: 'module',
    name: 'first-sync',
  });
}

/** Resolves when the worker cannot run (its script failed to load, or it threw outside firstSync). */
function failureOf(worker: Worker): Promise<'worker-failed'> {
  return new Promise((resolve) => {
    worker.onerror = (event) => {
      event.preventDefault();
      console.error('first-sync worker failed; downloading on the page instead', event.message);
      resolve('worker-failed');
    };
  });
}

/**
 * A post's first download, off the page's thread where it can be: parsing, schema checks and the
 * IndexedDB writes of 500-declaration pages take well over 100 ms each, and on the page they
 * would freeze the worklist the officer is looking at. Same semantics either way (it is the same
 * firstSync): each page is stored with its progress in one transaction, so a worker that fails,
 * or a page reloaded mid-download, resumes from the last stored page.
 */
export async function downloadSnapshot(
  options: SnapshotDownloadOptions,
): Promise<SyncResult<FirstSyncOutcome>> {
  const { offThread, ...inThread } = options;
  if (!offThread || typeof Worker === 'undefined') return firstSync(inThread);
  const progress = coalesce<FirstSyncProgress>((batch) => {
    const newest = batch.at(-1);
    if (newest) options.onProgress?.(newest);
  }, PROGRESS_INTERVAL_MS);
  const worker = startWorker();
  try {
    const result = await Promise.race([
      runFirstSyncWorker({
        endpoint: worker,
        baseUrl: offThread.baseUrl,
        postId: options.postId,
        cacheDbName: options.db.name,
        auth: offThread.auth,
        onProgress: progress.report,
        onWorklistChange: (change) => options.db.worklistFeed.emit(change),
        ...(options.pageSize ? { pageSize: options.pageSize } : {}),
      }),
      failureOf(worker),
    ]);
    progress.flush();
    if (result !== 'worker-failed') return result;
  } finally {
    worker.terminate();
  }
  // Terminated above, so its unfinished transaction is gone and this resumes after its last page.
  return firstSync(inThread);
}
