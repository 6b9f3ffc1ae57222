import { z } from 'zod';
import type { CacheDb } from './cache-db';

/**
 * How far the first download of a post's snapshot got. Stored in the same transaction as the
 * declarations it describes, so after a crash it never claims more than the cache holds.
 */
export const SnapshotProgress = z.object({
  postId: z.string(),
  watermark: z.string(),
  /** The token of the next page to fetch; null once the last page is stored. */
  nextPageToken: z.string().nullable(),
  received: z.number().int().min(0),
  total: z.number().int().min(0),
  complete: z.boolean(),
  updatedAt: z.string(),
});
export type SnapshotProgress = z.infer<typeof SnapshotProgress>;

const snapshotKey = (postId: string): string => `snapshot:${postId}`;
const lastSyncKey = (postId: string): string => `lastSync:${postId}`;

/** Rows written by an older or newer build may not match today's shape: treat them as absent. */
export async function getSnapshotProgress(db: CacheDb, postId: string): Promise<SnapshotProgress | null> {
  const row = await db.meta.get(snapshotKey(postId));
  const parsed = SnapshotProgress.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function putSnapshotProgress(db: CacheDb, progress: SnapshotProgress): Promise<void> {
  await db.meta.put({ key: snapshotKey(progress.postId), value: progress });
}

export async function getLastSyncAt(db: CacheDb, postId: string): Promise<string | null> {
  const row = await db.meta.get(lastSyncKey(postId));
  return typeof row?.value === 'string' ? row.value : null;
}

export async function putLastSyncAt(db: CacheDb, postId: string, at: string): Promise<void> {
  await db.meta.put({ key: lastSyncKey(postId), value: at });
}
