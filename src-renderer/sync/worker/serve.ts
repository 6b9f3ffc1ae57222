import type { CacheDb } from '../../db';
import type { WorklistChange } from '../../db/worklist-feed';
import { createApiClient, type FetchLike } from '../api-client';
import { firstSync, type FirstSyncOutcome } from '../first-sync';
import type { SyncResult } from '../sync-error';
import type { TransportAuth } from '../session-auth';
import { coalesce, mergeWorklistChanges } from './coalesce';
import type { FromFirstSyncWorker } from './protocol';
import { ToFirstSyncWorker, type MessageEndpoint, type SessionAnswer, type StartFirstSync } from './protocol';

/**
 * The page's worklist index re-sorts and re-renders the whole list for each change it is told
 * about, and at 100,000 rows that is the page's busiest moment: told once a second, not per page.
 */
export const WORKLIST_INTERVAL_MS = 1000;

export type FirstSyncWorkerDeps = {
  openCache(name: string): CacheDb;
  /** Injected by tests; the worker's own fetch otherwise. */
  fetch?: FetchLike;
};

/**
 * The page's session, borrowed: the token it sent, and on a 401 a request for a refresh that the
 * page makes (one refresh for the whole app: refresh tokens are single-use, see session-auth.ts).
 */
function borrowedSession(
  send: (message: FromFirstSyncWorker) => void,
  start: StartFirstSync,
): { auth: TransportAuth; answer(message: SessionAnswer): void } {
  let token = start.accessToken;
  let waiting: ((refreshed: boolean) => void) | null = null;
  return {
    auth: {
      accessToken: () => token,
      refresh: () =>
        new Promise<boolean>((resolve) => {
          waiting = resolve;
          send({ type: 'refresh' });
        }),
      signedOut: () => send({ type: 'signed-out' }),
    },
    answer(message) {
      token = message.accessToken;
      waiting?.(message.refreshed);
      waiting = null;
    },
  };
}

/**
 * The worker's side: one `start`, then firstSync exactly as the page would run it (the same
 * resumable, one-transaction-per-page writes through the same Dexie schema and worklist
 * middleware), reporting progress and the result. A message that does not parse is dropped: the
 * page is the only sender, and it waits for `finished` whatever happens.
 */
export function serveFirstSync(endpoint: MessageEndpoint, deps: FirstSyncWorkerDeps): void {
  const send = (message: FromFirstSyncWorker) => endpoint.postMessage(message);
  let session: ReturnType<typeof borrowedSession> | null = null;

  endpoint.onmessage = (event) => {
    const parsed = ToFirstSyncWorker.safeParse(event.data);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'session') {
      session?.answer(message);
      return;
    }
    if (session !== null) return;
    session = borrowedSession(send, message);
    void run(message, session.auth);
  };

  async function run(start: StartFirstSync, auth: TransportAuth): Promise<void> {
    let db: CacheDb | null = null;
    const worklist = coalesce(
      (changes: WorklistChange[]) => send({ type: 'worklist', change: mergeWorklistChanges(changes) }),
      WORKLIST_INTERVAL_MS,
    );
    let result: SyncResult<FirstSyncOutcome>;
    try {
      db = deps.openCache(start.cacheDbName);
      db.worklistFeed.subscribe(worklist.report);
      result = await firstSync({
        db,
        api: createApiClient({ baseUrl: start.baseUrl, auth, ...(deps.fetch ? { fetch: deps.fetch } : {}) }),
        postId: start.postId,
        ...(start.pageSize ? { pageSize: start.pageSize } : {}),
        onProgress: ({ received, total }) => send({ type: 'progress', received, total }),
      });
    } catch (cause) {
      // firstSync returns its failures; this is a bug or the database refusing to open.
      const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
      result = { ok: false, error: { kind: 'storage', detail } };
    }
    // The middleware tells the feed about the last page in a later listener of the same 'complete'
    // event that resolved firstSync's write: a task later every committed page's rows are held,
    // and they go to the page before 'finished' (after which it stops listening).
    await new Promise((resolve) => setTimeout(resolve));
    worklist.flush();
    send({ type: 'finished', result });
    db?.close();
  }
}
