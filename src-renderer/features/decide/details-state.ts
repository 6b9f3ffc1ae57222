import type { DecisionKind } from '@shared/domain';
import type { DecisionDetails } from '@shared/domain/decision-details';
import type { Actor } from '@shared/domain/role-matrix';
import { initialDocumentChecks, type DetailsTarget } from './KindDetails';

/**
 * The details a kind starts with in the form: an assignment proposes the officer themselves (the
 * commonest case: taking one), or nobody when it is theirs already (handing it back); a document
 * check lists every document as seen; the others start empty and the officer fills them.
 */
export function initialDetails(
  kind: DecisionKind,
  target: DetailsTarget,
  actor: Actor | undefined,
): DecisionDetails {
  if (kind === 'assign') {
    const mine = actor !== undefined && target.assignedTo === actor.officerId;
    return { assignee: mine || actor === undefined ? null : actor.officerId };
  }
  if (kind === 'check-documents') return initialDocumentChecks(target);
  return {};
}

export type DetailsMissing = 'NO_FIELDS' | 'NO_LANE' | 'NO_DOCUMENTS';

/** What the officer still has to fill in before the kind can be confirmed, or null. */
export function detailsMissing(
  kind: DecisionKind,
  details: DecisionDetails,
  target: DetailsTarget,
): DetailsMissing | null {
  if (kind === 'request-correction' && (details.correctionFields ?? []).length === 0) return 'NO_FIELDS';
  if (kind === 'reroute' && (details.lane === undefined || details.lane === target.lane)) return 'NO_LANE';
  if (kind === 'check-documents' && (details.documentChecks ?? []).length === 0) return 'NO_DOCUMENTS';
  return null;
}
