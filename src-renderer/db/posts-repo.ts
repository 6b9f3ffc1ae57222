import type { CacheDb, CachedPost } from './cache-db';

/** The server's list is the whole truth: posts it no longer returns are dropped. */
export async function replacePosts(db: CacheDb, posts: CachedPost[]): Promise<void> {
  await db.transaction('rw', db.posts, async () => {
    await db.posts.clear();
    await db.posts.bulkPut(posts);
  });
}

export function listPosts(db: CacheDb): Promise<CachedPost[]> {
  return db.posts.toArray();
}
