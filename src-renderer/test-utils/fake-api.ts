import type { Declaration } from '@shared/domain';
import type { FetchLike } from '../sync';

export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export type FakeSnapshotServer = {
  fetch: FetchLike;
  /** Every URL requested, in order. */
  requests: string[];
  /** Makes the request with this index (0-based) answer with `respond` instead. */
  failAt: (index: number, respond: () => Promise<Response>) => void;
};

/**
 * A central API serving one post's snapshot in pages of `pageSize`, with page tokens "p1", "p2"…
 * Enough of the real contract for the client, nothing more.
 */
export function fakeSnapshotServer(
  postId: string,
  declarations: Declaration[],
  pageSize: number,
): FakeSnapshotServer {
  const requests: string[] = [];
  const failures = new Map<number, () => Promise<Response>>();
  const fetch: FetchLike = async (input) => {
    const index = requests.push(input) - 1;
    const failure = failures.get(index);
    if (failure) return failure();
    const url = new URL(input);
    const page = Number((url.searchParams.get('pageToken') ?? 'p0').slice(1));
    const slice = declarations.slice(page * pageSize, (page + 1) * pageSize);
    const more = (page + 1) * pageSize < declarations.length;
    return json({
      postId,
      watermark: 'wm-7',
      total: declarations.length,
      declarations: slice,
      nextPageToken: more ? `p${page + 1}` : null,
    });
  };
  return { fetch, requests, failAt: (index, respond) => failures.set(index, respond) };
}
