import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { ChangesPage } from '@shared/api';
import { DeclarationId } from '@shared/domain';
import { makeDeclaration } from '../test-utils/fixtures';
import { openTestCacheDb } from '../test-utils/db';
import { CACHE_DB_VERSION, openCacheDb, type CacheDb } from './cache-db';
import { writeSnapshotPage } from './declarations-repo';
import { DexieSyncStore } from './dexie-sync-store';
import { openOutboxDb } from './outbox-db';
import { toWorklistRow } from './worklist-row';

const progress = (postId: string) => ({
  postId,
  watermark: 'w1',
  nextPageToken: null,
  received: 1,
  total: 1,
  complete: true,
  updatedAt: '2025-03-14T00:00:00.000Z',
});

/** A cache database as a published schema (1 to 4) left it, written without this build's code. */
function publishedCache(name: string, version: 3 | 4): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    declarations: 'id, postId, [postId+lane], status, registeredAt',
    posts: 'id',
    meta: 'key',
  });
  db.version(2).stores({ tombstones: 'id, postId' });
  db.version(3).stores({ decisions: 'decisionId, declarationId, postId' });
  if (version === 4) {
    db.version(4).stores({
      worklist:
        'id, [postId+reference], [postId+registeredKey], [postId+direction], [postId+typeCode], ' +
        '[postId+traderKey], [postId+itemCount], [postId+firstHsCode], [postId+laneKey+riskKey], ' +
        '[postId+statusKey], [postId+riskScore]',
    });
  }
  return db;
}

const worklistIds = async (db: CacheDb) => (await db.worklist.toCollection().primaryKeys()).sort();

describe('the worklist projection', () => {
  it('is written with the declarations of a snapshot page and replaced with its post', async () => {
    const db = openTestCacheDb();
    const other = makeDeclaration({ id: 'UK-1', postId: 'GB-DVR', jurisdiction: 'uk' });
    await db.declarations.put(other);
    const first = [makeDeclaration({ id: 'D-1' }), makeDeclaration({ id: 'D-2', lane: 'RED' })];
    await writeSnapshotPage(db, { declarations: first, progress: progress('KR-ICN'), replacePost: true });
    await writeSnapshotPage(db, {
      declarations: [makeDeclaration({ id: 'D-3' })],
      progress: progress('KR-ICN'),
      replacePost: true,
    });
    expect({ ids: await worklistIds(db), d2: await db.worklist.get('D-2') }).toEqual({
      ids: ['D-3', 'UK-1'],
      d2: undefined,
    });
  });

  it('follows upserts, tombstones and cache rebuilds of the change feed', async () => {
    const db = openTestCacheDb();
    const store = new DexieSyncStore(openOutboxDb(`test-outbox-${crypto.randomUUID()}`), db, 'KR-ICN');
    await store.applySnapshotPage([makeDeclaration({ id: 'D-1' }), makeDeclaration({ id: 'D-2' })], 'c0');
    const amended = makeDeclaration({ id: 'D-1', version: 2, status: 'held', riskScore: 95 });
    const page: ChangesPage = {
      changes: [
        { kind: 'upsert', declaration: amended, history: [] },
        { kind: 'tombstone', declarationId: DeclarationId.parse('D-2'), version: 2, reason: 'withdrawn' },
      ],
      cursor: 'c0',
      nextCursor: 'c1',
      hasMore: false,
    };
    await store.applyChanges(page, 'c0');
    const afterChanges = await db.worklist.toArray();
    await store.rebuildCache();
    expect({ afterChanges, afterRebuild: await db.worklist.count() }).toEqual({
      afterChanges: [toWorklistRow(amended)],
      afterRebuild: 0,
    });
  });

  it('is filled from the declarations already cached when a version 3 cache is upgraded', async () => {
    const name = `test-cache-${crypto.randomUUID()}`;
    const v3 = publishedCache(name, 3);
    const cached = [
      makeDeclaration({ id: 'D-1' }),
      makeDeclaration({ id: 'D-2', lane: null, status: 'registered' }),
    ];
    await v3.table('declarations').bulkAdd(cached);
    v3.close();
    const db = openCacheDb(name);
    await db.open();
    expect({ version: db.verno, rows: await db.worklist.toArray() }).toEqual({
      version: CACHE_DB_VERSION,
      rows: cached.map((declaration) => toWorklistRow(declaration)),
    });
  });

  it('is projected again, with what the filters read, when a version 4 cache is upgraded', async () => {
    const name = `test-cache-${crypto.randomUUID()}`;
    const v4 = publishedCache(name, 4);
    const cached = makeDeclaration({ id: 'D-1', assignedTo: 'officer-kim' });
    await v4.table('declarations').add(cached);
    // A version 4 row: none of the fields the filters read.
    const { assignedTo, registeredDay, partyKeys, hsCodes, origins, ...v4Row } = toWorklistRow(cached);
    await v4.table('worklist').add(v4Row);
    v4.close();
    const db = openCacheDb(name);
    await db.open();
    expect({
      version: db.verno,
      rows: await db.worklist.toArray(),
      filterFields: [assignedTo, registeredDay, partyKeys.length, hsCodes, origins],
      settings: await db.worklistSettings.count(),
    }).toEqual({
      version: CACHE_DB_VERSION,
      rows: [toWorklistRow(cached)],
      filterFields: ['officer-kim', '2025-03-14', 2, ['0306171000'], ['VN']],
      settings: 0,
    });
  });
});
