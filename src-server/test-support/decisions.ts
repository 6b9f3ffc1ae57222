import { DecisionCommand, type DecisionKind } from '@shared/domain/decision';
import type { Session } from '@shared/api/auth-v1';
import type { DecisionDetails } from '@shared/domain/decision-details';
import { isReasonRequired } from '@shared/domain/decision-rules';
import { firstReasonCode } from '@shared/domain/reason-codes';

let counter = 0;

/** A valid UUIDv7, unique within the test process. */
export function nextDecisionId(): string {
  counter += 1;
  return `01900000-0000-7000-8000-${counter.toString(16).padStart(12, '0')}`;
}

/** A decision by the signed-in officer on the session's device. */
export function decision(
  session: Session,
  deviceId: string,
  fields: {
    seq: number;
    declarationId: string;
    kind: DecisionKind;
    baseVersion?: number;
    reasonCode?: string | null;
    /** The assignee, correction fields, lane or document checks the kind carries. */
    details?: DecisionDetails;
  },
): DecisionCommand {
  return DecisionCommand.parse({
    decisionId: nextDecisionId(),
    deviceId,
    seq: fields.seq,
    declarationId: fields.declarationId,
    baseVersion: fields.baseVersion ?? 1,
    kind: fields.kind,
    officerId: session.officer.id,
    // A hold, referral or rejection needs a reason from its list (REASON_REQUIRED); the others may go without.
    reasonCode:
      fields.reasonCode === undefined
        ? isReasonRequired(fields.kind)
          ? firstReasonCode(fields.kind)
          : null
        : fields.reasonCode,
    note: '',
    decidedAt: '2025-03-01T10:00:00+09:00',
    supersedes: null,
    ...fields.details,
  });
}
