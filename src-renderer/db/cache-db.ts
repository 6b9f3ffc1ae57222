import { Dexie, type EntityTable } from 'dexie';
import type { PostsResponse } from '@shared/api';
import type { Declaration } from '@shared/domain';

export const CACHE_DB_NAME = 'border-post-cache';

export type CachedPost = PostsResponse['posts'][number];

/** One row of the key/value meta table; values are typed per key in meta-repo.ts. */
export type MetaRow = { key: string; value: unknown };

/**
 * The cache: everything here can be rebuilt from the central server, so it uses the browser's
 * default (relaxed) durability; a lost last write costs a re-download, not a decision.
 */
export type CacheDb = Dexie & {
  declarations: EntityTable<Declaration, 'id'>;
  posts: EntityTable<CachedPost, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

/**
 * Schema versions are append-only: add `db.version(2)` below version 1, never edit a published
 * one (DESIGN.md, "Local storage").
 */
export function openCacheDb(name: string = CACHE_DB_NAME): CacheDb {
  // Dexie's documented typing: the tables exist once version().stores() has declared them.
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as CacheDb;
  db.version(1).stores({
    declarations: 'id, postId, [postId+lane], status, registeredAt',
    posts: 'id',
    meta: 'key',
  });
  return db;
}
