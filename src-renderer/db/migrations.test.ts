import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { sampleDecision } from '@shared/journal/decision-fixtures';
import { makeDeclaration } from '../test-utils/fixtures';
import { CACHE_DB_VERSION } from './cache-db';
import { DexieSyncStore } from './dexie-sync-store';
import { openLocalDatabases } from './open-databases';
import { OUTBOX_DB_VERSION, OUTBOX_META_KEY } from './outbox-db';

// Each migration upgrades a database populated by the previous schema, as an officer's would be.

const names = () => {
  const suffix = crypto.randomUUID();
  return { outbox: `test-outbox-${suffix}`, cache: `test-cache-${suffix}` };
};

async function populateV1(dbNames: { outbox: string; cache: string }): Promise<void> {
  const outbox = new Dexie(dbNames.outbox);
  outbox.version(1).stores({ decisions: 'decisionId, seq, declarationId, state' });
  await outbox.table('decisions').bulkAdd([
    { decisionId: 'a', seq: 1, declarationId: 'D-1', state: 'applied' },
    { decisionId: 'b', seq: 2, declarationId: 'D-2', state: 'sending' },
    { decisionId: 'c', seq: 3, declarationId: 'D-3', state: 'duplicate' },
  ]);
  outbox.close();
  const cache = new Dexie(dbNames.cache);
  cache.version(1).stores({
    declarations: 'id, postId, [postId+lane], status, registeredAt',
    posts: 'id',
    meta: 'key',
  });
  await cache.table('declarations').add(makeDeclaration({ id: 'D-1' }));
  await cache.table('meta').put({
    key: 'snapshot:KR-ICN',
    value: {
      postId: 'KR-ICN',
      watermark: 'wm-1',
      nextPageToken: null,
      received: 1,
      total: 1,
      complete: true,
      updatedAt: '2025-03-14T00:00:00.000Z',
    },
  });
  cache.close();
}

describe('local database migrations', () => {
  it('1 → 3 keeps every outbox row, renames the states and starts seqs after the highest', async () => {
    const dbNames = names();
    await populateV1(dbNames);
    const opened = await openLocalDatabases(dbNames);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const { outbox, cache } = opened.value;
    const store = new DexieSyncStore(outbox, cache, 'KR-ICN');
    expect({
      versions: [outbox.verno, cache.verno],
      rows: (await outbox.decisions.orderBy('seq').toArray()).map((row) => [row.decisionId, row.state]),
      meta: (await outbox.meta.get(OUTBOX_META_KEY))?.value,
      lastSeq: (await store.readOutbox()).meta.lastSeq,
      cached: await cache.declarations.count(),
      cursor: await store.readCursor(),
    }).toEqual({
      versions: [OUTBOX_DB_VERSION, CACHE_DB_VERSION],
      rows: [
        ['a', 'applied'],
        ['b', 'in-flight'],
        ['c', 'applied'],
      ],
      // Version 1 rows carry no command, so no officer has marks to carry into version 3.
      meta: { lastSeq: 3, lastDecisionId: null, serverProgress: {}, serverTimeHighWaterMs: null },
      lastSeq: 3,
      cached: 1,
      cursor: 'wm-1',
    });
  });

  it('2 → 3 gives each officer with decisions on the device the device-wide progress marks', async () => {
    const dbNames = names();
    const kim = sampleDecision(1, { officerId: 'officer-kim' });
    const park = sampleDecision(2, { officerId: 'officer-park' });
    const outbox = new Dexie(dbNames.outbox);
    outbox.version(1).stores({ decisions: 'decisionId, seq, declarationId, state' });
    outbox.version(2).stores({ overlays: 'decisionId, declarationId', meta: 'key' });
    await outbox.table('decisions').bulkAdd(
      [kim, park].map((command) => ({
        decisionId: command.decisionId,
        seq: command.seq,
        declarationId: command.declarationId,
        state: 'applied',
        entry: { command, state: 'applied', attempts: 1, needsAttention: false, attentionShown: false },
      })),
    );
    await outbox.table('meta').put({
      key: OUTBOX_META_KEY,
      value: {
        lastSeq: 2,
        lastDecisionId: park.decisionId,
        serverSeqHighWater: 2,
        serverCountHighWater: 2,
        serverTimeHighWaterMs: 1767571201000,
      },
    });
    outbox.close();
    const opened = await openLocalDatabases(dbNames);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const marks = { lastProcessedSeq: 2, processedCount: 2 };
    expect({
      version: opened.value.outbox.verno,
      meta: (await opened.value.outbox.meta.get(OUTBOX_META_KEY))?.value,
      rows: await opened.value.outbox.decisions.count(),
    }).toEqual({
      version: OUTBOX_DB_VERSION,
      meta: {
        lastSeq: 2,
        lastDecisionId: park.decisionId,
        serverProgress: { 'officer-kim': marks, 'officer-park': marks },
        serverTimeHighWaterMs: 1767571201000,
      },
      rows: 2,
    });
  });

  it('refuses an outbox written by a newer build, and leaves it untouched', async () => {
    const dbNames = names();
    const future = new Dexie(dbNames.outbox);
    future.version(OUTBOX_DB_VERSION + 1).stores({ decisions: 'decisionId', entries: 'id' });
    await future.table('decisions').add({ decisionId: 'z' });
    future.close();

    const opened = await openLocalDatabases(dbNames);
    const after = new Dexie(dbNames.outbox);
    await after.open();
    expect({
      error: !opened.ok && opened.error,
      version: after.verno,
      rows: await after.table('decisions').count(),
    }).toEqual({
      error: {
        kind: 'too-new',
        database: dbNames.outbox,
        found: OUTBOX_DB_VERSION + 1,
        supported: OUTBOX_DB_VERSION,
      },
      version: OUTBOX_DB_VERSION + 1,
      rows: 1,
    });
    after.close();
  });

  it('opens fresh databases at the newest version', async () => {
    const opened = await openLocalDatabases(names());
    expect(opened.ok && [opened.value.outbox.verno, opened.value.cache.verno]).toEqual([
      OUTBOX_DB_VERSION,
      CACHE_DB_VERSION,
    ]);
  });
});
