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
import { isProgressBehind, NO_PROGRESS, PROGRESS_LOST } from '../../api/sync-v1';
import type { SnapshotPage } from '../../api/snapshot';
import { PostId } from '../../domain/ids';
import type { DeclarationId, OfficerId } from '../../domain/ids';
import type { Declaration } from '../../domain/declaration';
import { DecisionKind, type DecisionCommand, type DecisionId, type DeviceId } from '../../domain/decision';
import type { Result } from '../../util/result';
import { err, ok } from '../../util/result';
import { decisionEffect } from '../../domain/decision-rules';
import type { TransportError } from '../ports';
import { POST_ID } from './fixtures';
import { judge, sameCommand } from './reference-judge';
import type { Amendment, Judgement, PublishedPacks, Recorded } from './reference-judge';
import type { PackOf } from '../../api/reference-v1';
import type { Jurisdiction, Role } from '../../domain/post';
import type { Actor } from '../../domain/role-matrix';

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

/** Progress is kept per device AND officer: the key of one officer's commands on one device. */
export function progressKey(deviceId: DeviceId, officerId: OfficerId): string {
  return `${deviceId} ${officerId}`;
}

const seqKey = (command: DecisionCommand): string =>
  `${progressKey(command.deviceId, command.officerId)} ${command.seq}`;

export type ServerState = {
  declarations: Map<DeclarationId, Declaration>;
  /** The dedupe map: every decision ever claimed and its first outcome. Kept forever. */
  decisions: Map<DecisionId, Recorded>;
  /** The one decision that holds each (device, officer, seq). */
  seqs: Map<string, DecisionId>;
  finalDecision: Map<DeclarationId, DecisionId>;
  /** What each amendment changed, for AMENDED_SINCE_VIEWED. */
  amendments: Map<DeclarationId, readonly Amendment[]>;
  /** Each applied effect, in order: the invariant "at most one effect per decision" reads it. */
  effects: DecisionId[];
  log: LogEntry[];
  head: number;
  /** Positions at or below this have been trimmed: older cursors get 410. */
  trimmedThrough: number;
  /** Per `progressKey`, raised as each command is claimed (see DeviceProgress). */
  progress: Map<string, DeviceProgress>;
  /** Reference packs published per jurisdiction (issue 9): what a decision's assessment is verified with. */
  packs: Map<Jurisdiction, PublishedPacks>;
};

const SNAPSHOT_PAGE = 3;
const PULL_PAGE = 4;

function copy(state: ServerState): ServerState {
  return {
    declarations: new Map(state.declarations),
    decisions: new Map(state.decisions),
    seqs: new Map(state.seqs),
    finalDecision: new Map(state.finalDecision),
    amendments: new Map(state.amendments),
    effects: [...state.effects],
    log: [...state.log],
    head: state.head,
    trimmedThrough: state.trimmedThrough,
    progress: new Map(state.progress),
    packs: new Map(state.packs),
  };
}

const gone = (): Result<never, TransportError> => err({ kind: 'http', status: 410, code: 'CURSOR_EXPIRED' });

const internalError = (): Result<never, TransportError> => err({ kind: 'http', status: 500 });

/** A refusal: answered, never claimed, so it stores nothing and moves no progress. */
function refused(command: DecisionCommand, code: string, message: string): PushItemResult {
  return { outcome: 'REJECTED', decisionId: command.decisionId, code, message };
}

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
      seqs: new Map(),
      finalDecision: new Map(),
      amendments: new Map(),
      effects: [],
      log: [],
      head: 0,
      trimmedThrough: 0,
      progress: new Map(),
      packs: new Map(),
    };
  }

  /** Publishes a tariff, rates or taxes pack as the next version of its kind; returns the version. */
  publish(pack: PackOf<'tariff'> | PackOf<'rates'> | PackOf<'taxes'>): number {
    const held = this.state.packs.get(pack.jurisdiction) ?? { tariff: [], rates: [], taxes: [] };
    const next: PublishedPacks =
      pack.kind === 'tariff'
        ? { ...held, tariff: [...held.tariff, pack] }
        : pack.kind === 'rates'
          ? { ...held, rates: [...held.rates, pack] }
          : { ...held, taxes: [...held.taxes, pack] };
    this.state.packs.set(pack.jurisdiction, next);
    return next[pack.kind].length;
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
    const next = { ...current, riskScore: (current.riskScore + 7) % 101, version: current.version + 1 };
    const amendment = {
      version: next.version,
      changes: [{ field: 'riskScore', before: current.riskScore, after: next.riskScore }],
    };
    this.state.amendments.set(id, [...(this.state.amendments.get(id) ?? []), amendment]);
    this.put(next);
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
   * Like src-server's push route, for the session of `officerId` on `request.deviceId`: a device
   * told of more progress than the server has is refused (409, PROGRESS_LOST); otherwise each
   * decision is claimed and judged on its own, and each claim raises that device's and officer's
   * progress with it (a batch that fails midway keeps what it claimed before).
   */
  push(
    request: PushRequest,
    officerId: OfficerId,
    role: Role = 'officer',
  ): Result<PushResponse, TransportError> {
    const key = progressKey(request.deviceId, officerId);
    const known = request.knownProgress;
    if (known !== undefined && isProgressBehind(this.progressOf(key), known)) {
      return err({ kind: 'http', status: 409, code: PROGRESS_LOST });
    }
    const results: PushItemResult[] = [];
    for (const command of request.decisions) {
      const result =
        command.officerId === officerId && command.deviceId === request.deviceId
          ? this.processOne(command, { officerId, role })
          : refused(command, 'IDENTITY_MISMATCH', 'Made by another officer or device than this session.');
      if (result === null) return internalError();
      results.push(result);
    }
    return ok({ results, ...this.progressOf(key), officerId });
  }

  /**
   * null: the server failed on this command (poison) and stored nothing for it. An id or a seq
   * already claimed is answered without claiming anything: DUPLICATE only for the very same
   * command, else REJECTED, so that another command can never borrow (and hide behind) a
   * decision's outcome.
   */
  private processOne(command: DecisionCommand, actor: Actor): PushItemResult | null {
    const seen = this.state.decisions.get(command.decisionId);
    if (seen !== undefined) {
      return sameCommand(seen.command, command)
        ? { outcome: 'DUPLICATE', decisionId: command.decisionId, stored: seen.outcome }
        : refused(command, 'DECISION_ID_REUSED', 'This id belongs to another command.');
    }
    const holder = this.state.seqs.get(seqKey(command));
    if (holder !== undefined) {
      return refused(command, 'SEQ_REUSED', `This seq of this device already names ${holder}.`);
    }
    if (this.poisoned.has(command.declarationId)) return null;
    const judgement = judge(this.state, command, actor);
    const outcome =
      judgement.kind === 'answer' ? judgement.outcome : this.apply(command.decisionId, judgement);
    // The claim of the id and seq, the progress and the effect happen together (one transaction
    // on the real server).
    this.state.decisions.set(command.decisionId, { command, outcome });
    this.state.seqs.set(seqKey(command), command.decisionId);
    const key = progressKey(command.deviceId, command.officerId);
    const before = this.progressOf(key);
    this.state.progress.set(key, {
      lastProcessedSeq: Math.max(before.lastProcessedSeq, command.seq),
      processedCount: before.processedCount + 1,
    });
    return outcome;
  }

  private apply(decisionId: DecisionId, judgement: Extract<Judgement, { kind: 'apply' }>): StoredOutcome {
    const { next } = judgement;
    this.put(next);
    this.state.effects.push(decisionId);
    if (judgement.final) this.state.finalDecision.set(next.id, decisionId);
    return {
      outcome: 'APPLIED',
      decisionId,
      declarationVersion: next.version,
      status: next.status,
      recordedAt: this.tick(),
    };
  }

  /** What GET /sync/v1/devices/:id answers the session of `officerId` on `deviceId`. */
  deviceState(deviceId: DeviceId, officerId: OfficerId): DeviceState {
    return { deviceId, ...this.progressOf(progressKey(deviceId, officerId)), officerId };
  }

  private progressOf(key: string): DeviceProgress {
    return this.state.progress.get(key) ?? NO_PROGRESS;
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
