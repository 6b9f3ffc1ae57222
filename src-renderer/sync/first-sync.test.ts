import { describe, expect, it } from 'vitest';
import { getLastSyncAt, getSnapshotProgress, listDeclarationsForPost } from '../db';
import { fakeSnapshotServer, json } from '../test-utils/fake-api';
import { openTestCacheDb } from '../test-utils/db';
import { makeDeclaration } from '../test-utils/fixtures';
import { createApiClient } from './api-client';
import { firstSync, type FirstSyncProgress } from './first-sync';

const declarations = Array.from({ length: 7 }, (_, index) => makeDeclaration({ id: `D-${index + 1}` }));
const now = () => new Date('2025-03-14T09:00:00.000Z');

function setup() {
  const server = fakeSnapshotServer('KR-ICN', declarations, 3);
  const api = createApiClient({ baseUrl: 'http://127.0.0.1:4010', fetch: server.fetch });
  const db = openTestCacheDb();
  const progress: FirstSyncProgress[] = [];
  const run = () =>
    firstSync({ db, api, postId: 'KR-ICN', pageSize: 3, now, onProgress: (p) => progress.push(p) });
  return { server, db, progress, run };
}

describe('firstSync', () => {
  it('pages through the snapshot into the cache and reports progress', async () => {
    const { db, progress, run, server } = setup();
    expect(await run()).toEqual({
      ok: true,
      value: { downloaded: true, received: 7, total: 7, watermark: 'wm-7' },
    });
    expect((await listDeclarationsForPost(db, 'KR-ICN')).length).toBe(7);
    expect(progress).toEqual([
      { received: 3, total: 7 },
      { received: 6, total: 7 },
      { received: 7, total: 7 },
    ]);
    expect(server.requests).toHaveLength(3);
    expect(await getLastSyncAt(db, 'KR-ICN')).toBe('2025-03-14T09:00:00.000Z');
  });

  it('does not download a complete snapshot again', async () => {
    const { run, server } = setup();
    await run();
    expect(await run()).toMatchObject({ ok: true, value: { downloaded: false, received: 7 } });
    expect(server.requests).toHaveLength(3);
  });

  it('keeps the pages it stored when a later page fails, and resumes from there', async () => {
    const { db, run, server } = setup();
    server.failAt(1, () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await run()).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect((await listDeclarationsForPost(db, 'KR-ICN')).length).toBe(3);
    expect(await getSnapshotProgress(db, 'KR-ICN')).toMatchObject({
      received: 3,
      nextPageToken: 'p1',
      complete: false,
    });

    expect(await run()).toMatchObject({ ok: true, value: { received: 7 } });
    expect(server.requests.slice(2).map((url) => new URL(url).searchParams.get('pageToken'))).toEqual([
      'p1',
      'p2',
    ]);
    expect((await listDeclarationsForPost(db, 'KR-ICN')).length).toBe(7);
  });

  it('reports a 500 with its error body and writes nothing', async () => {
    const { db, run, server } = setup();
    server.failAt(0, async () => json({ error: { code: 'INTERNAL', message: 'database unavailable' } }, 500));
    expect(await run()).toEqual({
      ok: false,
      error: { kind: 'http', status: 500, code: 'INTERNAL', message: 'database unavailable' },
    });
    expect(await db.declarations.count()).toBe(0);
    expect(await getSnapshotProgress(db, 'KR-ICN')).toBeNull();
  });

  it('reports a garbage page without storing any of it', async () => {
    const { db, run, server } = setup();
    server.failAt(1, async () =>
      json({ postId: 'KR-ICN', watermark: 'wm-7', total: 7, declarations: [{ id: 1 }] }),
    );
    expect(await run()).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    expect(await db.declarations.count()).toBe(3);
  });

  it('reports a network error on the first page with an empty cache', async () => {
    const { db, run, server } = setup();
    server.failAt(0, () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await run()).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(await db.declarations.count()).toBe(0);
  });

  it('starts over when the server no longer accepts the saved page token', async () => {
    const { db, run, server } = setup();
    server.failAt(1, () => Promise.reject(new TypeError('Failed to fetch')));
    await run();
    server.failAt(2, async () => json({ error: { code: 'PAGE_TOKEN_INVALID', message: 'expired' } }, 400));
    expect(await run()).toMatchObject({ ok: true, value: { received: 7, total: 7 } });
    expect((await listDeclarationsForPost(db, 'KR-ICN')).length).toBe(7);
  });

  it('refuses a snapshot of another post', async () => {
    const { db } = setup();
    const other = fakeSnapshotServer('GB-DVR', declarations, 3);
    const api = createApiClient({ baseUrl: 'http://127.0.0.1:4010', fetch: other.fetch });
    expect(await firstSync({ db, api, postId: 'KR-ICN' })).toMatchObject({
      ok: false,
      error: { kind: 'bad-response' },
    });
    expect(await db.declarations.count()).toBe(0);
  });
});
