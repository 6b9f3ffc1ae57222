import { describe, expect, it } from 'vitest';
import { useOutboxStatusStore } from './outbox-status';
import { syncCycleStatus } from './sync-cycle-status';
import { useSyncStore } from './sync-store';

const shown = () => {
  const { cycling, lastCycleAt } = useOutboxStatusStore.getState();
  return { cycling, lastCycleAt, lastSyncAt: useSyncStore.getState().lastSyncAt };
};

describe("the sync runtime's cycles in the status bar", () => {
  it('show a running cycle, and a complete one as the last cycle and the last sync', () => {
    const at = '2025-03-01T08:00:00.000Z';
    syncCycleStatus.cycleStarted();
    const running = shown();
    syncCycleStatus.cycleEnded(at);
    const synced = shown();
    syncCycleStatus.cycleStarted();
    syncCycleStatus.cycleEnded(null);
    expect([running, synced, shown()]).toEqual([
      { cycling: true, lastCycleAt: null, lastSyncAt: null },
      { cycling: false, lastCycleAt: at, lastSyncAt: at },
      { cycling: false, lastCycleAt: at, lastSyncAt: at },
    ]);
  });
});
