import { describe, expect, it } from 'vitest';
import { getSnapshotProgress, openCacheDb, type CacheDb } from '../../db';
import { fakeSnapshotServer, json } from '../../test-utils/fake-api';
import { makeDeclaration } from '../../test-utils/fixtures';
import type { FetchLike } from '../api-client';
import type { FirstSyncProgress } from '../first-sync';
import type { TransportAuth } from '../session-auth';
import { runFirstSyncWorker } from './client';
import type { MessageEndpoint } from './protocol';
import { serveFirstSync } from './serve';

const declarations = Array.from({ length: 7 }, (_, index) => makeDeclaration({ id: `D-${index + 1}` }));

/**
 * Two ends of a channel that clone each message as postMessage does and deliver it on a later
 * task, so what crosses is only what survives structured cloning. `sent` records both directions.
 */
function channel() {
  const sent: unknown[] = [];
  const end = (): MessageEndpoint & { peer?: MessageEndpoint } => ({
    onmessage: null,
    postMessage(message) {
      sent.push(message);
      const data = structuredClone(message);
      setTimeout(() => this.peer?.onmessage?.(new MessageEvent('message', { data })));
    },
  });
  const page = end();
  const worker = end();
  page.peer = worker;
  worker.peer = page;
  return { page, worker, sent };
}

/** A session whose refresh swaps `old` for `renewed`, counting refreshes and sign-outs. */
function lendingSession() {
  const calls = { refreshes: 0, signedOut: 0 };
  let token = 'old';
  const auth: TransportAuth = {
    accessToken: () => token,
    refresh: async () => {
      calls.refreshes++;
      token = 'renewed';
      return true;
    },
    signedOut: () => calls.signedOut++,
  };
  return { auth, calls };
}

/** The cache database, with a disk that fills up at the `fullAt`th write of declarations. */
function fillingUpAt(fullAt: number) {
  return (name: string) => {
    const db = openCacheDb(name);
    let writes = 0;
    db.use({
      stack: 'dbcore',
      name: 'DiskFull',
      create: (down) => ({
        ...down,
        table(tableName) {
          const table = down.table(tableName);
          if (tableName !== 'declarations') return table;
          return {
            ...table,
            mutate: async (request) => {
              if (request.type === 'put' && ++writes === fullAt) {
                throw new DOMException('the disk is full', 'QuotaExceededError');
              }
              return table.mutate(request);
            },
          };
        },
      }),
    });
    return db;
  };
}

function start(fetch: FetchLike, auth: TransportAuth, openCache: (name: string) => CacheDb = openCacheDb) {
  const { page, worker, sent } = channel();
  const cacheDbName = `test-cache-${crypto.randomUUID()}`;
  serveFirstSync(worker, { openCache, fetch });
  const progress: FirstSyncProgress[] = [];
  const worklistIds: string[] = [];
  const result = runFirstSyncWorker({
    endpoint: page,
    baseUrl: 'http://127.0.0.1:4010',
    postId: 'KR-ICN',
    cacheDbName,
    auth,
    pageSize: 3,
    onProgress: (p) => progress.push(p),
    onWorklistChange: (change) => worklistIds.push(...change.rows.map((row) => row.id)),
  });
  return { result, progress, worklistIds, sent, cache: openCacheDb(cacheDbName) };
}

describe('the first sync in a worker', () => {
  it('stores every page with its worklist rows in the page’s database, passing progress and rows on', async () => {
    const server = fakeSnapshotServer('KR-ICN', declarations, 3);
    const { result, progress, worklistIds, cache } = start(server.fetch, lendingSession().auth);
    expect(await result).toEqual({
      ok: true,
      value: { downloaded: true, received: 7, total: 7, watermark: 'wm-7' },
    });
    expect({
      progress,
      rowsPassedOn: worklistIds.sort(),
      declarations: await cache.declarations.count(),
      worklist: (await cache.worklist.toArray()).map((row) => row.id).sort(),
      complete: (await getSnapshotProgress(cache, 'KR-ICN'))?.complete,
    }).toEqual({
      progress: [
        { received: 3, total: 7 },
        { received: 6, total: 7 },
        { received: 7, total: 7 },
      ],
      rowsPassedOn: declarations.map((declaration) => declaration.id).sort(),
      declarations: 7,
      worklist: declarations.map((declaration) => declaration.id).sort(),
      complete: true,
    });
  });

  it('asks the page to refresh the session on a 401 and retries with the renewed token', async () => {
    const tokens: (string | null)[] = [];
    const server = fakeSnapshotServer('KR-ICN', declarations, 3);
    const fetch: FetchLike = async (input, init) => {
      const token = new Headers(init.headers).get('authorization');
      tokens.push(token);
      if (token === 'Bearer old')
        return json({ error: { code: 'UNAUTHENTICATED', message: 'expired' } }, 401);
      return server.fetch(input, init);
    };
    const { auth, calls } = lendingSession();
    const { result } = start(fetch, auth);
    expect(await result).toMatchObject({ ok: true, value: { received: 7 } });
    expect({ calls, tokens }).toEqual({
      calls: { refreshes: 1, signedOut: 0 },
      tokens: ['Bearer old', 'Bearer renewed', 'Bearer renewed', 'Bearer renewed'],
    });
  });

  it('tells the page the session is over when the renewed token is refused too', async () => {
    const fetch: FetchLike = async () => json({ error: { code: 'UNAUTHENTICATED', message: 'no' } }, 401);
    const { auth, calls } = lendingSession();
    const { result } = start(fetch, auth);
    expect(await result).toEqual({
      ok: false,
      error: { kind: 'http', status: 401, code: 'UNAUTHENTICATED', message: 'no' },
    });
    expect(calls).toEqual({ refreshes: 1, signedOut: 1 });
  });

  it('reports a full disk as the storage failure the app shows, keeping the pages stored before it', async () => {
    const server = fakeSnapshotServer('KR-ICN', declarations, 3);
    const { result, worklistIds, cache } = start(server.fetch, lendingSession().auth, fillingUpAt(2));
    const answer = await result;
    expect({
      answer,
      rowsPassedOn: worklistIds.sort(),
      stored: await cache.declarations.count(),
      progress: (await getSnapshotProgress(cache, 'KR-ICN'))?.received,
    }).toEqual({
      answer: {
        ok: false,
        error: { kind: 'storage', detail: expect.stringContaining('QuotaExceededError') },
      },
      rowsPassedOn: ['D-1', 'D-2', 'D-3'],
      stored: 3,
      progress: 3,
    });
  });

  it('resumes after the page left a download half done (a reload mid-sync)', async () => {
    const server = fakeSnapshotServer('KR-ICN', declarations, 3);
    server.failAt(1, () => Promise.reject(new TypeError('Failed to fetch')));
    const first = start(server.fetch, lendingSession().auth);
    expect(await first.result).toMatchObject({ ok: false, error: { kind: 'network' } });

    const { page, worker } = channel();
    serveFirstSync(worker, { openCache: openCacheDb, fetch: server.fetch });
    const resumed = await runFirstSyncWorker({
      endpoint: page,
      baseUrl: 'http://127.0.0.1:4010',
      postId: 'KR-ICN',
      cacheDbName: first.cache.name,
      auth: lendingSession().auth,
      pageSize: 3,
    });
    expect({
      resumed,
      pageTokens: server.requests.map((url) => new URL(url).searchParams.get('pageToken')),
      stored: await first.cache.declarations.count(),
    }).toEqual({
      resumed: { ok: true, value: { downloaded: true, received: 7, total: 7, watermark: 'wm-7' } },
      pageTokens: [null, 'p1', 'p1', 'p2'],
      stored: 7,
    });
  });
});

describe('the page’s side of the worker protocol', () => {
  it('ends the download as a device failure when the worker answers something it cannot parse', async () => {
    const page: MessageEndpoint = { onmessage: null, postMessage: () => undefined };
    const result = runFirstSyncWorker({
      endpoint: page,
      baseUrl: 'http://127.0.0.1:4010',
      postId: 'KR-ICN',
      cacheDbName: 'unused',
      auth: lendingSession().auth,
    });
    page.onmessage?.(new MessageEvent('message', { data: { type: 'progress', received: -1, total: 7 } }));
    expect(await result).toMatchObject({ ok: false, error: { kind: 'storage' } });
  });

  it('sends the worker a start it can parse, with the session’s current token', () => {
    const sent: unknown[] = [];
    runFirstSyncWorker({
      endpoint: { onmessage: null, postMessage: (message) => sent.push(message) },
      baseUrl: 'http://127.0.0.1:4010',
      postId: 'KR-ICN',
      cacheDbName: 'border-post-cache',
      auth: lendingSession().auth,
    }).catch(() => undefined);
    expect(sent).toEqual([
      {
        type: 'start',
        baseUrl: 'http://127.0.0.1:4010',
        postId: 'KR-ICN',
        cacheDbName: 'border-post-cache',
        accessToken: 'old',
      },
    ]);
  });
});
