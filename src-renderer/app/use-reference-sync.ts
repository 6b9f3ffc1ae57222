import { useEffect } from 'react';
import { deviceReferenceDb, createReferenceSync, showPacksInUse, workerInstaller } from '../reference';
import { useOutboxStatusStore, useSelectedPost, useSession } from '../state';
import { useServices } from './services';

/** A sync cycle can run every few seconds; the manifest is checked at most this often. */
const MIN_CHECK_INTERVAL_MS = 30_000;

/**
 * Keeps the selected post's reference packs current (issue 9): the versions in use are shown
 * from the device at once, signed in or not; while an officer is signed in the manifest is
 * checked at start, after each completed sync cycle and when the network comes back, and a
 * failed download is retried when its backoff ends.
 */
export function useReferenceSyncLifecycle(): void {
  const { session: sessionAuth, apiBaseUrl } = useServices();
  const jurisdiction = useSelectedPost()?.jurisdiction ?? null;
  const signedIn = useSession() !== null;

  useEffect(() => {
    if (jurisdiction === null) return;
    void showPacksInUse(deviceReferenceDb(), jurisdiction).catch((error: unknown) =>
      console.error('reading the reference packs in use failed', error),
    );
  }, [jurisdiction]);

  useEffect(() => {
    if (jurisdiction === null || !signedIn || !sessionAuth || !apiBaseUrl) return;
    const install = workerInstaller();
    const sync = createReferenceSync({
      db: deviceReferenceDb(),
      ...(install === null ? {} : { install }),
      jurisdiction,
      transport: {
        baseUrl: apiBaseUrl,
        auth: sessionAuth,
        fetch: (input, init) => window.fetch(input, init),
      },
    });
    let lastCheck = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const check = (force: boolean) => {
      if (!force && Date.now() - lastCheck < MIN_CHECK_INTERVAL_MS) return;
      lastCheck = Date.now();
      void sync
        .run({ force })
        .then(() => {
          clearTimeout(retryTimer);
          const retryAt = sync.retryAt();
          if (retryAt !== null) retryTimer = setTimeout(() => check(true), Math.max(0, retryAt - Date.now()));
        })
        .catch((error: unknown) => console.error('reference data sync failed', error));
    };
    check(true);
    const unsubscribe = useOutboxStatusStore.subscribe((state, previous) => {
      if (state.lastCycleAt !== previous.lastCycleAt) check(false);
    });
    const onOnline = () => check(true);
    window.addEventListener('online', onOnline);
    return () => {
      unsubscribe();
      window.removeEventListener('online', onOnline);
      clearTimeout(retryTimer);
      sync.stop();
    };
  }, [jurisdiction, signedIn, sessionAuth, apiBaseUrl]);
}
