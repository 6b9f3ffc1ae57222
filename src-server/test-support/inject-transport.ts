import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { z } from 'zod';
import type { Session } from '@shared/api/auth-v1';
import { ApiErrorBody } from '@shared/api/errors';
import { apiRoutes } from '@shared/api/routes';
import { SnapshotPage } from '@shared/api/snapshot';
import { ChangesPage, DeviceState, PushResponse, syncRoutes, type PushRequest } from '@shared/api/sync-v1';
import type { DeviceId } from '@shared/domain/decision';
import type { SyncTransport, TransportError } from '@shared/sync/ports';
import { err, ok, type Result } from '@shared/util/result';
import { bearer } from './sessions';

/** Thrown by a push after the server committed: the test drops the engine, as a crash would. */
export class CrashAfterCommit extends Error {}

/** What happens to the next push's answer: lost on the way back, or the device dies waiting. */
export type AnswerFault = 'lost-after-commit' | 'crash-after-commit';

const offline = (): Result<never, TransportError> => err({ kind: 'network' });

/**
 * /sync/v1 of the real server in process (`app.inject`), for the session of one officer on one
 * device: the renderer's HttpSyncTransport without sockets. Answers are parsed with the shared
 * schemas; a 2xx that does not parse is a server bug and throws. Pages are small, so that a few
 * declarations already take several pages.
 */
export class InjectSyncTransport implements SyncTransport {
  online = true;
  answerFaults: AnswerFault[] = [];

  constructor(
    private readonly app: FastifyInstance,
    private readonly session: Session,
    private readonly deviceId: DeviceId,
    private readonly pageLimit = 3,
  ) {}

  async push(request: PushRequest): Promise<Result<PushResponse, TransportError>> {
    if (!this.online) return offline();
    const fault = this.answerFaults.shift();
    const answer = await this.call('POST', syncRoutes.decisions, PushResponse, request);
    if (fault === 'lost-after-commit') return err({ kind: 'timeout' });
    if (fault === 'crash-after-commit') throw new CrashAfterCommit('crash after the server committed');
    return answer;
  }

  async pull(cursor: string): Promise<Result<ChangesPage, TransportError>> {
    const query = new URLSearchParams({ postId: this.postId, cursor, limit: String(this.pageLimit) });
    return this.online ? this.call('GET', `${syncRoutes.changes}?${query}`, ChangesPage) : offline();
  }

  async snapshot(pageToken: string | null): Promise<Result<SnapshotPage, TransportError>> {
    const query = new URLSearchParams({ postId: this.postId, limit: String(this.pageLimit) });
    if (pageToken !== null) query.set('pageToken', pageToken);
    return this.online ? this.call('GET', `${apiRoutes.snapshot}?${query}`, SnapshotPage) : offline();
  }

  async deviceState(): Promise<Result<DeviceState, TransportError>> {
    const path = syncRoutes.device.replace(':deviceId', encodeURIComponent(this.deviceId));
    return this.online ? this.call('GET', path, DeviceState) : offline();
  }

  private get postId(): string {
    return this.session.officer.postId;
  }

  private async call<S extends z.ZodType>(
    method: 'GET' | 'POST',
    url: string,
    schema: S,
    payload?: object,
  ): Promise<Result<z.infer<S>, TransportError>> {
    const response = await this.app.inject({
      method,
      url,
      headers: bearer(this.session),
      ...(payload === undefined ? {} : { payload }),
    });
    if (response.statusCode < 200 || response.statusCode > 299) return err(transportError(response));
    const parsed = schema.safeParse(response.json());
    if (!parsed.success)
      throw new Error(`${method} ${url} answered what the schema refuses: ${response.body}`);
    return ok(parsed.data);
  }
}

/** The status, the error body's code and a Retry-After in seconds, as the renderer's transport reads them. */
function transportError(response: LightMyRequestResponse): TransportError {
  const body = ApiErrorBody.safeParse(safeJson(response));
  const retryAfter = response.headers['retry-after'];
  const seconds = typeof retryAfter === 'string' && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
  return {
    kind: 'http',
    status: response.statusCode,
    ...(body.success ? { code: body.data.error.code } : {}),
    ...(seconds === undefined ? {} : { retryAfterMs: seconds * 1000 }),
  };
}

function safeJson(response: LightMyRequestResponse): unknown {
  try {
    return response.json();
  } catch {
    return null;
  }
}
