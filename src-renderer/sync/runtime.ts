import { syncRoutes } from '@shared/api';
import type { DecisionCommand, DeviceId, OfficerId } from '@shared/domain';
import type { HostBridge } from '@shared/ipc';
import { createSyncEngine, type Random } from '@shared/sync';
import { DexieSyncStore, type CacheDb, type OutboxDb } from '../db';
import { createDecisions, reconcileWithJournal, type Decisions } from './decisions';
import { HttpSyncTransport } from './http-sync-transport';
import { listenForPokes, startSyncLoop } from './loop';
import type { TransportAuth } from './session-auth';

export type SyncRuntime = { decisions: Decisions; poke(): void; stop(): void };

/**
 * Where the runtime tells the rest of the app about its push/pull cycles. The app points it at the
 * status bar's stores; the runtime itself knows no store (sync never imports src-renderer/state).
 */
export type SyncCycleStatus = {
  cycleStarted(): void;
  /** `syncedAt`: ISO instant the cycle went through completely; null when it did not. */
  cycleEnded(syncedAt: string | null): void;
};

export type RuntimeDeps = {
  baseUrl: string;
  postId: string;
  deviceId: DeviceId;
  /** The signed-in officer, whose session `session` is: the engine pushes and shows only theirs. */
  officerId: OfficerId;
  outbox: OutboxDb;
  cache: CacheDb;
  host: HostBridge;
  /** The app's one session (see sessionAuth): shared with the first sync, never made per runtime. */
  session: TransportAuth;
  status: SyncCycleStatus;
  win: Window;
};

const cryptoRandom: Random = {
  next() {
    const buffer = new Uint32Array(1);
    crypto.getRandomValues(buffer);
    return (buffer[0] ?? 0) / 2 ** 32;
  },
};

/**
 * Wires the sync core to this window: Dexie store, HTTP transport, leader loop, SSE pokes and
 * start-up reconciliation with the Electron journal.
 */
export function startSyncRuntime(deps: RuntimeDeps): SyncRuntime {
  const store = new DexieSyncStore(deps.outbox, deps.cache, deps.postId);
  const transportAuth = deps.session;
  const transport = new HttpSyncTransport({
    baseUrl: deps.baseUrl,
    postId: deps.postId,
    deviceId: deps.deviceId,
    auth: transportAuth,
  });
  const engine = createSyncEngine({
    store,
    transport,
    clock: { now: () => Date.now() },
    random: cryptoRandom,
    deviceId: deps.deviceId,
    officerId: deps.officerId,
  });
  const { status } = deps;
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel('border-post-sync') : undefined;
  const loop = startSyncLoop({
    engine,
    locks: deps.win.navigator.locks ?? null,
    events: deps.win,
    ...(channel ? { channel } : {}),
    report: (report) => {
      if (report.kind === 'cycle-start') status.cycleStarted();
      else if (report.kind === 'cycle' && report.result.status === 'synced')
        status.cycleEnded(new Date().toISOString());
      else status.cycleEnded(null);
    },
  });
  const query = new URLSearchParams({ postId: deps.postId });
  const stopPokes = listenForPokes({
    url: `${deps.baseUrl.replace(/\/+$/, '')}${syncRoutes.events}?${query.toString()}`,
    accessToken: transportAuth.accessToken,
    onPoke: () => loop.poke(),
  });
  void reconcileWithJournal(deps.host, deps.outbox, async (ids) => {
    const wanted = new Set(ids);
    const { entries } = await store.readOutbox();
    return entries.flatMap((entry): DecisionCommand[] =>
      wanted.has(entry.command.decisionId) ? [entry.command] : [],
    );
  }).then((reconciled) => {
    if (!reconciled.ok) console.error('journal reconciliation failed', reconciled.error);
    else if (reconciled.value.restored > 0) loop.poke();
  });

  return {
    decisions: createDecisions(engine, deps.host, () => loop.poke()),
    poke: () => loop.poke(),
    stop() {
      loop.stop();
      stopPokes();
    },
  };
}
