import type { SnapshotPage } from '@shared/api';
import { getSnapshotProgress, writeSnapshotPage, type CacheDb, type SnapshotProgress } from '../db';
import type { ApiClient } from './api-client';
import type { SyncError, SyncResult } from './sync-error';

export type FirstSyncProgress = { received: number; total: number };

export type FirstSyncOptions = {
  db: CacheDb;
  api: ApiClient;
  postId: string;
  onProgress?: (progress: FirstSyncProgress) => void;
  pageSize?: number;
  /** Injected so tests control the recorded times; the server's clock orders things, not this. */
  now?: () => Date;
};

export type FirstSyncOutcome = {
  /** False when the post's snapshot was already complete and nothing was downloaded. */
  downloaded: boolean;
  received: number;
  total: number;
  watermark: string;
};

function storageError(cause: unknown): SyncError {
  return {
    kind: 'storage',
    detail: cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause),
  };
}

function isRejectedToken(error: SyncError): boolean {
  return error.kind === 'http' && error.status >= 400 && error.status < 500;
}

function progressAfter(page: SnapshotPage, before: SnapshotProgress | null, at: string): SnapshotProgress {
  return {
    postId: page.postId,
    watermark: page.watermark,
    nextPageToken: page.nextPageToken,
    received: (before?.received ?? 0) + page.declarations.length,
    total: page.total,
    complete: page.nextPageToken === null,
    updatedAt: at,
  };
}

/**
 * Downloads a post's declarations as a paged snapshot into the cache. Each page is stored with
 * the progress that covers it in one transaction, so a download interrupted by a network failure
 * keeps its pages and resumes from the next one. A post whose snapshot is complete is not
 * downloaded again (deltas from the watermark come with the pull loop).
 */
export async function firstSync(options: FirstSyncOptions): Promise<SyncResult<FirstSyncOutcome>> {
  const { db, api, postId, onProgress, pageSize } = options;
  const now = options.now ?? (() => new Date());

  let progress: SnapshotProgress | null;
  try {
    progress = await getSnapshotProgress(db, postId);
  } catch (cause) {
    return { ok: false, error: storageError(cause) };
  }
  if (progress?.complete) {
    const { received, total, watermark } = progress;
    return { ok: true, value: { downloaded: false, received, total, watermark } };
  }
  if (progress) onProgress?.({ received: progress.received, total: progress.total });

  let restarted = false;
  for (;;) {
    const pageToken = progress?.nextPageToken ?? null;
    const answer = await api.getSnapshotPage({ postId, pageToken, ...(pageSize ? { limit: pageSize } : {}) });
    if (!answer.ok) {
      // A saved page token can outlive the server's memory of it (restart, retention): start the
      // snapshot over, once, rather than retrying a token the server will never accept.
      if (pageToken !== null && !restarted && isRejectedToken(answer.error)) {
        restarted = true;
        progress = null;
        continue;
      }
      return answer;
    }
    const page = answer.value;
    if (page.postId !== postId) {
      return {
        ok: false,
        error: { kind: 'bad-response', detail: `snapshot of ${page.postId}, not ${postId}` },
      };
    }
    const next = progressAfter(page, progress, now().toISOString());
    try {
      await writeSnapshotPage(db, {
        declarations: page.declarations,
        history: page.history ?? [],
        progress: next,
        replacePost: progress === null,
      });
    } catch (cause) {
      return { ok: false, error: storageError(cause) };
    }
    progress = next;
    onProgress?.({ received: next.received, total: next.total });
    if (next.complete) {
      return {
        ok: true,
        value: { downloaded: true, received: next.received, total: next.total, watermark: next.watermark },
      };
    }
  }
}
