import { describe, expect, it } from 'vitest';
import { DeclarationId } from '@shared/domain';
import { isStuck, serverFailuresOf } from '@shared/sync';
import { declaration, OFFICER, POST_ID } from '@shared/sync/testing/fixtures';
import { engineFor, releaseOf, syncedClient as sharedSyncedClient } from '@shared/sync/testing/client';
import { openCacheDb } from './cache-db';
import { DexieSyncStore, readOrCreateDeviceId } from './dexie-sync-store';
import { getCacheRebuilds } from './meta-repo';
import { openOutboxDb } from './outbox-db';

// The engine scenarios MemorySyncStore passes (shared/sync/engine.test.ts), against IndexedDB.

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

  it('keeps a push pending through a network error, then settles it and pulls the new status', async () => {
    const { engine, store, transport, cache } = await syncedClient();
    await engine.decide(release('D1'));
    transport.online = false;
    const offline = await engine.syncOnce();
    const whileOffline = (await store.readOutbox()).entries.map((e) => e.state);
    transport.online = true;
    const afterWait = await engineFor(store, transport, 4).syncOnce();
    const snapshot = await store.readOutbox();
    expect({
      offline: offline.status,
      whileOffline,
      afterWait: afterWait.status,
      finally: snapshot.entries.map((e) => e.state),
      overlays: snapshot.overlays.length,
      cached: (await cache.declarations.get(DeclarationId.parse('D1')))?.status,
    }).toEqual({
      offline: 'backing-off',
      whileOffline: ['pending'],
      afterWait: 'synced',
      finally: ['applied'],
      overlays: 0,
      cached: 'released',
    });
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

  it('re-pushes an applied decision the server lost in a restore, and rebuilds the cache on 410', async () => {
    const { engine, store, server, cache } = await syncedClient();
    const backup = server.backup();
    const saved = await engine.decide(release('D1'));
    await engine.syncOnce();
    server.restore(backup);
    await engine.syncOnce();
    await engine.syncOnce();
    const id = saved.ok ? saved.value.command.decisionId : undefined;
    expect({
      onServer: id !== undefined && server.view.decisions.has(id),
      state: (await store.readOutbox()).entries.map((e) => e.state),
      cache: (await cache.declarations.orderBy('id').toArray()).map((d) => [d.id, d.status]),
      rebuilds: (await getCacheRebuilds(cache, POST_ID))?.count,
    }).toEqual({
      onServer: true,
      state: ['applied'],
      // The first download, then the 410 after the restore.
      rebuilds: 2,
      cache: [
        ['D1', 'released'],
        ['D2', 'registered'],
      ],
    });
  });

  it('queues a conflict for attention once and lets the officer escalate it', async () => {
    const { engine, server } = await syncedClient();
    const saved = await engine.decide(release('D2'));
    await engine.syncOnce();
    const queue = await engine.needsAttention();
    const id = saved.ok ? saved.value.command.decisionId : null;
    if (id === null) throw new Error('the decision was not saved');
    await engine.acknowledge(id);
    const again = await engine.needsAttention();
    const escalated = await engine.escalate(id, { officerId: OFFICER, reasonCode: 'R1', note: '' });
    await engine.syncOnce();
    expect({
      queued: queue.map((e) => e.outcome?.outcome === 'CONFLICT' && e.outcome.reason),
      again: again.length,
      escalated: escalated.ok && [escalated.value.command.kind, escalated.value.command.supersedes === id],
      onServer: server.view.decisions.has(escalated.ok ? escalated.value.command.decisionId : id),
    }).toEqual({
      queued: ['STATE_INVALID'],
      again: 0,
      escalated: ['refer', true],
      onServer: true,
    });
  });

  it('ignores a late page and never lets an old upsert resurrect a tombstone', async () => {
    const { store, cache } = await syncedClient();
    const cursor = await store.readCursor();
    if (cursor === null) throw new Error('no cursor after the snapshot');
    const withdrawn = await store.applyChanges(
      {
        cursor,
        changes: [
          { kind: 'tombstone', declarationId: DeclarationId.parse('D1'), version: 2, reason: 'withdrawn' },
        ],
        nextCursor: 'c-2',
        hasMore: false,
      },
      cursor,
    );
    const late = await store.applyChanges(
      {
        cursor,
        changes: [{ kind: 'upsert', declaration: declaration('D1') }],
        nextCursor: 'c-1',
        hasMore: false,
      },
      cursor,
    );
    const old = await store.applyChanges(
      {
        cursor: 'c-2',
        changes: [{ kind: 'upsert', declaration: declaration('D1', 'selected', 2) }],
        nextCursor: 'c-3',
        hasMore: false,
      },
      'c-2',
    );
    expect({
      results: [withdrawn, late, old].map((r) => r.ok && r.value),
      cursor: await store.readCursor(),
      d1: await cache.declarations.get(DeclarationId.parse('D1')),
    }).toEqual({ results: ['applied', 'stale', 'applied'], cursor: 'c-3', d1: undefined });
  });

  it('makes the device id once and keeps it', async () => {
    const { outbox } = databases();
    const first = await readOrCreateDeviceId(outbox, () => 'device-aaaaaaaa');
    const second = await readOrCreateDeviceId(outbox, () => 'device-bbbbbbbb');
    expect([first, second]).toEqual(['device-aaaaaaaa', 'device-aaaaaaaa']);
  });
});
