import { useEffect, useState } from 'react';
import { outboxSummary } from '@shared/sync';
import { watchOutbox } from '../db';
import { useOutboxStatusStore, usePosts, useSession, useSyncStatus } from '../state';
import { startSyncRuntime, type SyncRuntime } from '../sync';
import { useServices } from './services';

/**
 * Runs the sync runtime while an officer is signed in and a post is selected. It waits for the
 * first download to finish (the snapshot's watermark is its first cursor), so the two never
 * write the same post's cache at once.
 */
export function useSyncRuntimeLifecycle(): SyncRuntime | null {
  const services = useServices();
  const { selectedPostId } = usePosts();
  const session = useSession();
  const { phase } = useSyncStatus();
  const [runtime, setRuntime] = useState<SyncRuntime | null>(null);
  const officerId = session?.officer.id ?? null;
  const ready = phase !== 'syncing' && phase !== 'idle';
  const { outbox, session: sessionAuth, deviceId, apiBaseUrl, db, host } = services;

  useEffect(() => {
    if (!ready || !officerId || !selectedPostId || !outbox || !sessionAuth || !deviceId || !apiBaseUrl)
      return;
    const started = startSyncRuntime({
      baseUrl: apiBaseUrl,
      postId: selectedPostId,
      deviceId,
      outbox,
      cache: db,
      host,
      session: sessionAuth,
      win: window,
    });
    setRuntime(started);
    return () => {
      started.stop();
      setRuntime(null);
    };
  }, [ready, officerId, selectedPostId, outbox, sessionAuth, deviceId, apiBaseUrl, db, host]);

  return runtime;
}

/** Mirrors the outbox into the status bar, signed in or not (pending decisions survive a reload). */
export function useOutboxSummary(): void {
  const { outbox, db } = useServices();
  useEffect(() => {
    if (!outbox) return;
    return watchOutbox(outbox, db, (snapshot) =>
      useOutboxStatusStore.getState().setOutbox(outboxSummary(snapshot.entries)),
    );
  }, [outbox, db]);
}
