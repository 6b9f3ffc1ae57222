import type { ChangesPage } from '../api/sync-v1';
import { DecisionCommand } from '../domain/decision';
import type { DecisionId } from '../domain/decision';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import { idleBackoff, remainingWaitMs } from './backoff';
import { buildDecision, canSupersede } from './commands';
import type { DecisionInput } from './commands';
import { detailsProblem } from '../domain/decision-details';
import { awaitsAcknowledgement, entriesOf, isStuck, needsAttentionQueue } from './outbox';
import type { OutboxEntry } from './outbox';
import type { StoreError } from './ports';
import { applyPulledPage, pullOnce } from './pull-step';
import { pushOnce } from './push-step';
import { compactable } from './retention';
import { checkServer } from './restore-step';
import { DEFAULT_SYNC_CONFIG } from './step-context';
import type { StepContext, StepResult, SyncDeps, SyncFailure } from './step-context';

export type { SyncDeps, SyncFailure, StepResult } from './step-context';

export type CycleResult =
  | { status: 'synced' }
  /** The cycle's budget ran out with work left: call again. */
  | { status: 'incomplete' }
  | { status: 'backing-off'; waitMs: number; failure?: SyncFailure };

/**
 * Why a decision was not saved. `INVALID`: the command built from the officer's input is not one
 * the server could accept (DecisionCommand: a note with a NUL or an unpaired surrogate, a reason
 * code with a control character, a seq past MAX_SEQ); `message` names the fields and why.
 */
export type DecideError = {
  code: 'QUOTA_EXCEEDED' | 'STORAGE_FAILED' | 'NOT_CACHED' | 'NOT_SUPERSEDABLE' | 'INVALID';
  message: string;
};

export type SyncEngine = {
  /** Call once at start: the officer's push interrupted by a crash is pending again. */
  recover(): Promise<Result<void, StoreError>>;
  decide(input: DecisionInput): Promise<Result<OutboxEntry, DecideError>>;
  /** A new command that replaces a conflicted or rejected one. */
  redecide(
    superseded: DecisionId,
    input: Omit<DecisionInput, 'declarationId'>,
  ): Promise<Result<OutboxEntry, DecideError>>;
  /** Refers a conflicted or rejected decision to the supervisor: a new `refer` command. */
  escalate(
    superseded: DecisionId,
    input: Omit<DecisionInput, 'declarationId' | 'kind'>,
  ): Promise<Result<OutboxEntry, DecideError>>;
  /** The signed-in officer's queue; other officers' items wait for their sign-in. */
  needsAttention(): Promise<OutboxEntry[]>;
  /** The officer has seen this conflict or rejection of theirs; it leaves the queue for good. */
  acknowledge(id: DecisionId): Promise<Result<boolean, StoreError>>;
  /**
   * The officer's "Retry" on a stuck decision: its failure count starts again from 0, so it is sent
   * with the next push (and is stuck again only after failing `POISON_THRESHOLD` more times).
   * false when the entry is not stuck (any more).
   */
  retryStuck(id: DecisionId): Promise<Result<boolean, StoreError>>;
  /** One sync cycle: device state (restore check), push until drained, pull until caught up. */
  syncOnce(): Promise<CycleResult>;
  pushOnce(): Promise<StepResult>;
  pullOnce(): Promise<StepResult>;
  /** Applies a page pulled from `fromCursor`; exposed for the shell's poke path and for tests. */
  applyPulledPage(fromCursor: string, page: ChangesPage): Promise<Result<'applied' | 'stale', StoreError>>;
  /** Milliseconds until the next attempt is due, 0 when due now. */
  waitMs(): number;
};

export function createSyncEngine(deps: SyncDeps): SyncEngine {
  const ctx: StepContext = {
    store: deps.store,
    transport: deps.transport,
    clock: deps.clock,
    random: deps.random,
    deviceId: deps.deviceId,
    officerId: deps.officerId,
    config: { ...DEFAULT_SYNC_CONFIG, ...deps.config },
    memory: { backoff: idleBackoff, snapshotToken: undefined, stuckRetry: idleBackoff },
  };
  const { store } = ctx;
  /** This officer's entries: the engine sends, shows and changes no one else's. */
  const own = async (): Promise<OutboxEntry[]> =>
    entriesOf((await store.readOutbox()).entries, ctx.officerId);

  async function save(
    input: DecisionInput,
    replaces: OutboxEntry | null,
  ): Promise<Result<OutboxEntry, DecideError>> {
    const declaration = await store.readDeclaration(input.declarationId);
    if (declaration === undefined) {
      return err({
        code: 'NOT_CACHED',
        message: `Declaration ${input.declarationId} is not in the local cache.`,
      });
    }
    const { meta } = await store.readOutbox();
    const built = buildDecision({
      input,
      declaration,
      meta,
      deviceId: ctx.deviceId,
      nowMs: ctx.clock.now(),
      random: ctx.random,
      replaces,
    });
    // Checked before it is saved: an invalid command would sit on the device for good, refused by
    // the server on every push. Nothing is written, so the seq is not used up.
    const valid = DecisionCommand.safeParse(built.entry.command);
    if (!valid.success) {
      const issues = valid.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      return err({ code: 'INVALID', message: issues.join('; ') });
    }
    // The same rule the centre applies (DETAILS_INVALID): an assignment without an assignee or a
    // re-route to the lane it is in would otherwise wait on the device only to be refused.
    const details = detailsProblem(valid.data, declaration);
    if (details !== null) return err({ code: 'INVALID', message: details });
    const saved = await store.saveDecision(built.entry, built.overlay);
    if (!saved.ok) {
      return err({
        code: saved.error.kind === 'quota' ? 'QUOTA_EXCEEDED' : 'STORAGE_FAILED',
        message: saved.error.message,
      });
    }
    return ok(built.entry);
  }

  async function supersede(
    superseded: DecisionId,
    input: Omit<DecisionInput, 'declarationId'>,
  ): Promise<Result<OutboxEntry, DecideError>> {
    const { entries } = await store.readOutbox();
    const old = entries.find((entry) => entry.command.decisionId === superseded);
    if (old === undefined || !canSupersede(old, input.officerId, entries)) {
      return err({
        code: 'NOT_SUPERSEDABLE',
        message: "Only the officer's own conflicted or rejected decision can be replaced, once.",
      });
    }
    return save({ ...input, declarationId: old.command.declarationId }, old);
  }

  /**
   * Only the officer's own entries, just after this cycle checked the server for that officer: a
   * restore that lost another officer's decisions cannot be seen from this session, and compacting
   * them would lose them for good. They are kept until their officer signs in here again.
   */
  async function compact(): Promise<Result<void, StoreError>> {
    const { meta } = await store.readOutbox();
    const ids = compactable(await own(), meta, ctx.config.retentionMs);
    if (ids.length === 0) return ok(undefined);
    return store.applyOutboxPatch({ remove: ids, removeOverlays: ids });
  }

  function backingOff(failure?: SyncFailure): CycleResult {
    const waitMs = remainingWaitMs(ctx.memory.backoff, ctx.clock.now());
    return failure === undefined
      ? { status: 'backing-off', waitMs }
      : { status: 'backing-off', waitMs, failure };
  }

  return {
    async recover() {
      const inFlight = (await own()).filter((entry) => entry.state === 'in-flight');
      if (inFlight.length === 0) return ok(undefined);
      return store.applyOutboxPatch({ put: inFlight.map((entry) => ({ ...entry, state: 'pending' })) });
    },
    decide: (input) => save(input, null),
    redecide: supersede,
    escalate: (superseded, input) => supersede(superseded, { ...input, kind: 'refer' }),
    async needsAttention() {
      return needsAttentionQueue(await own());
    },
    async acknowledge(id) {
      const entry = (await own()).find((candidate) => candidate.command.decisionId === id);
      if (entry === undefined || !awaitsAcknowledgement(entry)) return ok(false);
      const written = await store.applyOutboxPatch({
        put: [{ ...entry, needsAttention: false, attentionShown: true }],
      });
      return written.ok ? ok(true) : written;
    },
    async retryStuck(id) {
      const entry = (await own()).find((candidate) => candidate.command.decisionId === id);
      if (entry === undefined || !isStuck(entry)) return ok(false);
      const written = await store.applyOutboxPatch({ put: [{ ...entry, serverFailures: 0 }] });
      return written.ok ? ok(true) : written;
    },
    async syncOnce() {
      if (remainingWaitMs(ctx.memory.backoff, ctx.clock.now()) > 0) return backingOff();
      const checked = await checkServer(ctx);
      if (checked.kind === 'failed') return backingOff(checked.failure);
      let drained = false;
      for (let i = 0; i < ctx.config.maxPushBatchesPerCycle && !drained; i += 1) {
        const step = await pushOnce(ctx);
        if (step.kind === 'failed') return backingOff(step.failure);
        drained = step.kind === 'done';
      }
      let caughtUp = false;
      for (let i = 0; i < ctx.config.maxPullPagesPerCycle && !caughtUp; i += 1) {
        const step = await pullOnce(ctx);
        if (step.kind === 'failed') return backingOff(step.failure);
        caughtUp = step.kind === 'done';
      }
      const compacted = await compact();
      if (!compacted.ok) return backingOff({ source: 'store', error: compacted.error });
      // Success resets the backoff only when the whole cycle went through: a server that answers
      // device state but fails every push must still see this post back off.
      ctx.memory.backoff = idleBackoff;
      return drained && caughtUp ? { status: 'synced' } : { status: 'incomplete' };
    },
    pushOnce: () => pushOnce(ctx),
    pullOnce: () => pullOnce(ctx),
    applyPulledPage: (fromCursor, page) => applyPulledPage(ctx, fromCursor, page),
    waitMs: () => remainingWaitMs(ctx.memory.backoff, ctx.clock.now()),
  };
}
