import type { Declaration, DeclarationStatus } from '../domain/declaration';
import type { DecisionKind } from '../domain/decision';
import { assertNever } from '../util/assert-never';
import type { StatusOverlay } from './outbox';

/**
 * The status a decision leads to, shown optimistically until the server answers. Kinds that order
 * further work without changing the status (inspect, refer) show no status change, only the badge.
 */
export function optimisticStatus(kind: DecisionKind): DeclarationStatus | null {
  switch (kind) {
    case 'release':
      return 'released';
    case 'hold':
      return 'held';
    case 'reject':
      return 'rejected';
    case 'reassess':
      return 'assessed';
    case 'inspect':
    case 'refer':
      return null;
    default:
      return assertNever(kind, 'decision kind');
  }
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
