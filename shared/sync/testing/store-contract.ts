// The engine scenarios every SyncStore must pass, written once and run against each store:
// MemorySyncStore in shared/sync/engine.test.ts, DexieSyncStore (IndexedDB) in
// src-renderer/db/dexie-sync-store.test.ts. What only one store can show (a quota error raised by
// IndexedDB, the cache's rebuild counter, the memory store's injected write failure) stays in
// that store's own file.
import { describe, expect, it } from 'vitest';
import { DeclarationId } from '../../domain/ids';
import type { SyncStore } from '../ports';
import { engineFor, releaseOf, syncedClient } from './client';
import { declaration, OFFICER, SHIFT_OFFICER } from './fixtures';

const D1 = DeclarationId.parse('D1');
const D2 = DeclarationId.parse('D2');

export function describeSyncStoreContract(name: string, makeStore: () => SyncStore): void {
  const client = () => syncedClient(makeStore());

  describe(`${name}: the engine scenarios every store passes`, () => {
    it('keeps a push pending through a network error, then settles it and pulls the new status', async () => {
      const { engine, store, transport } = await client();
      await engine.decide(releaseOf('D1'));
      transport.online = false;
      const offline = await engine.syncOnce();
      const whileOffline = (await store.readOutbox()).entries.map((e) => e.state);
      transport.online = true;
      // The clock is frozen, so the backoff wait is still running: nothing is sent before it ends.
      const early = await engine.syncOnce();
      const afterWait = await engineFor(store, transport, 4).syncOnce();
      const snapshot = await store.readOutbox();
      expect({
        offline: offline.status,
        whileOffline,
        early: early.status === 'backing-off' || early.status === 'synced',
        afterWait: afterWait.status,
        finally: snapshot.entries.map((e) => e.state),
        overlays: snapshot.overlays.length,
        cached: (await store.readDeclaration(D1))?.status,
      }).toEqual({
        offline: 'backing-off',
        whileOffline: ['pending'],
        early: true,
        afterWait: 'synced',
        finally: ['applied'],
        overlays: 0,
        cached: 'released',
      });
    });

    it('re-pushes an applied decision the server lost in a restore, and the cache converges', async () => {
      const { engine, store, server } = await client();
      const backup = server.backup();
      const saved = await engine.decide(releaseOf('D1'));
      await engine.syncOnce();
      server.restore(backup);
      await engine.syncOnce();
      await engine.syncOnce();
      const id = saved.ok ? saved.value.command.decisionId : undefined;
      expect({
        onServer: id !== undefined && server.view.decisions.has(id),
        effects: server.view.effects.length,
        state: (await store.readOutbox()).entries.map((e) => e.state),
        cache: [(await store.readDeclaration(D1))?.status, (await store.readDeclaration(D2))?.status],
      }).toEqual({ onServer: true, effects: 1, state: ['applied'], cache: ['released', 'registered'] });
    });

    it('re-pushes what a restore between its check and its push lost: the server refuses that push', async () => {
      const { engine, store, server, transport } = await client();
      const backup = server.backup();
      const first = await engine.decide(releaseOf('D1'));
      await engine.syncOnce();
      await engine.decide(releaseOf('D2'));
      // The restore lands after the device checked the server and before the push reaches it. The
      // push alone would bring the server's numbers back to what the device last saw.
      transport.pushFaults.push({ kind: 'restore-first', restore: () => server.restore(backup) });
      await engine.syncOnce();
      const id = first.ok ? first.value.command.decisionId : undefined;
      expect({
        onServer: id !== undefined && server.view.decisions.has(id),
        // D2 is only registered: its release is a conflict, with no effect.
        state: (await store.readOutbox()).entries.map((e) => e.state),
        effects: server.view.effects.length,
      }).toEqual({ onServer: true, state: ['applied', 'conflict'], effects: 1 });
    });

    it('queues a conflict for attention once and lets the officer escalate it', async () => {
      const { engine, server } = await client();
      const saved = await engine.decide(releaseOf('D2'));
      await engine.syncOnce();
      const queue = await engine.needsAttention();
      const id = saved.ok ? saved.value.command.decisionId : null;
      if (id === null) throw new Error('the decision was not saved');
      await engine.acknowledge(id);
      const again = await engine.needsAttention();
      const escalated = await engine.escalate(id, {
        officerId: OFFICER,
        reasonCode: 'SUPERVISOR_REVIEW',
        note: '',
      });
      await engine.syncOnce();
      expect({
        queued: queue.map((e) => e.outcome?.outcome === 'CONFLICT' && e.outcome.reason),
        again: again.length,
        escalated: escalated.ok && [escalated.value.command.kind, escalated.value.command.supersedes === id],
        serverStatus: server.view.declarations.get(D2)?.status,
      }).toEqual({
        queued: ['STATE_INVALID'],
        again: 0,
        escalated: ['refer', true],
        serverStatus: 'held', // refer holds the goods for the supervisor (decision-rules.ts)
      });
    });

    it("keeps another officer's pending decision on a shared workstation until they sign in again", async () => {
      const { engine, store, server, transport } = await client();
      await engine.decide(releaseOf('D1'));
      // The shift changes before the network is back: kim's release waits on the device.
      transport.online = false;
      await engine.syncOnce();
      transport.online = true;
      transport.officerId = SHIFT_OFFICER;
      const park = engineFor(store, transport, 5, SHIFT_OFFICER);
      await park.recover();
      await park.decide({ ...releaseOf('D2', SHIFT_OFFICER), kind: 'inspect' });
      await park.syncOnce();
      const whileParkSignedIn = {
        states: (await store.readOutbox()).entries.map((e) => [e.command.officerId, e.state]),
        onServer: server.view.decisions.size,
        parkQueue: (await park.needsAttention()).length,
      };
      transport.officerId = OFFICER;
      const kim = engineFor(store, transport, 6);
      await kim.recover();
      await kim.syncOnce();
      const { entries, meta } = await store.readOutbox();
      expect({
        whileParkSignedIn,
        states: entries.map((e) => [e.command.officerId, e.state]),
        marks: meta.serverProgress,
      }).toEqual({
        whileParkSignedIn: {
          states: [
            [OFFICER, 'pending'],
            [SHIFT_OFFICER, 'applied'],
          ],
          onServer: 1,
          parkQueue: 0,
        },
        states: [
          [OFFICER, 'applied'],
          [SHIFT_OFFICER, 'applied'],
        ],
        marks: {
          [OFFICER]: { lastProcessedSeq: 1, processedCount: 1 },
          [SHIFT_OFFICER]: { lastProcessedSeq: 2, processedCount: 1 },
        },
      });
    });

    it("re-pushes what a restore lost of another officer's when they sign in again, not before", async () => {
      const { engine, store, server, transport } = await client();
      const backup = server.backup();
      transport.officerId = SHIFT_OFFICER;
      const park = engineFor(store, transport, 5, SHIFT_OFFICER);
      const parks = await park.decide({ ...releaseOf('D2', SHIFT_OFFICER), kind: 'inspect' });
      await park.syncOnce();
      server.restore(backup);
      transport.officerId = OFFICER;
      await engine.syncOnce();
      await engine.syncOnce();
      const id = parks.ok ? parks.value.command.decisionId : undefined;
      const whileKimSignedIn = {
        onServer: id !== undefined && server.view.decisions.has(id),
        state: (await store.readOutbox()).entries.map((e) => e.state),
      };
      transport.officerId = SHIFT_OFFICER;
      await engineFor(store, transport, 7, SHIFT_OFFICER).syncOnce();
      expect({
        whileKimSignedIn,
        onServer: id !== undefined && server.view.decisions.has(id),
        state: (await store.readOutbox()).entries.map((e) => e.state),
      }).toEqual({
        whileKimSignedIn: { onServer: false, state: ['applied'] },
        onServer: true,
        state: ['applied'],
      });
    });

    it('ignores a late page and never lets an old upsert resurrect a tombstone', async () => {
      const { store } = await client();
      const cursor = await store.readCursor();
      if (cursor === null) throw new Error('no cursor after the snapshot');
      const page = (changes: Parameters<SyncStore['applyChanges']>[0]['changes'], from: string, to: string) =>
        store.applyChanges({ cursor: from, changes, nextCursor: to, hasMore: false }, from);
      const withdrawn = await page(
        [{ kind: 'tombstone', declarationId: D1, version: 2, reason: 'withdrawn' }],
        cursor,
        'c-2',
      );
      const late = await page([{ kind: 'upsert', declaration: declaration('D1') }], cursor, 'c-1');
      const old = await page(
        [{ kind: 'upsert', declaration: declaration('D1', 'selected', 2) }],
        'c-2',
        'c-3',
      );
      expect({
        results: [withdrawn, late, old].map((r) => r.ok && r.value),
        cursor: await store.readCursor(),
        d1: await store.readDeclaration(D1),
      }).toEqual({ results: ['applied', 'stale', 'applied'], cursor: 'c-3', d1: undefined });
    });
  });
}
