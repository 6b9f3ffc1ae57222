import { z } from 'zod';
import { AssessmentFigures, AssessmentVersions } from '../domain/assessment-claim';
import { DecisionCommand, DecisionId, DecisionKind } from '../domain/decision';
import { DecisionDetails } from '../domain/decision-details';
import { DeclarationId, IsoDateTime, OfficerId, storableText } from '../domain/ids';

// What every device of a post learns about a declaration's decisions (issue 9): the history of
// the decisions that changed it, each with the official assessment the central API stored.

/**
 * The assessment the central API computed and stored with a decision it applied: the versions it
 * used (the current ones when the device's were superseded but gave the same figures) and the
 * figures, which equal the ones the decision claimed.
 */
export const OfficialAssessment = z
  .object({
    versions: AssessmentVersions,
    tariffLabel: storableText(200),
    ratesLabel: storableText(200),
    figures: AssessmentFigures,
  })
  .strict();
export type OfficialAssessment = z.infer<typeof OfficialAssessment>;

/** One decision applied to a declaration, as the post's devices see it. */
export const DecisionEntry = z
  .object({
    decisionId: DecisionId,
    declarationId: DeclarationId,
    kind: DecisionKind,
    officerId: OfficerId,
    reasonCode: DecisionCommand.shape.reasonCode,
    note: DecisionCommand.shape.note,
    /** Server time of record. */
    recordedAt: IsoDateTime,
    /** The declaration version the decision produced. */
    declarationVersion: z.number().int().min(1),
    outcome: z.literal('APPLIED'),
    official: OfficialAssessment.nullable(),
    /** The conflicted or rejected decision this one re-decides or escalates, if any. */
    supersedes: DecisionId.nullable().optional(),
    /** What the decision carried besides its reason: assignee, correction fields, lane, document checks. */
    ...DecisionDetails.shape,
  })
  .strict();
export type DecisionEntry = z.infer<typeof DecisionEntry>;

/** At most this many decisions travel with one declaration (oldest dropped first). */
export const HISTORY_MAX = 100;
