import type { Declaration, DeclarationStatus } from '../domain/declaration';
import type { DecisionKind } from '../domain/decision';
import { decisionEffect } from '../domain/decision-rules';
import type { StatusOverlay } from './outbox';

/**
 * The status a decision leads to, shown optimistically until the server answers; the same rule
 * table the server applies (shared/domain/decision-rules.ts).
 */
export function optimisticStatus(kind: DecisionKind): DeclarationStatus {
  return decisionEffect(kind).to;
}

export type DeclarationView = {
  declaration: Declaration;
  /** The newest unconfirmed decision on it, if any. */
  pending: StatusOverlay | null;
  /** The status to display: the pending decision's, else the server's. */
  status: DeclarationStatus;
};

/** Cache ⊕ overlays: what the worklist and detail screens show. */
export function viewDeclaration(
  declaration: Declaration,
  overlays: readonly StatusOverlay[],
): DeclarationView {
  let pending: StatusOverlay | null = null;
  for (const overlay of overlays) {
    if (overlay.declarationId !== declaration.id) continue;
    if (pending === null || overlay.seq > pending.seq) pending = overlay;
  }
  return { declaration, pending, status: pending?.status ?? declaration.status };
}
