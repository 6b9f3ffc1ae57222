// Runs inside Chromium for test/bench/sync.ts: bundled with esbuild and served by the API under
// test, so every request is same-origin. It drives the renderer's own code (firstSync, the Dexie
// cache, DexieSyncStore, HttpSyncTransport); only the loops that the UI and the sync loop would
// run are written here, and only timings and counts go back to Node.
import { PUSH_BATCH_MAX } from '@shared/api';
import type { DecisionCommand, DeviceId } from '@shared/domain';
import { openCacheDb } from '../../src-renderer/db/cache-db';
import { DexieSyncStore } from '../../src-renderer/db/dexie-sync-store';
import { openOutboxDb } from '../../src-renderer/db/outbox-db';
import { createApiClient } from '../../src-renderer/sync/api-client';
import { firstSync } from '../../src-renderer/sync/first-sync';
import { HttpSyncTransport, type TransportAuth } from '../../src-renderer/sync/http-sync-transport';

const CACHE = 'bench-cache';
const CEILING = 'bench-ceiling';
const OUTBOX = 'bench-outbox';

/**
 * From Resource Timing, for the requests whose URL contains `path`: response bytes, time waiting
 * for the first byte (mostly the server) and time receiving the body, summed over requests.
 */
function requestTimings(path: string, since: number) {
  const entries = performance
    .getEntriesByType('resource')
    .filter((entry): entry is PerformanceResourceTiming => entry.name.includes(path))
    .filter((entry) => entry.startTime >= since);
  const sum = (of: (entry: PerformanceResourceTiming) => number) =>
    entries.reduce((total, entry) => total + of(entry), 0);
  return {
    requests: entries.length,
    bodyBytes: sum((entry) => entry.decodedBodySize),
    waitingMs: sum((entry) => entry.responseStart - entry.requestStart),
    receivingMs: sum((entry) => entry.responseEnd - entry.responseStart),
  };
}

function fixedToken(token: string): TransportAuth {
  return { accessToken: () => token, refresh: async () => false, signedOut: () => undefined };
}

/** Entry 1: the renderer's firstSync of one post into an empty cache, as the app starts it. */
async function bootstrap(args: { baseUrl: string; postId: string; token: string }) {
  performance.setResourceTimingBufferSize(1_000_000);
  const db = openCacheDb(CACHE);
  await db.open();
  let pages = 0;
  const since = performance.now();
  const result = await firstSync({
    db,
    api: createApiClient({ baseUrl: args.baseUrl, auth: fixedToken(args.token) }),
    postId: args.postId,
    onProgress: () => pages++,
  });
  const ms = performance.now() - since;
  if (!result.ok) throw new Error(`firstSync failed: ${JSON.stringify(result.error)}`);
  const stored = await db.declarations.where('postId').equals(args.postId).count();
  db.close();
  return {
    ms,
    pages,
    received: result.value.received,
    stored,
    ...requestTimings('/sync/v1/snapshot', since),
  };
}

/**
 * Entry 4, the ceiling: the declarations just stored, read back page by page (not timed) and
 * written to an empty cache database with one bulkPut transaction per page (timed): the same
 * objects and page size as the bootstrap, without network, JSON parsing or schema checks.
 */
async function ceiling(args: { pageSize: number }) {
  const source = openCacheDb(CACHE);
  const target = openCacheDb(CEILING);
  await Promise.all([source.open(), target.open()]);
  let writeMs = 0;
  let records = 0;
  let items = 0;
  let pages = 0;
  let after = '';
  for (;;) {
    const page = await source.declarations.where('id').above(after).limit(args.pageSize).toArray();
    if (page.length === 0) break;
    const start = performance.now();
    await target.transaction('rw', target.declarations, () => target.declarations.bulkPut(page));
    writeMs += performance.now() - start;
    records += page.length;
    items += page.reduce((sum, declaration) => sum + declaration.items.length, 0);
    pages++;
    after = page.at(-1)?.id ?? after;
  }
  source.close();
  target.close();
  return { ms: writeMs, pages, records, items };
}

/** Entry 2: pull /sync/v1/changes from the stored cursor and apply each page, as the engine does. */
async function pull(args: { baseUrl: string; postId: string; deviceId: string; token: string }) {
  const cache = openCacheDb(CACHE);
  const outbox = openOutboxDb(OUTBOX);
  const store = new DexieSyncStore(outbox, cache, args.postId);
  const transport = new HttpSyncTransport({
    baseUrl: args.baseUrl,
    postId: args.postId,
    deviceId: args.deviceId as DeviceId,
    auth: fixedToken(args.token),
  });
  const since = performance.now();
  let cursor = await store.readCursor();
  if (cursor === null) throw new Error('no cursor: the bootstrap did not complete');
  let pages = 0;
  let changes = 0;
  for (;;) {
    const page = await transport.pull(cursor);
    if (!page.ok) throw new Error(`pull failed: ${JSON.stringify(page.error)}`);
    // As the engine's pullOnce: a page answering another cursor is never applied.
    if (page.value.cursor !== cursor) throw new Error('pull answered another cursor');
    const applied = await store.applyChanges(page.value, cursor);
    if (!applied.ok || applied.value !== 'applied') {
      throw new Error(`applyChanges failed: ${JSON.stringify(applied)}`);
    }
    pages++;
    changes += page.value.changes.length;
    cursor = page.value.nextCursor;
    if (!page.value.hasMore) break;
  }
  const ms = performance.now() - since;
  cache.close();
  outbox.close();
  return { ms, pages, changes, ...requestTimings('/sync/v1/changes', since) };
}

/** Entry 3: POST /sync/v1/decisions in batches of PUSH_BATCH_MAX, one batch at a time. */
async function push(args: {
  baseUrl: string;
  postId: string;
  deviceId: string;
  token: string;
  commands: DecisionCommand[];
}) {
  const transport = new HttpSyncTransport({
    baseUrl: args.baseUrl,
    postId: args.postId,
    deviceId: args.deviceId as DeviceId,
    auth: fixedToken(args.token),
  });
  const outcomes: Record<string, number> = {};
  let batches = 0;
  let lastProcessedSeq = 0;
  const since = performance.now();
  for (let start = 0; start < args.commands.length; start += PUSH_BATCH_MAX) {
    const decisions = args.commands.slice(start, start + PUSH_BATCH_MAX);
    const answer = await transport.push({ deviceId: args.deviceId as DeviceId, decisions });
    if (!answer.ok) throw new Error(`push failed: ${JSON.stringify(answer.error)}`);
    for (const result of answer.value.results) outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
    lastProcessedSeq = answer.value.lastProcessedSeq;
    batches++;
  }
  const ms = performance.now() - since;
  return { ms, batches, outcomes, lastProcessedSeq, ...requestTimings('/sync/v1/decisions', since) };
}

const bench = { bootstrap, ceiling, pull, push };
export type SyncBenchPage = typeof bench;
Object.assign(globalThis, { borderPostBench: bench });
