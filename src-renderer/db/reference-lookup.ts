import { Dexie } from 'dexie';
import type { CacheDb } from './cache-db';
import { WORKLIST_INDEXES } from './cache-db';

/**
 * The id of the post's declaration stored under one of `spellings` of its number, from the
 * worklist's [postId+reference] index: one key look-up per spelling, whatever the cache holds.
 */
export async function findIdByReference(
  db: CacheDb,
  postId: string,
  spellings: readonly string[],
): Promise<string | null> {
  if (spellings.length === 0) return null;
  const keys = spellings.map((reference) => [postId, reference]);
  const row = await db.worklist.where(WORKLIST_INDEXES.reference).anyOf(keys).first();
  return row?.id ?? null;
}

/**
 * The id of the post's first declaration whose number `matches`, walking the index's keys only
 * (no row is read): the slow path, for spellings `findIdByReference` could not guess.
 */
export async function findIdByReferenceWhere(
  db: CacheDb,
  postId: string,
  matches: (reference: string) => boolean,
): Promise<string | null> {
  let found: string | null = null;
  await db.worklist
    .where(WORKLIST_INDEXES.reference)
    .between([postId, Dexie.minKey], [postId, Dexie.maxKey])
    .until(() => found !== null)
    .eachKey((key, cursor) => {
      const reference = Array.isArray(key) ? key[1] : undefined;
      if (typeof reference === 'string' && matches(reference)) found = String(cursor.primaryKey);
    });
  return found;
}
