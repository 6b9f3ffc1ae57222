import { getLastSyncAt, listPosts, replacePosts } from '../db';
import { useSessionStore, useSyncStore } from '../state';
import { firstSync, type FirstSyncOutcome, type SyncResult } from '../sync';
import { choosePost } from './post-preference';
import type { AppServices } from './services';

/**
 * Loads the posts: from the server when it answers (and refreshes the cached copy), else from the
 * cache so an officer can start work offline.
 */
export async function loadPosts({ api, db }: AppServices, storage: Pick<Storage, 'getItem'>): Promise<void> {
  const session = useSessionStore.getState();
  const answer = await api.getPosts();
  if (answer.ok) {
    useSyncStore.getState().clearError();
    session.setPosts(answer.value.posts, 'server');
    try {
      await replacePosts(db, answer.value.posts);
    } catch (cause) {
      useSyncStore.getState().failSync({ kind: 'storage', detail: String(cause) });
    }
  } else {
    useSyncStore.getState().failSync(answer.error);
    session.setPosts(await listPosts(db).catch(() => []), 'cache');
  }
  const { posts, selectedPostId } = useSessionStore.getState();
  if (!posts.some((post) => post.id === selectedPostId)) {
    const chosen = choosePost(posts, storage);
    if (chosen) session.selectPost(chosen);
  }
}

const downloads = new Map<string, Promise<SyncResult<FirstSyncOutcome>>>();

/**
 * Downloads the selected post's declarations if the cache does not hold them yet. One download
 * per post at a time: a second request (StrictMode, a retry click, the `online` event) joins the
 * running one instead of writing the same pages twice. Only the selected post reports to the
 * store, so switching posts mid-download lets the earlier one finish into the cache quietly.
 */
export async function syncPost({ api, db }: AppServices, postId: string): Promise<void> {
  const isSelected = (): boolean => useSessionStore.getState().selectedPostId === postId;
  const sync = useSyncStore.getState();
  sync.setLastSyncAt(await getLastSyncAt(db, postId).catch(() => null));
  sync.startSync();

  const key = `${db.name}/${postId}`;
  let download = downloads.get(key);
  if (!download) {
    download = firstSync({
      db,
      api,
      postId,
      onProgress: ({ received, total }) => {
        if (isSelected()) useSyncStore.getState().reportProgress(received, total);
      },
    }).finally(() => downloads.delete(key));
    downloads.set(key, download);
  }
  const result = await download;

  if (!isSelected()) return;
  if (result.ok) {
    const lastSyncAt = await getLastSyncAt(db, postId).catch(() => null);
    useSyncStore.getState().finishSync(lastSyncAt, result.value.downloaded);
  } else {
    useSyncStore.getState().failSync(result.error);
  }
}

/** Retry and reconnect: ask the server for posts again, then make sure the post is downloaded. */
export async function refresh(services: AppServices, storage: Pick<Storage, 'getItem'>): Promise<void> {
  await loadPosts(services, storage);
  const { selectedPostId } = useSessionStore.getState();
  if (selectedPostId) await syncPost(services, selectedPostId);
}
