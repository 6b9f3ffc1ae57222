import { describe, expect, it } from 'vitest';
import { makeDeclaration, makePost } from '../test-utils/fixtures';
import { openTestCacheDb } from '../test-utils/db';
import { openOutboxDb } from './outbox-db';
import { getDeclaration, listDeclarationsForPost, writeSnapshotPage } from './declarations-repo';
import { getLastSyncAt, getSnapshotProgress, type SnapshotProgress } from './meta-repo';
import { listPosts, replacePosts } from './posts-repo';

const progress = (overrides: Partial<SnapshotProgress> = {}): SnapshotProgress => ({
  postId: 'KR-ICN',
  watermark: 'w1',
  nextPageToken: 'p2',
  received: 1,
  total: 2,
  complete: false,
  updatedAt: '2025-03-14T00:00:00.000Z',
  ...overrides,
});

describe('the cache database', () => {
  it('stores a snapshot page and its progress together', async () => {
    const db = openTestCacheDb();
    await writeSnapshotPage(db, {
      declarations: [makeDeclaration()],
      progress: progress(),
      replacePost: true,
    });
    expect(await listDeclarationsForPost(db, 'KR-ICN')).toHaveLength(1);
    expect(await getSnapshotProgress(db, 'KR-ICN')).toEqual(progress());
    expect(await getLastSyncAt(db, 'KR-ICN')).toBeNull();
  });

  it('records the last sync time when the last page is stored', async () => {
    const db = openTestCacheDb();
    const done = progress({ nextPageToken: null, complete: true, updatedAt: '2025-03-14T09:00:00.000Z' });
    await writeSnapshotPage(db, { declarations: [], progress: done, replacePost: false });
    expect(await getLastSyncAt(db, 'KR-ICN')).toBe('2025-03-14T09:00:00.000Z');
  });

  it('replaces only the same post when a new snapshot starts', async () => {
    const db = openTestCacheDb();
    await db.declarations.bulkPut([
      makeDeclaration({ id: 'OLD-1' }),
      makeDeclaration({ id: 'UK-1', postId: 'GB-DVR', jurisdiction: 'uk' }),
    ]);
    await writeSnapshotPage(db, {
      declarations: [makeDeclaration({ id: 'NEW-1' })],
      progress: progress(),
      replacePost: true,
    });
    expect((await db.declarations.toArray()).map((row) => row.id).sort()).toEqual(['NEW-1', 'UK-1']);
  });

  it('writes nothing when the transaction fails', async () => {
    const db = openTestCacheDb();
    const broken = { ...makeDeclaration({ id: 'X' }), id: undefined } as unknown as ReturnType<
      typeof makeDeclaration
    >;
    await expect(
      writeSnapshotPage(db, {
        declarations: [makeDeclaration({ id: 'A' }), broken],
        progress: progress(),
        replacePost: false,
      }),
    ).rejects.toThrow();
    expect(await db.declarations.count()).toBe(0);
    expect(await getSnapshotProgress(db, 'KR-ICN')).toBeNull();
  });

  it('treats a malformed progress row as absent', async () => {
    const db = openTestCacheDb();
    await db.meta.put({ key: 'snapshot:KR-ICN', value: { watermark: 42 } });
    expect(await getSnapshotProgress(db, 'KR-ICN')).toBeNull();
  });

  it('finds a declaration by id and by post and lane', async () => {
    const db = openTestCacheDb();
    const red = makeDeclaration({ id: 'R', lane: 'RED' });
    await db.declarations.bulkPut([red, makeDeclaration({ id: 'G', lane: 'GREEN' })]);
    expect(await getDeclaration(db, red.id)).toEqual(red);
    expect(await db.declarations.where('[postId+lane]').equals(['KR-ICN', 'RED']).primaryKeys()).toEqual([
      'R',
    ]);
  });

  it('replaces the cached posts with the server list', async () => {
    const db = openTestCacheDb();
    await replacePosts(db, [makePost({ id: 'OLD' })]);
    await replacePosts(db, [makePost({ id: 'KR-ICN' })]);
    expect((await listPosts(db)).map((post) => post.id)).toEqual(['KR-ICN']);
  });
});

describe('the outbox database', () => {
  it('opens with the decisions table and its indexes', async () => {
    const db = openOutboxDb(`test-outbox-${crypto.randomUUID()}`);
    await db.open();
    const schema = db.decisions.schema;
    expect(schema.primKey.name).toBe('decisionId');
    expect(schema.indexes.map((index) => index.name).sort()).toEqual(['declarationId', 'seq', 'state']);
    db.close();
  });
});
