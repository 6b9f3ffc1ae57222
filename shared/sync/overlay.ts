import type { Declaration, DeclarationStatus } from '../domain/declaration';
import type { DecisionKind } from '../domain/decision';
import { decisionEffect } from '../domain/decision-rules';
import type { StatusOverlay } from './outbox';

/**
 * The status a decision leads to, shown optimistically until the server answers; the same rule
 * table the server applies (shared/domain/decision-rules.ts). null for the kinds that keep the
 * status (an assignment, a re-route, a document check): the server's status stays on screen.
 */
export function optimisticStatus(kind: DecisionKind): DeclarationStatus | null {
  const { to } = decisionEffect(kind);
  return to === 'kept' ? null : to;
}

export type DeclarationView = {
  declaration: Declaration;
  /** The newest unconfirmed decision on it, if any. */
  pending: StatusOverlay | null;
  /** The status to display: the pending decision's, else the server's. */
  status: DeclarationStatus;
};

/** The newest unconfirmed decision per declaration: the one whose status the screens show. */
export function newestOverlays(overlays: readonly StatusOverlay[]): Map<string, StatusOverlay> {
  const newest = new Map<string, StatusOverlay>();
  for (const overlay of overlays) {
    const seen = newest.get(overlay.declarationId);
    if (seen === undefined || overlay.seq > seen.seq) newest.set(overlay.declarationId, overlay);
  }
  return newest;
}

/** Cache ⊕ overlays: what the worklist and detail screens show. */
export function viewDeclaration(
  declaration: Declaration,
  overlays: readonly StatusOverlay[],
): DeclarationView {
  const pending = newestOverlays(overlays).get(declaration.id) ?? null;
  return { declaration, pending, status: pending?.status ?? declaration.status };
}
