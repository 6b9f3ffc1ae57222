import { describe, expect, it } from 'vitest';
import type { DecisionId } from '../domain/decision';
import { DeclarationId } from '../domain/ids';
import { createSyncEngine } from './engine';
import { MemorySyncStore } from './memory-store';
import { serverFailuresOf } from './outbox';
import { seededRandom } from './random';
import { STUCK_RETRY_MS } from './step-context';
import { releaseOf } from './testing/client';
import { FaultyTransport } from './testing/faulty-transport';
import { declaration, OFFICER, THIS_DEVICE } from './testing/fixtures';
import { ReferenceServer } from './testing/reference-server';

// A poison decision: the server answers 500 every time a push carries it, and answers others fine.

const D1 = DeclarationId.parse('D1');

/** A synced client whose clock moves only when the test moves it. */
async function poisonedClient() {
  const server = new ReferenceServer([declaration('D1'), declaration('D2'), declaration('D3')]);
  const transport = new FaultyTransport(server, THIS_DEVICE, OFFICER);
  const store = new MemorySyncStore();
  const clock = {
    ms: Date.UTC(2026, 0, 5, 9),
    now() {
      return this.ms;
    },
  };
  const engine = createSyncEngine({
    store,
    transport,
    clock,
    random: seededRandom(7),
    deviceId: THIS_DEVICE,
    officerId: OFFICER,
  });
  await engine.syncOnce();
  server.poison(D1);
  const decide = async (id: string): Promise<DecisionId> => {
    const saved = await engine.decide(releaseOf(id));
    if (!saved.ok) throw new Error(`could not save a release of ${id}`);
    return saved.value.command.decisionId;
  };
  /** One cycle once the backoff has run out, as the sync loop runs it. */
  const syncWhenDue = async () => {
    clock.ms += engine.waitMs();
    return (await engine.syncOnce()).status;
  };
  const outbox = async () =>
    (await store.readOutbox()).entries.map((e) => [e.command.declarationId, e.state, serverFailuresOf(e)]);
  const queue = async () => (await engine.needsAttention()).map((e) => e.command.decisionId);
  const effectsOf = (id: DecisionId) => server.view.effects.filter((effect) => effect === id).length;
  return { server, store, clock, engine, decide, syncWhenDue, outbox, queue, effectsOf };
}

describe('a poison decision', () => {
  it('is sent alone after its batch fails, stuck after three failures, and the others go through', async () => {
    const client = await poisonedClient();
    const poison = await client.decide('D1');
    await client.decide('D2');
    await client.decide('D3');
    const cycles = [];
    for (let i = 0; i < 4; i += 1) cycles.push(await client.syncWhenDue());
    const overlays = (await client.store.readOutbox()).overlays.map((o) => o.decisionId);
    expect({
      cycles,
      outbox: await client.outbox(),
      queue: await client.queue(),
      overlays,
      onServer: client.server.view.decisions.has(poison),
      statuses: [...client.server.view.declarations.values()].map((d) => [d.id, d.status]),
    }).toEqual({
      // The batch of three fails, then the poison alone twice; the failure that sets it aside
      // does not end the cycle, so D2 and D3 go one by one in that same cycle.
      cycles: ['backing-off', 'backing-off', 'synced', 'synced'],
      outbox: [
        ['D1', 'pending', 3],
        ['D2', 'applied', 0],
        ['D3', 'applied', 0],
      ],
      queue: [poison],
      overlays: [poison],
      onServer: false,
      statuses: [
        ['D1', 'selected'],
        ['D2', 'released'],
        ['D3', 'released'],
      ],
    });
  });

  it('goes again when the officer retries it, and is applied exactly once when the server is fixed', async () => {
    const client = await poisonedClient();
    const poison = await client.decide('D1');
    for (let i = 0; i < 3; i += 1) await client.syncWhenDue();
    const stuck = await client.queue();
    // Retried while the server still fails on it: three more failures, and it is back, once.
    const firstRetry = await client.engine.retryStuck(poison);
    const afterRetry = await client.outbox();
    for (let i = 0; i < 3; i += 1) await client.syncWhenDue();
    const stuckAgain = await client.queue();
    client.server.cure();
    const secondRetry = await client.engine.retryStuck(poison);
    const notStuck = await client.engine.retryStuck(poison);
    await client.syncWhenDue();
    await client.syncWhenDue();
    expect({
      stuck,
      firstRetry,
      afterRetry,
      stuckAgain,
      secondRetry,
      notStuck,
      outbox: await client.outbox(),
      queue: await client.queue(),
      effects: client.effectsOf(poison),
    }).toEqual({
      stuck: [poison],
      firstRetry: { ok: true, value: true },
      afterRetry: [['D1', 'pending', 0]],
      stuckAgain: [poison],
      secondRetry: { ok: true, value: true },
      notStuck: { ok: true, value: false },
      outbox: [['D1', 'applied', 0]],
      queue: [],
      effects: 1,
    });
  });

  it('is retried on its own once the rest is through, every ten minutes, and at once after the clock jumps back', async () => {
    const client = await poisonedClient();
    const poison = await client.decide('D1');
    for (let i = 0; i < 3; i += 1) await client.syncWhenDue();
    const attemptsOf = async () => (await client.store.readOutbox()).entries[0]?.attempts;
    const stuckAfter = await attemptsOf();
    client.clock.ms += STUCK_RETRY_MS - 1;
    await client.engine.syncOnce();
    const notYetDue = await attemptsOf();
    client.clock.ms += 1;
    await client.engine.syncOnce();
    const due = await attemptsOf();
    client.clock.ms -= 3650 * 24 * 60 * 60 * 1000;
    await client.engine.syncOnce();
    const afterJumpBack = await attemptsOf();
    client.server.cure();
    client.clock.ms += STUCK_RETRY_MS;
    const cured = await client.engine.syncOnce();
    expect({
      attempts: [stuckAfter, notYetDue, due, afterJumpBack],
      cured: cured.status,
      outbox: await client.outbox(),
      effects: client.effectsOf(poison),
    }).toEqual({
      attempts: [3, 3, 4, 5],
      cured: 'synced',
      outbox: [['D1', 'applied', 0]],
      effects: 1,
    });
  });

  it('stays in place through a server restore, while what was applied past it is pushed again', async () => {
    const client = await poisonedClient();
    const backup = client.server.backup();
    const poison = await client.decide('D1');
    const behind = await client.decide('D2');
    for (let i = 0; i < 4; i += 1) await client.syncWhenDue();
    client.server.restore(backup);
    await client.syncWhenDue();
    const afterRestore = await client.outbox();
    const behindRestored = client.server.view.decisions.has(behind);
    client.server.cure();
    await client.engine.retryStuck(poison);
    await client.syncWhenDue();
    expect({
      afterRestore,
      behindRestored,
      outbox: await client.outbox(),
      effects: [client.effectsOf(poison), client.effectsOf(behind)],
      lastProcessedSeq: client.server.deviceState(THIS_DEVICE, OFFICER).lastProcessedSeq,
    }).toEqual({
      afterRestore: [
        ['D1', 'pending', 3],
        ['D2', 'applied', 0],
      ],
      behindRestored: true,
      outbox: [
        ['D1', 'applied', 0],
        ['D2', 'applied', 0],
      ],
      effects: [1, 1],
      lastProcessedSeq: 2,
    });
  });

  it('is pushed again when it went through late and the server is restored to before that', async () => {
    // Found by the model test: the stuck seq 1 goes through after seq 2, below the server's
    // highest seq, so a restore to between the two does not lower that seq; the count drops.
    const client = await poisonedClient();
    const poison = await client.decide('D1');
    const behind = await client.decide('D2');
    for (let i = 0; i < 4; i += 1) await client.syncWhenDue();
    const stuckWhileBehindApplied = [await client.outbox(), client.server.view.decisions.has(behind)];
    const backup = client.server.backup();
    client.server.cure();
    await client.engine.retryStuck(poison);
    await client.syncWhenDue();
    const poisonApplied = client.server.view.decisions.has(poison);
    client.server.restore(backup);
    await client.syncWhenDue();
    expect({
      stuckWhileBehindApplied,
      poisonApplied,
      lostAndPushedAgain: client.server.view.decisions.has(poison),
      outbox: await client.outbox(),
      effects: [client.effectsOf(poison), client.effectsOf(behind)],
    }).toEqual({
      stuckWhileBehindApplied: [
        [
          ['D1', 'pending', 3],
          ['D2', 'applied', 0],
        ],
        true,
      ],
      poisonApplied: true,
      lostAndPushedAgain: true,
      outbox: [
        ['D1', 'applied', 0],
        ['D2', 'applied', 0],
      ],
      effects: [1, 1],
    });
  });
});
