import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Declaration } from '@shared/domain/declaration';
import { PostId } from '@shared/domain/ids';
import {
  declarationInput,
  makeDeclarations,
  makeOfficer,
  makePost,
  makeSeed,
} from '../test-support/fixtures';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { listPostsWithOfficers } from './posts';
import { hasAnyPost, insertSeedData, SEED_BATCH_SIZE } from './seed';
import { snapshotPage } from './snapshot';

async function allDeclarations(t: TestDatabase, postId: string): Promise<Declaration[]> {
  const page = await snapshotPage(t.db, { postId: PostId.parse(postId), limit: 1000 });
  if (!page.ok) throw new Error(page.error.message);
  return page.value.declarations;
}

describe.each(testDatabases())('insertSeedData on $kind', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.open();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  // Runs first: every other test adds posts.
  it('hasAnyPost is false on an empty database and true after seeding', async () => {
    expect(await hasAnyPost(t.db)).toBe(false);
    await insertSeedData(t.db, { posts: [makePost('EMPTY')], officers: [], declarations: [] });
    expect(await hasAnyPost(t.db)).toBe(true);
  });

  it('stores posts, officers and declarations and reads them back unchanged', async () => {
    const seed = makeSeed('ICN', 5);
    expect(await insertSeedData(t.db, seed)).toEqual({ posts: 1, officers: 1, declarations: 5 });
    const posts = await listPostsWithOfficers(t.db);
    expect(posts.find((post) => post.id === 'ICN')).toEqual({ ...seed.posts[0], officers: seed.officers });
    expect(await allDeclarations(t, 'ICN')).toEqual(seed.declarations);
  });

  it('upserts posts and officers, so seeding them twice changes nothing but their fields', async () => {
    const post = makePost('GMP');
    const officer = makeOfficer('GMP', 'gmp.lee');
    await insertSeedData(t.db, { posts: [post], officers: [officer], declarations: [] });
    const renamed = { ...post, name: 'Gimpo renamed' };
    expect(await insertSeedData(t.db, { posts: [renamed], officers: [officer], declarations: [] })).toEqual({
      posts: 1,
      officers: 1,
      declarations: 0,
    });
    const stored = (await listPostsWithOfficers(t.db)).filter((p) => p.id === 'GMP');
    expect(stored).toEqual([{ ...renamed, officers: [officer] }]);
  });

  it('consumes a lazy iterable in batches and logs one change per declaration', async () => {
    const count = SEED_BATCH_SIZE * 2 + 3;
    function* lazy(): Generator<Declaration> {
      for (let n = 1; n <= count; n += 1) yield makeDeclarations('PUS', 1, n)[0]!;
    }
    await insertSeedData(t.db, { posts: [makePost('PUS')], officers: [], declarations: lazy() });
    const rows = await t.db.query<{ kind: string; count: number }>(
      "SELECT kind, count(*)::integer AS count FROM change_log WHERE post_id = 'PUS' GROUP BY kind",
    );
    expect(rows).toEqual([{ kind: 'created', count }]);
  });

  it('rejects an invalid declaration, naming its id and the field', async () => {
    const bad = { ...declarationInput('CJU', 2), riskScore: 101 };
    const data = {
      posts: [makePost('CJU')],
      officers: [],
      // Deliberately unparsed: the point is that insertSeedData parses.
      declarations: [makeDeclarations('CJU', 1)[0]!, bad] as Declaration[],
    };
    await expect(insertSeedData(t.db, data)).rejects.toThrow(
      /declaration "CJU-D000002" is invalid: riskScore: /,
    );
    expect(await allDeclarations(t, 'CJU')).toEqual([]);
  });

  it('explains a duplicate declaration instead of failing obscurely', async () => {
    const seed = makeSeed('YEO', 1);
    await insertSeedData(t.db, seed);
    await expect(insertSeedData(t.db, seed)).rejects.toThrow(
      /inserting declarations YEO-D000001 to YEO-D000001 failed: .*already exists/,
    );
  });
});
