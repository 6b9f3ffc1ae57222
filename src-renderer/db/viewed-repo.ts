import { z } from 'zod';
import { Declaration, IsoDateTime } from '@shared/domain';
import type { CacheDb } from './cache-db';

/**
 * The copy of a declaration an officer last had on screen, so the next visit can say what changed
 * since (issue 11, "what changed since this officer last opened it"). Kept in the cache's meta
 * table per officer: it is the officer's view of the cache, worth nothing without it.
 */
export const ViewedCopy = z.object({ viewedAt: IsoDateTime, declaration: Declaration });
export type ViewedCopy = z.infer<typeof ViewedCopy>;

/** Copies kept per officer; the oldest go first. A shift opens a few hundred at most. */
export const VIEWED_KEEP = 500;

const prefix = (officerId: string) => `viewed:${officerId}:`;
const viewedKey = (officerId: string, declarationId: string) => `${prefix(officerId)}${declarationId}`;

/** The officer's last copy, or null: never opened, or written by a build whose shape differs. */
export async function getViewedCopy(
  db: CacheDb,
  officerId: string,
  declarationId: string,
): Promise<ViewedCopy | null> {
  const parsed = ViewedCopy.safeParse((await db.meta.get(viewedKey(officerId, declarationId)))?.value);
  return parsed.success ? parsed.data : null;
}

/** Records the copy on screen now; beyond VIEWED_KEEP copies, the least recently viewed are dropped. */
export async function recordViewedCopy(
  db: CacheDb,
  officerId: string,
  declaration: Declaration,
  viewedAt: string,
): Promise<void> {
  const copy: ViewedCopy = { viewedAt, declaration };
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: viewedKey(officerId, declaration.id), value: copy });
    const range = db.meta.where('key').startsWith(prefix(officerId));
    const count = await range.count();
    if (count <= VIEWED_KEEP) return;
    const rows = await range.toArray();
    const byAge = rows
      .map((row) => ({ key: row.key, at: ViewedCopy.safeParse(row.value).data?.viewedAt ?? '' }))
      .sort((a, b) => a.at.localeCompare(b.at));
    await db.meta.bulkDelete(byAge.slice(0, count - VIEWED_KEEP).map((row) => row.key));
  });
}
