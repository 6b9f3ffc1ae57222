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
const rebuildsKey = (postId: string): string => `rebuilds:${postId}`;

/**
 * How many times the sync engine cleared a post's cache for a fresh snapshot (its first download
 * when no cursor was stored, then each 410: retention passed, or the server was restored from a
 * backup), and when last. Support reads it; it also marks the one case in which the pull cursor
 * may legitimately go back.
 */
export const CacheRebuilds = z.object({ count: z.number().int().min(1), lastAt: z.string() });
export type CacheRebuilds = z.infer<typeof CacheRebuilds>;

export async function getCacheRebuilds(db: CacheDb, postId: string): Promise<CacheRebuilds | null> {
  const parsed = CacheRebuilds.safeParse((await db.meta.get(rebuildsKey(postId)))?.value);
  return parsed.success ? parsed.data : null;
}

/** Must run inside a transaction over the meta table (the rebuild's own). */
export async function countCacheRebuild(db: CacheDb, postId: string, at: string): Promise<void> {
  const before = await getCacheRebuilds(db, postId);
  await db.meta.put({ key: rebuildsKey(postId), value: { count: (before?.count ?? 0) + 1, lastAt: at } });
}

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
