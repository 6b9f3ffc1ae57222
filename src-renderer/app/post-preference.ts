import type { CachedPost } from '../db';

const STORAGE_KEY = 'border-post.post';

/**
 * The post the device works for: the one chosen last time if it still exists, else the first
 * Korean post (the primary jurisdiction), else the first post.
 */
export function choosePost(posts: readonly CachedPost[], storage: Pick<Storage, 'getItem'>): string | null {
  let remembered: string | null = null;
  try {
    remembered = storage.getItem(STORAGE_KEY);
  } catch {
    // Storage disabled by policy: fall back to the default post.
  }
  const known = posts.find((post) => post.id === remembered);
  return (known ?? posts.find((post) => post.jurisdiction === 'kr') ?? posts[0])?.id ?? null;
}

export function rememberPost(storage: Pick<Storage, 'setItem'>, postId: string): void {
  try {
    storage.setItem(STORAGE_KEY, postId);
  } catch {
    // Not remembering the choice is better than failing the switch.
  }
}
