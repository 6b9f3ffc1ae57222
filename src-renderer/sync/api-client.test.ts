import { describe, expect, it } from 'vitest';
import { json } from '../test-utils/fake-api';
import { makePost } from '../test-utils/fixtures';
import { createApiClient, type FetchLike } from './api-client';

const client = (fetch: FetchLike, timeoutMs?: number) =>
  createApiClient({ baseUrl: 'http://127.0.0.1:4010/', fetch, ...(timeoutMs ? { timeoutMs } : {}) });

describe('the API client', () => {
  it('parses a well-formed answer and builds the URL from the shared routes', async () => {
    const urls: string[] = [];
    const api = client(async (url) => {
      urls.push(url);
      return json({ posts: [makePost()] });
    });
    expect(await api.getPosts()).toMatchObject({ ok: true, value: { posts: [{ id: 'KR-ICN' }] } });
    await api.getSnapshotPage({ postId: 'KR-ICN', pageToken: 'abc', limit: 50 });
    expect(urls).toEqual([
      'http://127.0.0.1:4010/api/v1/posts',
      'http://127.0.0.1:4010/sync/v1/snapshot?postId=KR-ICN&pageToken=abc&limit=50',
    ]);
  });

  it('reports a non-2xx answer with the server error body', async () => {
    const api = client(async () => json({ error: { code: 'POST_UNKNOWN', message: 'No such post' } }, 404));
    expect(await api.getPosts()).toEqual({
      ok: false,
      error: { kind: 'http', status: 404, code: 'POST_UNKNOWN', message: 'No such post' },
    });
  });

  it('reports a non-2xx answer without an error body by its status', async () => {
    const api = client(async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(await api.getPosts()).toEqual({
      ok: false,
      error: { kind: 'http', status: 502, code: 'HTTP_502', message: null },
    });
  });

  it('reports a body that is not JSON, or not the contract, as a bad response', async () => {
    expect(await client(async () => new Response('not json')).getPosts()).toMatchObject({
      ok: false,
      error: { kind: 'bad-response' },
    });
    expect(await client(async () => json({ posts: [{ id: 7 }] })).getPosts()).toMatchObject({
      ok: false,
      error: { kind: 'bad-response', detail: expect.stringContaining('posts.0') },
    });
  });

  it('reports a network failure', async () => {
    const api = client(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await api.getPosts()).toEqual({
      ok: false,
      error: { kind: 'network', detail: 'TypeError: Failed to fetch' },
    });
  });

  it('abandons a request that outlives its timeout', async () => {
    const hanging: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    expect(await client(hanging, 20).getPosts()).toEqual({
      ok: false,
      error: { kind: 'timeout', timeoutMs: 20 },
    });
  });
});
