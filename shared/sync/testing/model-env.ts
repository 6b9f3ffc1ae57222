import type { ChangesPage } from '../../api/sync-v1';
import type { DecisionId } from '../../domain/decision';
import type { OfficerId } from '../../domain/ids';
import { createSyncEngine } from '../engine';
import type { SyncEngine } from '../engine';
import { MemorySyncStore } from '../memory-store';
import { seededRandom } from '../random';
import { FaultyTransport } from './faulty-transport';
import { declaration, OFFICER, THIS_DEVICE } from './fixtures';
import { ReferenceServer } from './reference-server';
import type { ServerState } from './reference-server';

/** Everything one model run acts on. The store and server survive crashes; the engine does not. */
export type ModelEnv = {
  server: ReferenceServer;
  transport: FaultyTransport;
  store: MemorySyncStore;
  clock: { ms: number; now(): number };
  engine: SyncEngine;
  seed: number;
  backups: ServerState[];
  /** Pages fetched and held back, to be delivered late (reordered behind newer pulls). */
  heldPages: Array<{ fromCursor: string; page: ChangesPage }>;
  otherSeq: number;
  nextDeclaration: number;
  // What the checks remember.
  saved: Set<DecisionId>;
  acknowledged: Map<DecisionId, number>;
  held: Set<DecisionId>;
  /** Compacted ids, and whether the server was restored after they were compacted (then lost by design). */
  compacted: Map<DecisionId, { restoredSince: boolean }>;
  lastCursor: { generation: number; pos: number } | null;
  seenVersions: Map<string, number>;
};

/** An engine for the officer signed in on this device (the transport's session). */
export function startEngine(env: Pick<ModelEnv, 'store' | 'transport' | 'clock'>, seed: number): SyncEngine {
  return createSyncEngine({
    store: env.store,
    transport: env.transport,
    clock: env.clock,
    random: seededRandom(seed),
    deviceId: THIS_DEVICE,
    officerId: env.transport.officerId,
  });
}

/** `officerId` signs in on this device: the runtime restarts with their session, as the app's does. */
export async function signIn(env: ModelEnv, officerId: OfficerId, seed: number): Promise<void> {
  env.transport.officerId = officerId;
  env.engine = startEngine(env, seed);
  await env.engine.recover();
}

export function createModelEnv(seed: number): ModelEnv {
  const server = new ReferenceServer([
    declaration('D1', 'selected'),
    declaration('D2', 'assessed'),
    declaration('D3', 'registered'),
    declaration('D4', 'examined'),
  ]);
  const transport = new FaultyTransport(server, THIS_DEVICE, OFFICER);
  const store = new MemorySyncStore();
  const clock = {
    ms: Date.UTC(2026, 0, 5, 9, 0, 0),
    now() {
      return this.ms;
    },
  };
  return {
    server,
    transport,
    store,
    clock,
    engine: startEngine({ store, transport, clock }, seed),
    seed,
    backups: [],
    heldPages: [],
    otherSeq: 0,
    nextDeclaration: 5,
    saved: new Set(),
    acknowledged: new Map(),
    held: new Set(),
    compacted: new Map(),
    lastCursor: null,
    seenVersions: new Map(),
  };
}
