import type {
  DeviceProgress,
  Change,
  ChangesPage,
  DeviceState,
  PushItemResult,
  PushRequest,
  PushResponse,
  StoredOutcome,
} from '../../api/sync-v1';
import { isProgressBehind, PROGRESS_LOST } from '../../api/sync-v1';
import type { SnapshotPage } from '../../api/snapshot';
import { PostId } from '../../domain/ids';
import type { DeclarationId } from '../../domain/ids';
import type { Declaration } from '../../domain/declaration';
import { DecisionKind, type DecisionCommand, type DecisionId, type DeviceId } from '../../domain/decision';
import type { Result } from '../../util/result';
import { err, ok } from '../../util/result';
import { decisionEffect, transition } from '../../domain/decision-rules';
import type { TransportError } from '../ports';
import { POST_ID } from './fixtures';

/**
 * A pure, in-memory reference of the /sync/v1 server for the model test: the rules the real
 * server (src-server) must also follow, small enough to trust by reading. Values are immutable,
 * so a backup is a copy of the maps.
 */

/** Kinds that close a declaration: only one of these may ever take effect on it. */
export const FINAL_KINDS: ReadonlySet<DecisionKind> = new Set<DecisionKind>(
  DecisionKind.options.filter((kind) => decisionEffect(kind).final),
);

type LogEntry = { pos: number; change: Change };

export type ServerState = {
  declarations: Map<DeclarationId, Declaration>;
  /** The dedupe map: every decision ever processed and its first outcome. Kept forever. */
  decisions: Map<DecisionId, { command: DecisionCommand; outcome: StoredOutcome }>;
  finalDecision: Map<DeclarationId, DecisionId>;
  /** Each applied effect, in order: the invariant "at most one effect per decision" reads it. */
  effects: DecisionId[];
  log: LogEntry[];
  head: number;
  /** Positions at or below this have been trimmed: older cursors get 410. */
  trimmedThrough: number;
  lastProcessedSeq: Map<DeviceId, number>;
  /** Dedupe records per device, counted as each is claimed (see DeviceProgress). */
  processedCount: Map<DeviceId, number>;
};

const SNAPSHOT_PAGE = 3;
const PULL_PAGE = 4;

function copy(state: ServerState): ServerState {
  return {
    declarations: new Map(state.declarations),
    decisions: new Map(state.decisions),
    finalDecision: new Map(state.finalDecision),
    effects: [...state.effects],
    log: [...state.log],
    head: state.head,
    trimmedThrough: state.trimmedThrough,
    lastProcessedSeq: new Map(state.lastProcessedSeq),
    processedCount: new Map(state.processedCount),
  };
}

const gone = (): Result<never, TransportError> => err({ kind: 'http', status: 410, code: 'CURSOR_EXPIRED' });

const internalError = (): Result<never, TransportError> => err({ kind: 'http', status: 500 });

export class ReferenceServer {
  private state: ServerState;
  /**
   * Declarations whose new decisions make the server fail (a bug, bad data): a push that reaches
   * one answers 500 every time, after committing the decisions before it in the batch, as the
   * real server's one-transaction-per-decision loop would. Not part of a backup: it is the code
   * that is broken, not the data.
   */
  private poisoned = new Set<DeclarationId>();
  /** Bumped by a restore: cursors of another generation are answered 410. */
  private generation = 1;
  private nowMs = Date.UTC(2026, 0, 5, 0, 0, 0);

  constructor(initial: readonly Declaration[]) {
    this.state = {
      declarations: new Map(initial.map((d) => [d.id, d])),
      decisions: new Map(),
      finalDecision: new Map(),
      effects: [],
      log: [],
      head: 0,
      trimmedThrough: 0,
      lastProcessedSeq: new Map(),
      processedCount: new Map(),
    };
  }

  get view(): Readonly<ServerState> {
    return this.state;
  }

  advanceTime(ms: number): void {
    this.nowMs += ms;
  }

  backup(): ServerState {
    return copy(this.state);
  }

  /** Restores an earlier backup. Server time keeps going; cursors from before become invalid. */
  restore(backup: ServerState): void {
    this.state = copy(backup);
    this.generation += 1;
  }

  /** Drops change-log entries so that cursors at or before `keepLast` entries ago expire. */
  trimLog(keepLast: number): void {
    const cut = Math.max(this.state.trimmedThrough, this.state.head - keepLast);
    this.state.log = this.state.log.filter((entry) => entry.pos > cut);
    this.state.trimmedThrough = cut;
  }

  /** Decodes a cursor for the model's monotonicity check. */
  cursorPosition(cursor: string): { generation: number; pos: number } {
    const [generation, pos] = cursor.split(':').map(Number);
    return { generation: generation ?? 0, pos: pos ?? 0 };
  }

  private tick(): string {
    this.nowMs += 1000;
    return new Date(this.nowMs).toISOString();
  }

  private record(change: Change): void {
    this.state.head += 1;
    this.state.log.push({ pos: this.state.head, change });
  }

  private put(next: Declaration): void {
    this.state.declarations.set(next.id, next);
    this.record({ kind: 'upsert', declaration: next });
  }

  register(declaration: Declaration): void {
    this.put(declaration);
  }

  /** An amendment by the declarant or another office: a new version with a changed field. */
  amend(id: DeclarationId): void {
    const current = this.state.declarations.get(id);
    if (current === undefined) return;
    this.put({ ...current, riskScore: (current.riskScore + 7) % 101, version: current.version + 1 });
  }

  withdraw(id: DeclarationId): void {
    const current = this.state.declarations.get(id);
    if (current === undefined) return;
    this.state.declarations.delete(id);
    this.record({ kind: 'tombstone', declarationId: id, version: current.version + 1, reason: 'withdrawn' });
  }

  poison(id: DeclarationId): void {
    this.poisoned.add(id);
  }

  cure(): void {
    this.poisoned.clear();
  }

  get poisonedDeclarations(): ReadonlySet<DeclarationId> {
    return this.poisoned;
  }

  /**
   * Like src-server's push route: a device told of more progress than the server has is refused
   * (409, PROGRESS_LOST); otherwise each decision commits on its own, and `lastProcessedSeq` is
   * raised once the whole batch has been processed (a batch that fails midway raises nothing).
   */
  push(request: PushRequest): Result<PushResponse, TransportError> {
    const known = request.knownProgress;
    if (known !== undefined && isProgressBehind(this.progress(request.deviceId), known)) {
      return err({ kind: 'http', status: 409, code: PROGRESS_LOST });
    }
    const results: PushItemResult[] = [];
    let highest = 0;
    for (const command of request.decisions) {
      const result = this.processOne(command);
      if (result === null) return internalError();
      results.push(result);
      highest = Math.max(highest, command.seq);
    }
    const previous = this.state.lastProcessedSeq.get(request.deviceId) ?? 0;
    const lastProcessedSeq = Math.max(previous, highest);
    this.state.lastProcessedSeq.set(request.deviceId, lastProcessedSeq);
    return ok({ results, ...this.progress(request.deviceId) });
  }

  /** null: the server failed on this command (poison) and stored nothing for it. */
  private processOne(command: DecisionCommand): PushItemResult | null {
    const seen = this.state.decisions.get(command.decisionId);
    if (seen === undefined && this.poisoned.has(command.declarationId)) return null;
    if (seen !== undefined) {
      // A DUPLICATE only for the same command: an id reused by another device or seq is refused,
      // so that it can never borrow (and hide behind) another decision's outcome.
      if (seen.command.deviceId === command.deviceId && seen.command.seq === command.seq) {
        return { outcome: 'DUPLICATE', decisionId: command.decisionId, stored: seen.outcome };
      }
      return {
        outcome: 'REJECTED',
        decisionId: command.decisionId,
        code: 'DECISION_ID_REUSED',
        message: 'This id belongs to another command.',
      };
    }
    const outcome = this.decideOutcome(command);
    // The claim of the id and the effect happen together (one transaction on the real server).
    this.state.decisions.set(command.decisionId, { command, outcome });
    const count = this.state.processedCount.get(command.deviceId) ?? 0;
    this.state.processedCount.set(command.deviceId, count + 1);
    return outcome;
  }

  private decideOutcome(command: DecisionCommand): StoredOutcome {
    const { decisionId } = command;
    const current = this.state.declarations.get(command.declarationId);
    if (current === undefined) {
      return {
        outcome: 'REJECTED',
        decisionId,
        code: 'NOT_FOUND',
        message: 'No such declaration at this post.',
      };
    }
    const winner = this.state.finalDecision.get(current.id);
    const winning = winner === undefined ? undefined : this.state.decisions.get(winner);
    if (winning !== undefined && winning.outcome.outcome === 'APPLIED') {
      const { command: won } = winning;
      return {
        outcome: 'CONFLICT',
        decisionId,
        reason: 'ALREADY_DECIDED',
        competing: {
          decisionId: won.decisionId,
          kind: won.kind,
          officerId: won.officerId,
          recordedAt: winning.outcome.recordedAt,
        },
      };
    }
    if (command.baseVersion !== current.version) {
      return {
        outcome: 'CONFLICT',
        decisionId,
        reason: 'AMENDED_SINCE_VIEWED',
        currentVersion: current.version,
        changes: [{ field: 'version', before: command.baseVersion, after: current.version }],
      };
    }
    if (command.kind === 'reject' && command.reasonCode === null) {
      return {
        outcome: 'REJECTED',
        decisionId,
        code: 'REASON_REQUIRED',
        message: 'A rejection needs a reason.',
      };
    }
    // The same rule table as the real server (shared/domain/decision-rules.ts).
    const effect = transition(command.kind, current.status);
    if (effect === null) {
      return { outcome: 'CONFLICT', decisionId, reason: 'STATE_INVALID', status: current.status };
    }
    const next: Declaration = {
      ...current,
      status: effect.to,
      lane: effect.lane === 'kept' ? current.lane : effect.lane,
      version: current.version + 1,
    };
    this.put(next);
    this.state.effects.push(decisionId);
    if (FINAL_KINDS.has(command.kind)) this.state.finalDecision.set(current.id, decisionId);
    return {
      outcome: 'APPLIED',
      decisionId,
      declarationVersion: next.version,
      status: next.status,
      recordedAt: this.tick(),
    };
  }

  deviceState(deviceId: DeviceId): DeviceState {
    return { deviceId, ...this.progress(deviceId) };
  }

  private progress(deviceId: DeviceId): DeviceProgress {
    return {
      lastProcessedSeq: this.state.lastProcessedSeq.get(deviceId) ?? 0,
      processedCount: this.state.processedCount.get(deviceId) ?? 0,
    };
  }

  private cursor(pos: number): string {
    return `${this.generation}:${pos}`;
  }

  pull(cursor: string): Result<ChangesPage, TransportError> {
    const { generation, pos } = this.cursorPosition(cursor);
    if (generation !== this.generation || pos < this.state.trimmedThrough || pos > this.state.head)
      return gone();
    const entries = this.state.log.filter((entry) => entry.pos > pos).slice(0, PULL_PAGE);
    const last = entries.at(-1)?.pos ?? pos;
    return ok({
      cursor,
      changes: entries.map((entry) => entry.change),
      nextCursor: this.cursor(last),
      hasMore: last < this.state.head,
    });
  }

  /**
   * Pages of the current declarations. Later pages may show versions newer than the watermark;
   * the deltas from the watermark then repeat them, and the client ignores what it already has.
   */
  snapshot(pageToken: string | null): Result<SnapshotPage, TransportError> {
    const [generation, watermark, offset] = (pageToken ?? `${this.generation}:${this.state.head}:0`)
      .split(':')
      .map(Number);
    if (generation !== this.generation || watermark === undefined || offset === undefined) return gone();
    const all = [...this.state.declarations.values()].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    const end = offset + SNAPSHOT_PAGE;
    return ok({
      postId: PostId.parse(POST_ID),
      watermark: this.cursor(watermark),
      total: all.length,
      declarations: all.slice(offset, end),
      nextPageToken: end < all.length ? `${generation}:${watermark}:${end}` : null,
    });
  }
}
