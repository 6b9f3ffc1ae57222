import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_PAGE_MAX, type SnapshotPage } from '@shared/api/snapshot';
import { PostId } from '@shared/domain/ids';
import { makeDeclarations, makePost, makeSeed } from '../test-support/fixtures';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { changeLogHead } from './change-log';
import { decodeCursor } from './cursor';
import { encodePageToken } from './page-token';
import { insertSeedData } from './seed';
import { snapshotPage } from './snapshot';

describe.each(testDatabases())('snapshotPage on $kind', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.open();
    await insertSeedData(t.db, makeSeed('PUS', 50));
    await insertSeedData(t.db, makeSeed('ICN', 3));
    await insertSeedData(t.db, { posts: [makePost('EMPTY')], officers: [], declarations: [] });
  });
  afterAll(async () => {
    await t?.dispose();
  });

  async function page(query: { postId: string; limit?: number; pageToken?: string }): Promise<SnapshotPage> {
    const result = await snapshotPage(t.db, { limit: 500, ...query, postId: PostId.parse(query.postId) });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  it('covers every declaration exactly once across pages, at one watermark', async () => {
    const pages: SnapshotPage[] = [await page({ postId: 'PUS', limit: 7 })];
    // Changes after the first page must not move the snapshot's watermark.
    await insertSeedData(t.db, { posts: [], officers: [], declarations: makeDeclarations('PUS', 1, 1000) });
    while (pages.at(-1)?.nextPageToken) {
      pages.push(await page({ postId: 'PUS', limit: 7, pageToken: pages.at(-1)!.nextPageToken! }));
    }
    const ids: string[] = pages.flatMap((p) => p.declarations.map((d) => d.id));
    expect(pages.length).toBe(Math.ceil(51 / 7));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...makeDeclarations('PUS', 50).map((d) => d.id), 'PUS-D001000']);
    expect(new Set(pages.map((p) => p.watermark))).toEqual(new Set([pages[0]!.watermark]));
    const cursor = decodeCursor(pages[0]!.watermark);
    expect(cursor.ok && cursor.value.p === 'PUS' && BigInt(cursor.value.s) > 0n).toBe(true);
    expect((await page({ postId: 'PUS' })).watermark).not.toBe(pages[0]!.watermark);
  });

  it('returns exactly one page when everything fits, with no next token', async () => {
    const only = await page({ postId: 'ICN', limit: SNAPSHOT_PAGE_MAX });
    expect({ total: only.total, count: only.declarations.length, next: only.nextPageToken }).toEqual({
      total: 3,
      count: 3,
      next: null,
    });
  });

  it('honours a limit of 1', async () => {
    const first = await page({ postId: 'ICN', limit: 1 });
    expect(first.declarations.map((d) => d.id)).toEqual(['ICN-D000001']);
    expect(first.nextPageToken).not.toBeNull();
  });

  it("answers an empty post with the change log's head as watermark and no declarations", async () => {
    const head = (await changeLogHead(t.db)).toString();
    const empty = await page({ postId: 'EMPTY' });
    expect(empty).toEqual({
      postId: 'EMPTY',
      watermark: empty.watermark,
      total: 0,
      declarations: [],
      history: [],
      nextPageToken: null,
    });
    const cursor = decodeCursor(empty.watermark);
    expect(cursor.ok && { p: cursor.value.p, s: cursor.value.s }).toEqual({ p: 'EMPTY', s: head });
    // The watermark names the head row's history mark, so a restored server can tell it apart.
    expect(cursor.ok && cursor.value.h).toMatch(/^\d+$/);
  });

  it('reports an unknown post as NOT_FOUND', async () => {
    const result = await snapshotPage(t.db, { postId: PostId.parse('NOWHERE'), limit: 10 });
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'post NOWHERE does not exist' },
    });
  });

  it('rejects garbage and tokens of another post as BAD_PAGE_TOKEN', async () => {
    const foreign = encodePageToken({
      p: PostId.parse('ICN'),
      w: '1',
      after: makeDeclarations('ICN', 1)[0]!.id,
    });
    for (const pageToken of ['garbage', foreign]) {
      const result = await snapshotPage(t.db, { postId: PostId.parse('PUS'), limit: 10, pageToken });
      expect(result.ok ? 'ok' : result.error.code).toBe('BAD_PAGE_TOKEN');
    }
  });
});
