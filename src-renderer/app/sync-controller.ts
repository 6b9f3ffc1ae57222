import { getLastSyncAt, listPosts, replacePosts } from '../db';
import { useAuthStore, useSessionStore, useSyncStore } from '../state';
import { downloadSnapshot, type FirstSyncOutcome, type SyncResult } from '../sync';
import { rememberedPost, rememberPost } from './post-preference';
import type { AppServices } from './services';

/**
 * Loads the officer's post: from the server when it answers (and refreshes the cached copy), else
 * from the cache so an officer can start work offline.
 */
export async function loadPosts({ api, db }: AppServices): Promise<void> {
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
}

/** Signed in: the device works for the officer's post, which the session names, not a list. */
export async function openOfficerPost(
  services: AppServices,
  postId: string,
  storage: Pick<Storage, 'setItem'>,
): Promise<void> {
  rememberPost(storage, postId);
  useSessionStore.getState().selectPost(postId);
  await loadPosts(services);
}

/**
 * Nobody signed in: no request is made (every endpoint needs a session); the post this device
 * last worked for is shown from the cache, if it holds it, until someone signs in.
 */
export async function openCachedPost({ db }: AppServices, storage: Pick<Storage, 'getItem'>): Promise<void> {
  const posts = await listPosts(db).catch(() => []);
  // Someone signed in meanwhile: their post wins.
  if (useAuthStore.getState().session !== null) return;
  const remembered = rememberedPost(storage);
  const session = useSessionStore.getState();
  session.selectPost(posts.some((post) => post.id === remembered) ? remembered : null);
  session.setPosts(posts, 'cache');
}

const downloads = new Map<string, Promise<SyncResult<FirstSyncOutcome>>>();

/**
 * Posts whose cache the sync runtime owns: it started after the first download completed and
 * pulls deltas, rebuilding from a snapshot itself on 410. A first download started beside it
 * would write the same cache twice, and flipping the phase to 'syncing' would stop the runtime
 * (and the officer's decisions) each time the network came back.
 */
const runtimeOwned = new Set<string>();

export function setRuntimeOwnsPost(postId: string, owns: boolean): void {
  if (owns) runtimeOwned.add(postId);
  else runtimeOwned.delete(postId);
}

/**
 * Downloads the selected post's declarations if the cache does not hold them yet. One download
 * per post at a time: a second request (StrictMode, a retry click, the `online` event) joins the
 * running one instead of writing the same pages twice. Only the selected post reports to the
 * store, so switching posts mid-download lets the earlier one finish into the cache quietly.
 */
export async function syncPost(services: AppServices, postId: string): Promise<void> {
  const { api, db, apiBaseUrl, session } = services;
  if (runtimeOwned.has(postId)) return;
  const isSelected = (): boolean => useSessionStore.getState().selectedPostId === postId;
  const sync = useSyncStore.getState();
  sync.setLastSyncAt(await getLastSyncAt(db, postId).catch(() => null));
  sync.startSync();

  const key = `${db.name}/${postId}`;
  let download = downloads.get(key);
  if (!download) {
    download = downloadSnapshot({
      db,
      api,
      postId,
      // In a worker when the app has the API's address and a session to lend it.
      offThread: apiBaseUrl && session ? { baseUrl: apiBaseUrl, auth: session } : null,
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

/** Retry and reconnect: ask the server for the post again, then make sure it is downloaded. */
export async function refresh(services: AppServices): Promise<void> {
  if (useAuthStore.getState().session === null) return;
  await loadPosts(services);
  const { selectedPostId } = useSessionStore.getState();
  if (selectedPostId) await syncPost(services, selectedPostId);
}
