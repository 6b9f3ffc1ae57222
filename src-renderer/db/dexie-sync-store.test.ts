import { describe, expect, it } from 'vitest';
import { isStuck, serverFailuresOf } from '@shared/sync';
import type { ChangesPage } from '@shared/api/sync-v1';
import { DeclarationId } from '@shared/domain/ids';
import { declaration, historyEntry, POST_ID } from '@shared/sync/testing/fixtures';
import { engineFor, releaseOf, syncedClient as sharedSyncedClient } from '@shared/sync/testing/client';
import { describeSyncStoreContract } from '@shared/sync/testing/store-contract';
import { openCacheDb } from './cache-db';
import { listDecisionHistory } from './declarations-repo';
import { DexieSyncStore, readOrCreateDeviceId } from './dexie-sync-store';
import { getCacheRebuilds } from './meta-repo';
import { openOutboxDb } from './outbox-db';

// The engine scenarios every store passes run here against IndexedDB (store-contract.ts); below
// them, what only the Dexie store can show.

function databases() {
  const suffix = crypto.randomUUID();
  return { outbox: openOutboxDb(`test-outbox-${suffix}`), cache: openCacheDb(`test-cache-${suffix}`) };
}

async function syncedClient() {
  const { outbox, cache } = databases();
  return { ...(await sharedSyncedClient(new DexieSyncStore(outbox, cache, POST_ID))), outbox, cache };
}

const release = releaseOf;

/** Makes the next insert into the decisions table fail as a full disk does. */
function failNextInsertWithQuota(outbox: ReturnType<typeof openOutboxDb>): void {
  const hook = () => {
    outbox.decisions.hook('creating').unsubscribe(hook);
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  outbox.decisions.hook('creating', hook);
}

describeSyncStoreContract('the Dexie sync store', () => {
  const { outbox, cache } = databases();
  return new DexieSyncStore(outbox, cache, POST_ID);
});

describe('the Dexie sync store', () => {
  it('numbers decisions per device, and a quota error consumes no seq and writes nothing', async () => {
    const { engine, store, outbox } = await syncedClient();
    const first = await engine.decide(release('D1'));
    failNextInsertWithQuota(outbox);
    const failed = await engine.decide(release('D2'));
    const afterFailure = { rows: await outbox.decisions.count(), overlays: await outbox.overlays.count() };
    const second = await engine.decide(release('D2'));
    expect({
      seqs: [first, second].map((r) => r.ok && [r.value.command.seq, r.value.command.baseVersion]),
      failed: !failed.ok && failed.error.code,
      afterFailure,
      lastSeq: (await store.readOutbox()).meta.lastSeq,
    }).toEqual({
      seqs: [
        [1, 1],
        [2, 1],
      ],
      failed: 'QUOTA_EXCEEDED',
      afterFailure: { rows: 1, overlays: 1 },
      lastSeq: 2,
    });
  });

  it('refuses a seq that is not the next one', async () => {
    const { engine, store } = await syncedClient();
    const saved = await engine.decide(release('D1'));
    if (!saved.ok) throw new Error('not saved');
    const again = await store.saveDecision(saved.value, {
      decisionId: saved.value.command.decisionId,
      declarationId: saved.value.command.declarationId,
      seq: 1,
      kind: 'release',
      status: 'released',
    });
    expect(again).toMatchObject({ ok: false, error: { kind: 'io' } });
  });

  it('reads an entry stored without a failure count as never failed, and keeps the count it writes', async () => {
    const { engine, store, transport, outbox } = await syncedClient();
    const saved = await engine.decide(release('D1'));
    if (!saved.ok) throw new Error('not saved');
    const id = saved.value.command.decisionId;
    // Rows written before serverFailures existed have no such field, as this one is stored.
    const stored = (await outbox.decisions.get(id))?.entry;
    if (stored === undefined) throw new Error('no entry stored');
    const before = ['serverFailures' in stored, serverFailuresOf(stored), isStuck(stored)];
    transport.pushFaults.push({ kind: 'http', status: 500 });
    await engine.syncOnce();
    const afterFailure = (await outbox.decisions.get(id))?.entry?.serverFailures;
    await engineFor(store, transport, 4).syncOnce();
    const settled = (await outbox.decisions.get(id))?.entry;
    expect({ before, afterFailure, settled: [settled?.state, settled?.serverFailures] }).toEqual({
      before: [false, 0, false],
      afterFailure: 1,
      settled: ['applied', 0],
    });
  });

  it('counts the cache rebuilds: the first download, then the 410 after a server restore', async () => {
    const { engine, server, cache } = await syncedClient();
    const backup = server.backup();
    await engine.decide(release('D1'));
    await engine.syncOnce();
    const before = (await getCacheRebuilds(cache, POST_ID))?.count;
    server.restore(backup);
    await engine.syncOnce();
    await engine.syncOnce();
    expect([before, (await getCacheRebuilds(cache, POST_ID))?.count]).toEqual([1, 2]);
  });

  it('makes the device id once and keeps it', async () => {
    const { outbox } = databases();
    const first = await readOrCreateDeviceId(outbox, () => 'device-aaaaaaaa');
    const second = await readOrCreateDeviceId(outbox, () => 'device-bbbbbbbb');
    expect([first, second]).toEqual(['device-aaaaaaaa', 'device-aaaaaaaa']);
  });
});

describe('the Dexie sync store keeps each declaration’s decision history (issue 9)', () => {
  const entry = (decision: number, version: number) => historyEntry('D1', decision, version);
  const page = (cursor: string, nextCursor: string, changes: ChangesPage['changes']): ChangesPage => ({
    cursor,
    nextCursor,
    changes,
    hasMore: false,
  });

  it('stores it from the snapshot, replaces it with a newer version, keeps it from an older one, and drops it with a tombstone', async () => {
    const { outbox, cache } = databases();
    const store = new DexieSyncStore(outbox, cache, POST_ID);
    const history = async () =>
      (await listDecisionHistory(cache, DeclarationId.parse('D1'))).map((e) => e.decisionId);
    await store.applySnapshotPage([declaration('D1', 'held', 2)], 'c0', [entry(1, 2)]);
    const fromSnapshot = await history();
    await store.applyChanges(
      page('c0', 'c1', [
        {
          kind: 'upsert',
          declaration: declaration('D1', 'assessed', 3),
          history: [entry(1, 2), entry(2, 3)],
        },
      ]),
      'c0',
    );
    const replaced = await history();
    await store.applyChanges(
      page('c1', 'c2', [
        { kind: 'upsert', declaration: declaration('D1', 'held', 2), history: [entry(1, 2)] },
      ]),
      'c1',
    );
    const keptNewer = await history();
    await store.applyChanges(
      page('c2', 'c3', [
        { kind: 'tombstone', declarationId: DeclarationId.parse('D1'), version: 4, reason: 'withdrawn' },
      ]),
      'c2',
    );
    expect({ fromSnapshot, replaced, keptNewer, afterTombstone: await history() }).toEqual({
      fromSnapshot: [entry(1, 2).decisionId],
      replaced: [entry(1, 2).decisionId, entry(2, 3).decisionId],
      keptNewer: [entry(1, 2).decisionId, entry(2, 3).decisionId],
      afterTombstone: [],
    });
  });
});
