import { describe, expect, it } from 'vitest';
import { FromFirstSyncWorker, ToFirstSyncWorker, type MessageEndpoint } from './protocol';
import { serveFirstSync } from './serve';

describe('the first-sync worker protocol', () => {
  it('accepts what each side sends and refuses what neither would', () => {
    const verdicts = {
      start: ToFirstSyncWorker.safeParse({
        type: 'start',
        baseUrl: 'http://127.0.0.1:4010',
        postId: 'KR-BUSAN',
        cacheDbName: 'border-post-cache',
        accessToken: null,
      }).success,
      startWithoutDatabase: ToFirstSyncWorker.safeParse({
        type: 'start',
        baseUrl: 'http://127.0.0.1:4010',
        postId: 'KR-BUSAN',
        accessToken: 't',
      }).success,
      finishedWithQuota: FromFirstSyncWorker.safeParse({
        type: 'finished',
        result: { ok: false, error: { kind: 'storage', detail: 'QuotaExceededError: full' } },
      }).success,
      finishedWithUnknownError: FromFirstSyncWorker.safeParse({
        type: 'finished',
        result: { ok: false, error: { kind: 'disk-on-fire' } },
      }).success,
      fractionalProgress: FromFirstSyncWorker.safeParse({ type: 'progress', received: 1.5, total: 3 })
        .success,
    };
    expect(verdicts).toEqual({
      start: true,
      startWithoutDatabase: false,
      finishedWithQuota: true,
      finishedWithUnknownError: false,
      fractionalProgress: false,
    });
  });

  it('has the worker ignore a message that does not parse, and a second start', async () => {
    const sent: unknown[] = [];
    const opened: string[] = [];
    const worker: MessageEndpoint = { onmessage: null, postMessage: (message) => sent.push(message) };
    serveFirstSync(worker, {
      openCache: (name) => {
        opened.push(name);
        throw new Error('stop here: only the opening is under test');
      },
    });
    const deliver = (data: unknown) => worker.onmessage?.(new MessageEvent('message', { data }));
    const start = {
      type: 'start',
      baseUrl: 'http://127.0.0.1:4010',
      postId: 'KR-BUSAN',
      accessToken: null,
    };
    deliver({ ...start, cacheDbName: '' });
    deliver({ type: 'begin' });
    deliver({ ...start, cacheDbName: 'first' });
    deliver({ ...start, cacheDbName: 'second' });
    await new Promise((resolve) => setTimeout(resolve));
    expect({ opened, sent }).toEqual({
      opened: ['first'],
      sent: [
        {
          type: 'finished',
          result: {
            ok: false,
            error: { kind: 'storage', detail: 'Error: stop here: only the opening is under test' },
          },
        },
      ],
    });
  });
});
