import type { z } from 'zod';
import {
  ApiErrorBody,
  apiRoutes,
  ChangesPage,
  DeviceState,
  NO_PROGRESS,
  PushResponse,
  SnapshotPage,
  syncRoutes,
  type PushRequest,
} from '@shared/api';
import type { DeviceId } from '@shared/domain';
import type { SyncTransport, TransportError } from '@shared/sync';
import { err, ok, type Result } from '@shared/util/result';
import type { FetchLike } from './api-client';
import { sendWithSession, type TransportAuth } from './session-auth';

export type { TransportAuth } from './session-auth';

export type HttpSyncTransportOptions = {
  baseUrl: string;
  postId: string;
  deviceId: DeviceId;
  auth: TransportAuth;
  fetch?: FetchLike;
  timeoutMs?: number;
  /** For Retry-After given as an HTTP date. */
  now?: () => number;
};

export const SYNC_TIMEOUT_MS = 20_000;

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3); anything else is ignored. */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

type Attempt =
  { kind: 'response'; response: Response; body: unknown } | { kind: 'failed'; error: TransportError };

/** /sync/v1 over fetch. Every answer is parsed with the shared schema; nothing else is believed. */
export class HttpSyncTransport implements SyncTransport {
  private readonly baseUrl: string;
  private readonly fetchImpl: FetchLike;
  private readonly timeoutMs: number;
  private readonly now: () => number;

  constructor(private readonly options: HttpSyncTransportOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? SYNC_TIMEOUT_MS;
    this.now = options.now ?? Date.now;
  }

  push(request: PushRequest): Promise<Result<PushResponse, TransportError>> {
    return this.call('POST', syncRoutes.decisions, PushResponse, request);
  }

  pull(cursor: string): Promise<Result<ChangesPage, TransportError>> {
    const query = new URLSearchParams({ postId: this.options.postId, cursor });
    return this.call('GET', `${syncRoutes.changes}?${query.toString()}`, ChangesPage);
  }

  snapshot(pageToken: string | null): Promise<Result<SnapshotPage, TransportError>> {
    const query = new URLSearchParams({ postId: this.options.postId });
    if (pageToken !== null) query.set('pageToken', pageToken);
    return this.call('GET', `${apiRoutes.snapshot}?${query.toString()}`, SnapshotPage);
  }

  async deviceState(): Promise<Result<DeviceState, TransportError>> {
    const { deviceId } = this.options;
    const path = syncRoutes.device.replace(':deviceId', encodeURIComponent(deviceId));
    const answer = await this.call('GET', path, DeviceState);
    // A device that never pushed is unknown to the server: it has processed nothing of ours.
    if (!answer.ok && answer.error.status === 404 && answer.error.code === 'NOT_FOUND') {
      return ok({ deviceId, ...NO_PROGRESS });
    }
    return answer;
  }

  private async call<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    schema: S,
    body?: unknown,
  ): Promise<Result<z.infer<S>, TransportError>> {
    const attempt = await sendWithSession(
      this.options.auth,
      (token) => this.send(method, path, token, body),
      (sent) => sent.kind === 'response' && sent.response.status === 401,
    );
    if (attempt.kind === 'failed') return err(attempt.error);
    const { response, body: json } = attempt;
    if (!response.ok) {
      const parsed = ApiErrorBody.safeParse(json);
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
      return err({
        kind: 'http',
        status: response.status,
        ...(parsed.success ? { code: parsed.data.error.code } : {}),
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      });
    }
    const parsed = schema.safeParse(json);
    // A 2xx we cannot read is treated like a bad gateway: retried with backoff, never believed.
    if (!parsed.success) return err({ kind: 'http', status: response.status, code: 'BAD_RESPONSE' });
    return ok(parsed.data);
  }

  private async send(
    method: 'GET' | 'POST',
    path: string,
    token: string | null,
    body?: unknown,
  ): Promise<Attempt> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      const response = await this.fetchImpl(`${this.baseUrl}${path}`, {
        method,
        headers,
        signal: controller.signal,
        cache: 'no-store',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      let json: unknown = null;
      try {
        json = await response.json();
      } catch {
        // Not JSON: the schema check below refuses it.
      }
      if (timedOut) return { kind: 'failed', error: { kind: 'timeout' } };
      return { kind: 'response', response, body: json };
    } catch {
      return { kind: 'failed', error: { kind: timedOut ? 'timeout' : 'network' } };
    } finally {
      clearTimeout(timer);
    }
  }
}
