import { useEffect, useRef, useState } from 'react';
import { outboxSummary } from '@shared/sync';
import { watchOutbox } from '../db';
import { syncCycleStatus, useOutboxStatusStore, usePosts, useSession, useSyncStatus } from '../state';
import { startSyncRuntime, type SyncRuntime } from '../sync';
import { useServices } from './services';
import { setRuntimeOwnsPost } from './sync-controller';

/**
 * Runs the sync runtime while an officer is signed in and a post is selected. It waits for the
 * first download to finish (the snapshot's watermark is its first cursor), so the two never
 * write the same post's cache at once. Once started for an officer and post it keeps running:
 * from then on it owns the cache (setRuntimeOwnsPost), and a later refresh (the network coming
 * back, the Retry button) no longer passes through the 'syncing' phase that would stop it.
 */
export function useSyncRuntimeLifecycle(): SyncRuntime | null {
  const services = useServices();
  const { selectedPostId } = usePosts();
  const session = useSession();
  const { phase } = useSyncStatus();
  const [runtime, setRuntime] = useState<SyncRuntime | null>(null);
  const officerId = session?.officer.id ?? null;
  const key = officerId && selectedPostId ? `${officerId}/${selectedPostId}` : null;
  const startedFor = useRef<string | null>(null);
  if (key !== null && phase !== 'syncing' && phase !== 'idle') startedFor.current = key;
  const ready = key !== null && startedFor.current === key;
  const { outbox, session: sessionAuth, deviceId, apiBaseUrl, db, host } = services;

  useEffect(() => {
    if (!ready || !officerId || !selectedPostId || !outbox || !sessionAuth || !deviceId || !apiBaseUrl)
      return;
    const started = startSyncRuntime({
      baseUrl: apiBaseUrl,
      postId: selectedPostId,
      deviceId,
      officerId,
      outbox,
      cache: db,
      host,
      session: sessionAuth,
      status: syncCycleStatus,
      win: window,
    });
    setRuntime(started);
    setRuntimeOwnsPost(selectedPostId, true);
    return () => {
      setRuntimeOwnsPost(selectedPostId, false);
      started.stop();
      setRuntime(null);
    };
  }, [ready, officerId, selectedPostId, outbox, sessionAuth, deviceId, apiBaseUrl, db, host]);

  return runtime;
}

/**
 * Mirrors the outbox into the status bar, signed in or not (pending decisions survive a reload):
 * every officer's pending decisions, the signed-in officer's items needing attention.
 */
export function useOutboxSummary(): void {
  const { outbox, db } = useServices();
  const officerId = useSession()?.officer.id ?? null;
  useEffect(() => {
    if (!outbox) return;
    return watchOutbox(outbox, db, (snapshot) =>
      useOutboxStatusStore.getState().setOutbox(outboxSummary(snapshot.entries, officerId)),
    );
  }, [outbox, db, officerId]);
}
