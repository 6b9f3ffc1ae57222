import { describe, expect, it } from 'vitest';
import { DeclarationId, type DecisionCommand } from '@shared/domain';
import type { HostBridge } from '@shared/ipc';
import { sampleDecision } from '@shared/journal/decision-fixtures';
import { createSyncEngine, seededRandom } from '@shared/sync';
import { FaultyTransport } from '@shared/sync/testing/faulty-transport';
import { declaration, OFFICER, POST_ID, THIS_DEVICE } from '@shared/sync/testing/fixtures';
import { ReferenceServer } from '@shared/sync/testing/reference-server';
import { err, ok } from '@shared/util/result';
import { DexieSyncStore, listOutboxEntries, openCacheDb, openOutboxDb } from '../db';
import { createDecisions, reconcileWithJournal } from './decisions';

type Journal = Pick<HostBridge, 'appendDecision' | 'readJournal'>;

function memoryJournal(initial: DecisionCommand[] = [], failWith?: string) {
  const lines = [...initial];
  const journal: Journal = {
    appendDecision: async (command) => {
      if (failWith) return err({ code: failWith, message: 'no space left on device' });
      lines.push(command);
      return ok({ appended: true });
    },
    readJournal: async () => ok({ commands: [...lines], problems: [] }),
  };
  return { journal, lines };
}

async function setup(journal: Journal) {
  const suffix = crypto.randomUUID();
  const outbox = openOutboxDb(`test-outbox-${suffix}`);
  const cache = openCacheDb(`test-cache-${suffix}`);
  const store = new DexieSyncStore(outbox, cache, POST_ID);
  const server = new ReferenceServer([declaration('D1')]);
  const engine = createSyncEngine({
    store,
    transport: new FaultyTransport(server, THIS_DEVICE, OFFICER),
    clock: { now: () => Date.UTC(2026, 0, 5, 9) },
    random: seededRandom(1),
    deviceId: THIS_DEVICE,
    officerId: OFFICER,
  });
  await engine.syncOnce();
  const pokes: string[] = [];
  return { outbox, store, decisions: createDecisions(engine, journal, () => pokes.push('poke')), pokes };
}

const form = { kind: 'release' as const, reasonCode: null, note: '' };

describe('saving a decision', () => {
  it('journals the command after the outbox, then asks the loop to push', async () => {
    const { journal, lines } = memoryJournal();
    const { decisions, pokes } = await setup(journal);
    const saved = await decisions.decide(DeclarationId.parse('D1'), OFFICER, form);
    expect({
      saved: saved.ok,
      journalled: lines.map((command) => command.seq),
      pokes,
    }).toEqual({ saved: true, journalled: [1], pokes: ['poke'] });
  });

  it('does not report saved when the journal is full, though the outbox keeps it', async () => {
    const { journal } = memoryJournal([], 'DISK_FULL');
    const { decisions, outbox } = await setup(journal);
    const saved = await decisions.decide(DeclarationId.parse('D1'), OFFICER, form);
    expect({
      error: !saved.ok && saved.error,
      inOutbox: (await listOutboxEntries(outbox)).length,
    }).toEqual({
      error: { code: 'JOURNAL', journalCode: 'DISK_FULL', message: 'no space left on device' },
      inOutbox: 1,
    });
  });
});

describe('retrying a stuck decision', () => {
  it('makes it pending again and asks the loop to push; anything else is left alone', async () => {
    const { journal } = memoryJournal();
    const { decisions, store, pokes } = await setup(journal);
    const saved = await decisions.decide(DeclarationId.parse('D1'), OFFICER, form);
    if (!saved.ok) throw new Error('not saved');
    const id = saved.value.command.decisionId;
    await store.applyOutboxPatch({ put: [{ ...saved.value, serverFailures: 3 }] });
    await decisions.retry(id);
    await decisions.retry(id);
    const entry = (await store.readOutbox()).entries[0];
    expect({ kept: [entry?.state, entry?.serverFailures], pokes }).toEqual({
      kept: ['pending', 0],
      // One poke for the save, one for the retry; the second retry found nothing stuck.
      pokes: ['poke', 'poke'],
    });
  });
});

describe('start-up reconciliation with the journal', () => {
  it('restores journal-only decisions as pending and journals outbox-only ones', async () => {
    const lost = sampleDecision(7);
    const { journal, lines } = memoryJournal([lost]);
    const { journal: quiet } = memoryJournal([], 'DISK_FULL');
    const { decisions, outbox, store } = await setup(quiet);
    await decisions.decide(DeclarationId.parse('D1'), OFFICER, form);
    const result = await reconcileWithJournal(journal, outbox, async (ids) =>
      (await listOutboxEntries(outbox))
        .filter((entry) => ids.includes(entry.command.decisionId))
        .map((entry) => entry.command),
    );
    const snapshot = await store.readOutbox();
    expect({
      result,
      states: snapshot.entries.map((entry) => [entry.command.seq, entry.state]),
      lastSeq: snapshot.meta.lastSeq,
      journal: lines.map((command) => command.seq),
      overlays: snapshot.overlays.length,
    }).toEqual({
      result: { ok: true, value: { restored: 1, journalled: 1 } },
      states: [
        [1, 'pending'],
        [7, 'pending'],
      ],
      lastSeq: 7,
      journal: [7, 1],
      overlays: 2,
    });
  });
});
