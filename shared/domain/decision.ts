import { z } from 'zod';
import { AssessmentClaim } from './assessment-claim';
import { DecisionDetails } from './decision-details';
import { DeclarationId, identifierText, IsoDateTime, MAX_INT32, OfficerId, storableText } from './ids';

/**
 * What an officer decides on a declaration (UNI-PASS / ASYCUDA officer workflow). Besides the
 * decisions on the goods: `assign` (a supervisor assigns, an officer takes one, or unassigns),
 * `request-correction` (정정 요구: the declarant must correct named fields), `reroute` (a
 * supervisor changes the lane) and `check-documents` (the documentary check, per document).
 */
export const DecisionKind = z.enum([
  'release',
  'hold',
  'inspect',
  'reassess',
  'refer',
  'reject',
  'assign',
  'request-correction',
  'reroute',
  'check-documents',
]);
export type DecisionKind = z.infer<typeof DecisionKind>;

/** A device-made UUIDv7: time-ordered, so the server's dedupe index stays append-mostly. */
export const DecisionId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'a decisionId is a UUIDv7')
  .brand<'DecisionId'>();
export type DecisionId = z.infer<typeof DecisionId>;

export const DeviceId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'a deviceId is 8-64 letters, digits, _ or -')
  .brand<'DeviceId'>();
export type DeviceId = z.infer<typeof DeviceId>;

/** The highest seq a device may use: the server stores seqs in bounded integer columns. */
export const MAX_SEQ = MAX_INT32;
export const NOTE_MAX = 4000;

/**
 * An immutable decision command. It exists locally (outbox, journal) before any network call and is
 * applied by the server at most once, keyed by `decisionId`. `baseVersion` is the declaration
 * version the officer saw; the client clock (`decidedAt`) is recorded, never used for ordering.
 */
export const DecisionCommand = z.object({
  decisionId: DecisionId,
  deviceId: DeviceId,
  /**
   * Per-device sequence, 1, 2, 3…: the server reports the highest it has processed for each device
   * and officer. Bounded like every stored integer: 2^31 − 1 decisions is 68 years at one a second.
   */
  seq: z.number().int().min(1).max(MAX_SEQ),
  declarationId: DeclarationId,
  baseVersion: z.number().int().min(1).max(MAX_INT32),
  kind: DecisionKind,
  officerId: OfficerId,
  reasonCode: identifierText(32).nullable(),
  note: storableText(NOTE_MAX),
  decidedAt: IsoDateTime,
  /** Set when this command re-decides after a conflict or rejection of an earlier one. */
  supersedes: DecisionId.nullable(),
  /**
   * The assessment the device computed, with the officer's corrections and the reference versions
   * used (issue 9). A `reassess` carries one; another kind may carry the one the officer saw. The
   * central API recomputes it and answers ASSESSMENT_MISMATCH or TARIFF_OUTDATED when it differs.
   */
  assessment: AssessmentClaim.optional(),
  /**
   * What some kinds carry besides a reason (shared/domain/decision-details.ts): the assignee of
   * an `assign`, the fields of a `request-correction`, the new lane of a `reroute`, the document
   * checks of a `check-documents`. Optional, so commands from before these kinds parse unchanged;
   * which kind must carry which is judged per command (detailsProblem), not by the schema, so a
   * wrong one is REJECTED alone instead of failing its whole batch.
   */
  ...DecisionDetails.shape,
});
export type DecisionCommand = z.infer<typeof DecisionCommand>;

const COMMAND_FIELDS = DecisionCommand.keyof().options;

/**
 * The fields in which `sent` differs from a command stored earlier under the same id (read back
 * from storage, so `unknown`). A retry is the same command in every field: any difference makes it
 * another command reusing the id (Stripe's idempotency keys behave this way). The one comparison
 * the server and its reference both make.
 */
export function differingFields(stored: unknown, sent: DecisionCommand): (keyof DecisionCommand)[] {
  return COMMAND_FIELDS.filter(
    (field) => !sameValue(Reflect.get(Object(stored), field) ?? null, sent[field] ?? null),
  );
}

/** Equal as JSON values: scalars by value, objects and arrays field by field whatever the key order. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => Reflect.get(a, key) !== undefined);
  const keysB = Object.keys(b).filter((key) => Reflect.get(b, key) !== undefined);
  return (
    keysA.length === keysB.length && keysA.every((key) => sameValue(Reflect.get(a, key), Reflect.get(b, key)))
  );
}
