import type { z } from 'zod';
import { ApiErrorBody, apiRoutes, PostsResponse, SnapshotPage } from '@shared/api';
import { sendWithSession, type TransportAuth } from './session-auth';
import type { SyncError, SyncResult } from './sync-error';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type ApiClientOptions = {
  baseUrl: string;
  fetch?: FetchLike;
  /** A request (headers and body) that takes longer is abandoned; posts work on poor links. */
  timeoutMs?: number;
  /** The signed-in session: both endpoints answer 401 without its Bearer token. */
  auth?: TransportAuth;
};

export type SnapshotRequest = { postId: string; pageToken?: string | null; limit?: number };

export type ApiClient = {
  getPosts: () => Promise<SyncResult<PostsResponse>>;
  getSnapshotPage: (request: SnapshotRequest) => Promise<SyncResult<SnapshotPage>>;
};

export const DEFAULT_TIMEOUT_MS = 30_000;

function describe(cause: unknown): string {
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
}

async function readJson(response: Response): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: await response.json() };
  } catch {
    return { ok: false };
  }
}

function httpError(status: number, body: unknown): SyncError {
  const parsed = ApiErrorBody.safeParse(body);
  return parsed.success
    ? { kind: 'http', status, code: parsed.data.error.code, message: parsed.data.error.message }
    : { kind: 'http', status, code: `HTTP_${status}`, message: null };
}

const noSession: TransportAuth = { accessToken: () => null, refresh: async () => false, signedOut: () => {} };

/** The central API over fetch. Every answer is parsed with its shared schema before use. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const auth = options.auth ?? noSession;

  function getJson<S extends z.ZodType>(path: string, schema: S): Promise<SyncResult<z.infer<S>>> {
    return sendWithSession(
      auth,
      (token) => getJsonWith(token, path, schema),
      (answer) => !answer.ok && answer.error.kind === 'http' && answer.error.status === 401,
    );
  }

  async function getJsonWith<S extends z.ZodType>(
    token: string | null,
    path: string,
    schema: S,
  ): Promise<SyncResult<z.infer<S>>> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      let response: Response;
      try {
        response = await fetchImpl(`${baseUrl}${path}`, {
          signal: controller.signal,
          headers: {
            accept: 'application/json',
            ...(token === null ? {} : { authorization: `Bearer ${token}` }),
          },
          // The snapshot must come from the server, never from an HTTP cache.
          cache: 'no-store',
        });
      } catch (cause) {
        return {
          ok: false,
          error: timedOut ? { kind: 'timeout', timeoutMs } : { kind: 'network', detail: describe(cause) },
        };
      }
      const json = await readJson(response);
      if (timedOut) return { ok: false, error: { kind: 'timeout', timeoutMs } };
      if (!response.ok) return { ok: false, error: httpError(response.status, json.ok ? json.body : null) };
      if (!json.ok)
        return { ok: false, error: { kind: 'bad-response', detail: `${path}: body is not JSON` } };
      const parsed = schema.safeParse(json.body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue ? `${issue.path.join('.')}: ${issue.message}` : 'unexpected shape';
        return { ok: false, error: { kind: 'bad-response', detail: `${path}: ${where}` } };
      }
      return { ok: true, value: parsed.data };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    getPosts: () => getJson(apiRoutes.posts, PostsResponse),
    getSnapshotPage: ({ postId, pageToken, limit }) => {
      const query = new URLSearchParams({ postId });
      if (pageToken) query.set('pageToken', pageToken);
      if (limit !== undefined) query.set('limit', String(limit));
      return getJson(`${apiRoutes.snapshot}?${query.toString()}`, SnapshotPage);
    },
  };
}
