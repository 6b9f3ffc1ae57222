import { create } from 'zustand';
import type { SyncError } from '../sync';

export type SyncPhase = 'idle' | 'syncing' | 'done' | 'failed';

export type SyncState = {
  online: boolean;
  phase: SyncPhase;
  progress: { received: number; total: number } | null;
  /** ISO instant of the last complete sync of the selected post, from the cache's meta table. */
  lastSyncAt: string | null;
  lastError: SyncError | null;
  setOnline: (online: boolean) => void;
  startSync: () => void;
  reportProgress: (received: number, total: number) => void;
  /** `reachedServer` false: nothing was downloaded, so an earlier connection error still stands. */
  finishSync: (lastSyncAt: string | null, reachedServer: boolean) => void;
  failSync: (error: SyncError) => void;
  setLastSyncAt: (lastSyncAt: string | null) => void;
  clearError: () => void;
};

export const useSyncStore = create<SyncState>()((set) => ({
  online: true,
  phase: 'idle',
  progress: null,
  lastSyncAt: null,
  lastError: null,
  setOnline: (online) => set({ online }),
  startSync: () => set({ phase: 'syncing', progress: null }),
  reportProgress: (received, total) => set({ progress: { received, total } }),
  finishSync: (lastSyncAt, reachedServer) =>
    set((state) => ({
      phase: 'done',
      progress: null,
      lastSyncAt,
      lastError: reachedServer ? null : state.lastError,
    })),
  failSync: (lastError) => set({ phase: 'failed', progress: null, lastError }),
  setLastSyncAt: (lastSyncAt) => set({ lastSyncAt }),
  clearError: () => set({ lastError: null }),
}));
