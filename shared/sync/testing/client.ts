// The client set-up the engine scenarios share, whichever store they run against (MemorySyncStore in
// shared/sync/engine.test.ts, DexieSyncStore in src-renderer/db/dexie-sync-store.test.ts).
import { DeclarationId } from '../../domain/ids';
import type { OfficerId } from '../../domain/ids';
import { createSyncEngine } from '../engine';
import type { SyncStore, SyncTransport } from '../ports';
import { seededRandom } from '../random';
import { FaultyTransport } from './faulty-transport';
import { declaration, OFFICER, THIS_DEVICE } from './fixtures';
import { ReferenceServer } from './reference-server';

/** A frozen clock, so backoff waits never end on their own within a test. */
const FROZEN_CLOCK = { now: () => Date.UTC(2026, 0, 5, 9) };

/**
 * An engine on this device over `store` and `transport`, with a seeded random source, for the
 * officer signed in (`transport`'s session must be theirs).
 */
export function engineFor(store: SyncStore, transport: SyncTransport, seed: number, officerId = OFFICER) {
  return createSyncEngine({
    store,
    transport,
    clock: FROZEN_CLOCK,
    random: seededRandom(seed),
    deviceId: THIS_DEVICE,
    officerId,
  });
}

/** A reference server with D1 (selected) and D2 (registered), and a client that has synced once. */
export async function syncedClient<S extends SyncStore>(store: S) {
  const server = new ReferenceServer([declaration('D1'), declaration('D2', 'registered')]);
  const transport = new FaultyTransport(server, THIS_DEVICE, OFFICER);
  const engine = engineFor(store, transport, 3);
  await engine.syncOnce();
  return { server, store, transport, engine };
}

/** The officer's release of declaration `id`, as engine.decide takes it. */
export const releaseOf = (id: string, officerId: OfficerId = OFFICER) => ({
  declarationId: DeclarationId.parse(id),
  kind: 'release' as const,
  officerId,
  reasonCode: null,
  note: '',
});
