import { z } from 'zod';
import { Declaration, DeclarationStatus } from '../domain/declaration';
import { AssessmentFigures, AssessmentVersions } from '../domain/assessment-claim';
import { DecisionEntry, HISTORY_MAX } from './decision-history';
import { DecisionCommand, DecisionId, DecisionKind, DeviceId } from '../domain/decision';
import { DeclarationId, IsoDateTime, OfficerId, PostId } from '../domain/ids';

// The /sync/v1 protocol (DESIGN.md, "Sync protocol"). Declared once; the server parses requests
// with these schemas and the client parses responses with them.

export const syncRoutes = {
  decisions: '/sync/v1/decisions',
  changes: '/sync/v1/changes',
  device: '/sync/v1/devices/:deviceId',
  events: '/sync/v1/events',
} as const;

export const PUSH_BATCH_MAX = 100;

/**
 * Another officer's decision: the final one that won (ALREADY_DECIDED), or one applied after the
 * version the officer saw (DECIDED_SINCE_VIEWED).
 */
export const CompetingDecision = z.object({
  decisionId: DecisionId,
  kind: DecisionKind,
  officerId: OfficerId,
  recordedAt: IsoDateTime,
});

/** A material field that changed between the version the officer saw and the current one. */
export const FieldChange = z.object({ field: z.string().min(1), before: z.unknown(), after: z.unknown() });

export const Applied = z.object({
  outcome: z.literal('APPLIED'),
  decisionId: DecisionId,
  declarationVersion: z.number().int().min(1),
  status: DeclarationStatus,
  recordedAt: IsoDateTime,
});

export const Conflict = z.discriminatedUnion('reason', [
  z.object({
    outcome: z.literal('CONFLICT'),
    decisionId: DecisionId,
    reason: z.literal('ALREADY_DECIDED'),
    competing: CompetingDecision,
  }),
  z.object({
    outcome: z.literal('CONFLICT'),
    decisionId: DecisionId,
    reason: z.literal('AMENDED_SINCE_VIEWED'),
    currentVersion: z.number().int().min(1),
    changes: z.array(FieldChange).min(1),
  }),
  /**
   * Another officer decided on the declaration after the version this decision was made on (a hold,
   * an inspection order): applying it would override theirs unseen. Re-deciding on the current
   * version applies. Which kinds are safe to apply anyway is `isSafeOverIntervening` in
   * shared/domain/decision-rules.ts.
   */
  z.object({
    outcome: z.literal('CONFLICT'),
    decisionId: DecisionId,
    reason: z.literal('DECIDED_SINCE_VIEWED'),
    currentVersion: z.number().int().min(1),
    /** The decisions that came in between, oldest first. */
    intervening: z.array(CompetingDecision).min(1),
  }),
  z.object({
    outcome: z.literal('CONFLICT'),
    decisionId: DecisionId,
    reason: z.literal('STATE_INVALID'),
    status: DeclarationStatus,
  }),
  /**
   * The central API recomputed the decision's assessment with the same engine and the same
   * reference versions and got other figures (issue 9): both are given, nothing is applied.
   */
  z.object({
    outcome: z.literal('CONFLICT'),
    decisionId: DecisionId,
    reason: z.literal('ASSESSMENT_MISMATCH'),
    versions: AssessmentVersions,
    claimed: AssessmentFigures,
    official: AssessmentFigures,
  }),
  /**
   * The device assessed with a superseded tariff, rate or tax version, and the current versions
   * give other figures. Answered only where the figures differ: a new publication does not put
   * every offline assessment in conflict. Re-deciding with the current versions applies.
   */
  z.object({
    outcome: z.literal('CONFLICT'),
    decisionId: DecisionId,
    reason: z.literal('TARIFF_OUTDATED'),
    used: AssessmentVersions,
    current: AssessmentVersions,
    claimed: AssessmentFigures,
    official: AssessmentFigures,
  }),
]);

export const Rejected = z.object({
  outcome: z.literal('REJECTED'),
  decisionId: DecisionId,
  code: z.string().min(1),
  message: z.string().min(1),
});

/**
 * REJECTED codes the server answers without recording the command (issue 8): nothing about it is
 * kept, it moves no progress, and a later command cannot name it in `supersedes` (the server has
 * no record to check it against). Every other outcome is recorded for good.
 */
export const UNRECORDED_REJECTIONS: ReadonlySet<string> = new Set([
  'INVALID_COMMAND',
  'IDENTITY_MISMATCH',
  'DECISION_ID_REUSED',
  'SEQ_REUSED',
  'REJECTION_QUOTA_EXCEEDED',
  'UNSTORABLE_COMMAND',
]);

/** What the server decided the first time; a DUPLICATE returns it unchanged. */
export const StoredOutcome = z.union([Applied, Conflict, Rejected]);
export type StoredOutcome = z.infer<typeof StoredOutcome>;

/** True when the server keeps this outcome (see UNRECORDED_REJECTIONS). */
export function isRecordedOutcome(outcome: StoredOutcome): boolean {
  return outcome.outcome !== 'REJECTED' || !UNRECORDED_REJECTIONS.has(outcome.code);
}

export const PushItemResult = z.union([
  StoredOutcome,
  z.object({ outcome: z.literal('DUPLICATE'), decisionId: DecisionId, stored: StoredOutcome }),
]);
export type PushItemResult = z.infer<typeof PushItemResult>;
export type ConflictReason = z.infer<typeof Conflict>['reason'];

/**
 * How far the server has got with the commands one officer made on one device. Progress is kept
 * per device AND officer (issue 8): a sign-in with someone else's deviceId (a cloned profile, a
 * shared workstation) can neither read, move nor inflate another officer's progress, and officers
 * who take turns on one workstation each have their own. A device compares both numbers with the
 * highest it was ever told: a lower one means the server was restored from a backup and may have
 * lost commands it once confirmed (see shared/sync/restore-step.ts).
 */
export const DeviceProgress = z.object({
  /** Highest seq of this device and officer the server has claimed (durably), or 0. */
  lastProcessedSeq: z.number().int().min(0),
  /**
   * How many of this device's and officer's commands the server holds a dedupe record for. Counted in the
   * transaction that claims each one, so only a restore can lower it. It catches a loss that
   * `lastProcessedSeq` cannot: a command processed out of seq order (a stuck poison decision that
   * went through late) below a highest seq the backup already had.
   */
  processedCount: z.number().int().min(0),
});
export type DeviceProgress = z.infer<typeof DeviceProgress>;

/** The progress of a device the server has never met. */
export const NO_PROGRESS: DeviceProgress = { lastProcessedSeq: 0, processedCount: 0 };

/**
 * True when `held` is behind `known` in either number: whoever holds `held` has lost progress
 * that `known` was once confirmed. The one comparison the device (a restored server) and the
 * server (a device that has seen more than it holds) both make.
 */
export function isProgressBehind(held: DeviceProgress, known: DeviceProgress): boolean {
  return held.lastProcessedSeq < known.lastProcessedSeq || held.processedCount < known.processedCount;
}

export const PushRequest = z.object({
  deviceId: DeviceId,
  decisions: z.array(DecisionCommand).min(1).max(PUSH_BATCH_MAX),
  /**
   * The progress the server last confirmed to this device (its high-water marks). A server that
   * holds less was restored from a backup after the device last checked: it answers 409
   * `PROGRESS_LOST` and processes nothing, so that this push cannot raise its numbers back over
   * the loss and hide it. Absent (a tool, a test), nothing is checked.
   */
  knownProgress: DeviceProgress.optional(),
});
export type PushRequest = z.infer<typeof PushRequest>;

/** The 409 code of a push from a device that was told of more progress than the server has. */
export const PROGRESS_LOST = 'PROGRESS_LOST';

/**
 * Whose progress an answer reports: the session's officer. A device whose session changed hands
 * while a request was on its way must not record one officer's progress as another's. Optional only
 * so that answers from a server before it still parse; this server always sends it.
 */
const ProgressOwner = z.object({ officerId: OfficerId.optional() });

export const PushResponse = z
  .object({ results: z.array(PushItemResult) })
  .extend(DeviceProgress.shape)
  .extend(ProgressOwner.shape);
export type PushResponse = z.infer<typeof PushResponse>;

export const DeviceState = z
  .object({ deviceId: DeviceId })
  .extend(DeviceProgress.shape)
  .extend(ProgressOwner.shape);
export type DeviceState = z.infer<typeof DeviceState>;

export const TombstoneReason = z.enum(['withdrawn', 'reassigned', 'access-revoked']);
export type TombstoneReason = z.infer<typeof TombstoneReason>;

export const Change = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('upsert'),
    declaration: Declaration,
    /**
     * The decisions applied to the declaration up to this version, oldest first, each with its
     * official assessment (issue 9): every device of the post sees the history and the figures.
     * Absent from a server before it; replaced whole with the declaration, by version.
     */
    history: z.array(DecisionEntry).max(HISTORY_MAX).optional(),
  }),
  z.object({
    kind: z.literal('tombstone'),
    declarationId: DeclarationId,
    version: z.number().int().min(1),
    reason: TombstoneReason,
  }),
]);
export type Change = z.infer<typeof Change>;

export const ChangesQuery = z.object({
  postId: PostId,
  /** Opaque; the snapshot's watermark for the first pull. */
  cursor: z.string().min(1).max(512),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});
export type ChangesQuery = z.infer<typeof ChangesQuery>;

export const ChangesPage = z.object({
  /**
   * The cursor this page answers, echoed by the server. A page whose `cursor` is not the one the
   * client asked with (a late, replayed or cached response) is discarded, so a stale page can never
   * move the client's cursor backwards (found by the chaos suite, seed 2).
   */
  cursor: z.string().min(1),
  changes: z.array(Change),
  nextCursor: z.string().min(1),
  hasMore: z.boolean(),
});
export type ChangesPage = z.infer<typeof ChangesPage>;

/** 410 Gone body code when a cursor is older than the change log's retention: rebuild the cache. */
export const CURSOR_EXPIRED = 'CURSOR_EXPIRED';

/** False when an answer says it reports another officer's progress than `officerId`'s. */
export function reportsProgressOf(answer: { officerId?: string | undefined }, officerId: string): boolean {
  return answer.officerId === undefined || answer.officerId === officerId;
}
