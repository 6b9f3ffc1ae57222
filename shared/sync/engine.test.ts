import { describe, expect, it } from 'vitest';
import { DeclarationId } from '../domain/ids';
import { MemorySyncStore } from './memory-store';
import { OFFICER } from './testing/fixtures';
import { engineFor, releaseOf, syncedClient as sharedSyncedClient } from './testing/client';

const syncedClient = () => sharedSyncedClient(new MemorySyncStore());
const release = releaseOf;

describe('sync engine', () => {
  it('numbers decisions 1, 2, 3 per device against the cached version, and never reuses a seq', async () => {
    const { engine, store } = await syncedClient();
    const first = await engine.decide(release('D1'));
    store.failNextWrite({ kind: 'quota', message: 'QuotaExceededError' });
    const failed = await engine.decide(release('D2'));
    const second = await engine.decide(release('D2'));
    expect({
      seqs: [first, second].map((r) => r.ok && [r.value.command.seq, r.value.command.baseVersion]),
      failed: !failed.ok && failed.error.code,
      lastSeq: (await store.readOutbox()).meta.lastSeq,
    }).toEqual({
      seqs: [
        [1, 1],
        [2, 1],
      ],
      failed: 'QUOTA_EXCEEDED',
      lastSeq: 2,
    });
  });

  it('keeps a push pending through a network error, then settles it', async () => {
    const { engine, store, transport } = await syncedClient();
    await engine.decide(release('D1'));
    transport.online = false;
    const offline = await engine.syncOnce();
    const whileOffline = (await store.readOutbox()).entries.map((e) => e.state);
    transport.online = true;
    // The clock is frozen, so the backoff wait is still running: nothing is sent before it ends.
    const early = await engine.syncOnce();
    const afterWait = await engineFor(store, transport, 4).syncOnce();
    expect({
      offline: offline.status,
      whileOffline,
      early: early.status === 'backing-off' || early.status === 'synced',
      afterWait: afterWait.status,
      finally: (await store.readOutbox()).entries.map((e) => e.state),
    }).toEqual({
      offline: 'backing-off',
      whileOffline: ['pending'],
      early: true,
      afterWait: 'synced',
      finally: ['applied'],
    });
  });

  it('re-pushes an applied decision the server lost in a restore', async () => {
    const { engine, store, server } = await syncedClient();
    const backup = server.backup();
    const saved = await engine.decide(release('D1'));
    await engine.syncOnce();
    server.restore(backup);
    await engine.syncOnce();
    const id = saved.ok ? saved.value.command.decisionId : undefined;
    expect({
      onServer: id !== undefined && server.view.decisions.has(id),
      state: (await store.readOutbox()).entries.map((e) => e.state),
      cache: store.cachedDeclarations().map((d) => [d.id, d.status]),
    }).toEqual({
      onServer: true,
      state: ['applied'],
      cache: [
        ['D1', 'released'],
        ['D2', 'registered'],
      ],
    });
  });

  it('re-pushes what a restore between its check and its push lost: the server refuses that push', async () => {
    const { engine, store, server, transport } = await syncedClient();
    const backup = server.backup();
    const first = await engine.decide(release('D1'));
    await engine.syncOnce();
    await engine.decide(release('D2'));
    // The restore lands after the device checked the server and before the push reaches it. The
    // push alone would bring the server's numbers back to what the device last saw.
    transport.pushFaults.push({ kind: 'restore-first', restore: () => server.restore(backup) });
    await engine.syncOnce();
    const id = first.ok ? first.value.command.decisionId : undefined;
    expect({
      onServer: id !== undefined && server.view.decisions.has(id),
      state: (await store.readOutbox()).entries.map((e) => e.state),
      effects: server.view.effects.length,
    }).toEqual({ onServer: true, state: ['applied', 'conflict'], effects: 1 });
  });

  it('queues a conflict for attention once and lets the officer re-decide it', async () => {
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
      serverStatus: server.view.declarations.get(DeclarationId.parse('D2'))?.status,
    }).toEqual({
      queued: ['STATE_INVALID'],
      again: 0,
      escalated: ['refer', true],
      serverStatus: 'held', // refer holds the goods for the supervisor (decision-rules.ts)
    });
  });
  it('never applies a pulled page that answers another cursor (a replayed or cached response)', async () => {
    const { engine, store, transport, server } = await syncedClient();
    const before = await store.readCursor();
    // An old response: it answered an earlier request and points the cursor elsewhere.
    transport.pull = async () => ({
      ok: true,
      value: { cursor: 'some-earlier-cursor', changes: [], nextCursor: 'an-older-cursor', hasMore: false },
    });
    const stale = await engine.syncOnce();
    const afterStale = await store.readCursor();
    transport.pull = async (cursor) => server.pull(cursor);
    await engine.syncOnce();
    expect({
      stale: stale.status === 'backing-off' && stale.failure,
      afterStale,
      afterRecovery: await store.readCursor(),
    }).toEqual({
      stale: { source: 'transport', error: { kind: 'http', status: 200, code: 'STALE_PAGE' } },
      afterStale: before,
      afterRecovery: before,
    });
  });
});
