import { create } from 'zustand';

/** What the status bar shows of the outbox and the sync loop (DESIGN.md, "Status always visible"). */
export type OutboxStatus = {
  pending: number;
  oldestPendingAt: string | null;
  needsAttention: number;
  /** A push/pull cycle is running in this window. */
  cycling: boolean;
  /** ISO instant the last cycle went through completely. */
  lastCycleAt: string | null;
  setOutbox: (summary: {
    pending: number;
    oldestPendingDecidedAt: string | null;
    needsAttention: number;
  }) => void;
  cycleStarted: () => void;
  cycleEnded: (completedAt: string | null) => void;
};

export const useOutboxStatusStore = create<OutboxStatus>()((set) => ({
  pending: 0,
  oldestPendingAt: null,
  needsAttention: 0,
  cycling: false,
  lastCycleAt: null,
  setOutbox: ({ pending, oldestPendingDecidedAt, needsAttention }) =>
    set({ pending, oldestPendingAt: oldestPendingDecidedAt, needsAttention }),
  cycleStarted: () => set({ cycling: true }),
  cycleEnded: (completedAt) =>
    set((state) => ({ cycling: false, lastCycleAt: completedAt ?? state.lastCycleAt })),
}));
