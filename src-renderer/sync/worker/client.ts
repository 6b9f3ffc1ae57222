import type { WorklistChange } from '../../db/worklist-feed';
import type { FirstSyncOutcome, FirstSyncProgress } from '../first-sync';
import type { TransportAuth } from '../session-auth';
import type { SyncResult } from '../sync-error';
import { FromFirstSyncWorker, type MessageEndpoint, type ToFirstSyncWorker } from './protocol';

export type FirstSyncWorkerOptions = {
  endpoint: MessageEndpoint;
  baseUrl: string;
  postId: string;
  cacheDbName: string;
  /** The app's one session: the worker borrows its token and asks here for refreshes. */
  auth: TransportAuth;
  onProgress?: (progress: FirstSyncProgress) => void;
  /** What each stored page changed in the worklist, for the page's own worklist index. */
  onWorklistChange?: (change: WorklistChange) => void;
  pageSize?: number;
};

/**
 * The page's side of a first sync run in a worker: it starts it, answers the worker's session
 * requests and passes its progress on. Of the snapshot only the slim worklist rows of each stored
 * page cross to this thread, for the worklist index (Dexie's live queries see the worker's writes
 * through its own cross-context events). Resolves with the
 * worker's result; an answer that does not parse ends the download as a failure of the device.
 */
export function runFirstSyncWorker(options: FirstSyncWorkerOptions): Promise<SyncResult<FirstSyncOutcome>> {
  const { endpoint, auth } = options;
  const send = (message: ToFirstSyncWorker) => endpoint.postMessage(message);
  const answerRefresh = async () => {
    const refreshed = await auth.refresh();
    send({ type: 'session', refreshed, accessToken: auth.accessToken() });
  };
  return new Promise((resolve) => {
    endpoint.onmessage = (event) => {
      const parsed = FromFirstSyncWorker.safeParse(event.data);
      if (!parsed.success) {
        endpoint.onmessage = null;
        const detail = `first-sync worker: unexpected message (${parsed.error.issues[0]?.message ?? 'no detail'})`;
        resolve({ ok: false, error: { kind: 'storage', detail } });
        return;
      }
      const message = parsed.data;
      switch (message.type) {
        case 'progress':
          options.onProgress?.({ received: message.received, total: message.total });
          return;
        case 'worklist':
          options.onWorklistChange?.(message.change);
          return;
        case 'refresh':
          void answerRefresh();
          return;
        case 'signed-out':
          auth.signedOut();
          return;
        case 'finished':
          endpoint.onmessage = null;
          resolve(message.result);
          return;
      }
    };
    send({
      type: 'start',
      baseUrl: options.baseUrl,
      postId: options.postId,
      cacheDbName: options.cacheDbName,
      accessToken: auth.accessToken(),
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    });
  });
}
