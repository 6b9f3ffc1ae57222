import { isRecordedOutcome } from '../api/sync-v1';
import type { AssessmentClaim } from '../domain/assessment-claim';
import type { Declaration } from '../domain/declaration';
import type { DecisionDetails } from '../domain/decision-details';
import type { DecisionCommand, DecisionId, DecisionKind, DeviceId } from '../domain/decision';
import type { DeclarationId, OfficerId } from '../domain/ids';
import type { OutboxEntry, OutboxMeta, StatusOverlay } from './outbox';
import { optimisticStatus } from './overlay';
import type { Random } from './random';
import { mintDecisionId } from './uuidv7';

/** What the officer's form supplies; the core adds ids, seq, baseVersion and time. */
export type DecisionInput = {
  declarationId: DeclarationId;
  kind: DecisionKind;
  officerId: OfficerId;
  reasonCode: string | null;
  note: string;
  /**
   * The assessment the officer decided on (issue 9): a `reassess` must carry one, with its
   * corrections, versions and figures; the central API verifies it.
   */
  assessment?: AssessmentClaim;
} & DecisionDetails;

/** The details the input carries (assignee, correction fields, lane, document checks), and no others. */
function detailsOf(input: DecisionInput): DecisionDetails {
  const details: DecisionDetails = {};
  if (input.assignee !== undefined) details.assignee = input.assignee;
  if (input.correctionFields !== undefined) details.correctionFields = input.correctionFields;
  if (input.lane !== undefined) details.lane = input.lane;
  if (input.documentChecks !== undefined) details.documentChecks = input.documentChecks;
  return details;
}

export type NewDecision = { entry: OutboxEntry; overlay: StatusOverlay };

/**
 * Builds a new command against the cached declaration the officer is looking at: the next seq,
 * an id above the last one minted, `baseVersion` = the version on screen. Pure: nothing is saved.
 */
export function buildDecision(args: {
  input: DecisionInput;
  declaration: Declaration;
  meta: OutboxMeta;
  deviceId: DeviceId;
  nowMs: number;
  random: Random;
  /** The decision this one re-decides; named in `supersedes` only when the server recorded it. */
  replaces: OutboxEntry | null;
}): NewDecision {
  const { input, declaration, meta } = args;
  const command: DecisionCommand = {
    decisionId: mintDecisionId(meta.lastDecisionId, args.nowMs, args.random),
    deviceId: args.deviceId,
    seq: meta.lastSeq + 1,
    declarationId: input.declarationId,
    baseVersion: declaration.version,
    kind: input.kind,
    officerId: input.officerId,
    reasonCode: input.reasonCode,
    note: input.note,
    decidedAt: isoFromClock(args.nowMs),
    supersedes: recordedId(args.replaces),
    ...(input.assessment === undefined ? {} : { assessment: input.assessment }),
    ...detailsOf(input),
  };
  const entry: OutboxEntry = {
    command,
    state: 'pending',
    attempts: 0,
    needsAttention: false,
    attentionShown: false,
  };
  if (args.replaces !== null) entry.replaces = args.replaces.command.decisionId;
  return {
    entry,
    overlay: {
      decisionId: command.decisionId,
      declarationId: command.declarationId,
      seq: command.seq,
      kind: command.kind,
      status: optimisticStatus(command.kind),
    },
  };
}

/** The replaced decision's id when the server recorded its outcome, else null. */
function recordedId(replaced: OutboxEntry | null): DecisionId | null {
  if (replaced === null) return null;
  const { outcome } = replaced;
  return outcome === undefined || isRecordedOutcome(outcome) ? replaced.command.decisionId : null;
}

/**
 * The device's clock as recorded on the command. It is informational (the server orders by its
 * own clock), so an absurd reading is clamped into the range an ISO timestamp can carry rather
 * than blocking the officer from saving a decision.
 */
export function isoFromClock(nowMs: number): string {
  const clamped = Math.min(Date.UTC(9999, 11, 31), Math.max(0, Math.floor(nowMs)));
  return new Date(clamped).toISOString();
}

/**
 * Only a conflicted or rejected decision can be re-decided or escalated (applied ones are final),
 * only by its own officer, and only once: the server refuses anything else (SUPERSEDES_INVALID).
 */
export function canSupersede(
  entry: OutboxEntry,
  officerId: OfficerId,
  held: readonly OutboxEntry[],
): boolean {
  const id = entry.command.decisionId;
  return (
    (entry.state === 'conflict' || entry.state === 'rejected') &&
    entry.command.officerId === officerId &&
    !held.some((other) => replacedBy(other) === id)
  );
}

/** The decision `entry` re-decides, if any (see `OutboxEntry.replaces`). */
export function replacedBy(entry: OutboxEntry): DecisionId | null {
  return entry.replaces ?? entry.command.supersedes;
}
