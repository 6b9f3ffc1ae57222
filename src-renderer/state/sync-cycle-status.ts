import type { SyncCycleStatus } from '../sync';
import { useOutboxStatusStore } from './outbox-status';
import { useSyncStore } from './sync-store';

/**
 * The sync runtime's cycles as the status bar shows them: whether one is running, and when the
 * last one went through (which is also the selected post's last sync).
 */
export const syncCycleStatus: SyncCycleStatus = {
  cycleStarted: () => useOutboxStatusStore.getState().cycleStarted(),
  cycleEnded(syncedAt) {
    useOutboxStatusStore.getState().cycleEnded(syncedAt);
    if (syncedAt !== null) useSyncStore.getState().setLastSyncAt(syncedAt);
  },
};
