import type { ChangesPage, DeviceState, PushRequest, PushResponse } from '../../api/sync-v1';
import type { SnapshotPage } from '../../api/snapshot';
import type { DeviceId } from '../../domain/decision';
import type { OfficerId } from '../../domain/ids';
import type { Result } from '../../util/result';
import { err, ok } from '../../util/result';
import type { SyncTransport, TransportError } from '../ports';
import type { ReferenceServer } from './reference-server';

/** Thrown by a push after the server committed: the test then drops the engine, as a crash would. */
export class CrashSignal extends Error {}

/** One-shot faults, consumed by the next push. */
export type PushFault =
  | { kind: 'timeout-after-commit' }
  | { kind: 'http'; status: number; retryAfterMs?: number }
  | { kind: 'replay-last-response' }
  | { kind: 'crash-after-commit' }
  /** The server is restored from a backup just before this push reaches it: after the device checked. */
  | { kind: 'restore-first'; restore: () => void };

const offline = (): Result<never, TransportError> => err({ kind: 'network' });

/**
 * The reference server behind a network that can go down, lose, repeat and delay answers, as the
 * session of `officerId` on `deviceId` (the officer signed in on the device: change it to sign
 * another one in).
 */
export class FaultyTransport implements SyncTransport {
  online = true;
  pushFaults: PushFault[] = [];
  private lastResponse: PushResponse | null = null;

  constructor(
    private readonly server: ReferenceServer,
    private readonly deviceId: DeviceId,
    public officerId: OfficerId,
  ) {}

  async push(request: PushRequest): Promise<Result<PushResponse, TransportError>> {
    if (!this.online) return offline();
    const fault = this.pushFaults.shift();
    if (fault?.kind === 'http') {
      return err({
        kind: 'http',
        status: fault.status,
        ...(fault.retryAfterMs === undefined ? {} : { retryAfterMs: fault.retryAfterMs }),
      });
    }
    if (fault?.kind === 'replay-last-response' && this.lastResponse !== null) return ok(this.lastResponse);
    if (fault?.kind === 'restore-first') fault.restore();
    const answer = this.server.push(request, this.officerId);
    if (!answer.ok) return answer;
    const response = answer.value;
    this.lastResponse = response;
    if (fault?.kind === 'timeout-after-commit') return err({ kind: 'timeout' });
    if (fault?.kind === 'crash-after-commit') throw new CrashSignal('crash after the server committed');
    return ok(response);
  }

  async pull(cursor: string): Promise<Result<ChangesPage, TransportError>> {
    return this.online ? this.server.pull(cursor) : offline();
  }

  async snapshot(pageToken: string | null): Promise<Result<SnapshotPage, TransportError>> {
    return this.online ? this.server.snapshot(pageToken) : offline();
  }

  async deviceState(): Promise<Result<DeviceState, TransportError>> {
    return this.online ? ok(this.server.deviceState(this.deviceId, this.officerId)) : offline();
  }
}
