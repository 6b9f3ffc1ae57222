const STORAGE_KEY = 'border-post.post';

/**
 * The post this device last worked for (the post of the last officer signed in): with nobody
 * signed in, its cached declarations are still shown, so a restart without network or session
 * never hides the worklist.
 */
export function rememberedPost(storage: Pick<Storage, 'getItem'>): string | null {
  try {
    return storage.getItem(STORAGE_KEY);
  } catch {
    // Storage disabled by policy: nothing remembered.
    return null;
  }
}

export function rememberPost(storage: Pick<Storage, 'setItem'>, postId: string): void {
  try {
    storage.setItem(STORAGE_KEY, postId);
  } catch {
    // Not remembering the post only costs the cached list before the next sign-in.
  }
}
