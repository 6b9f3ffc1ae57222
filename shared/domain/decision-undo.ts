import type { DecisionKind } from './decision';
import type { DecisionDetails } from './decision-details';
import type { Declaration } from './declaration';
import { assertNever } from '../util/assert-never';

// Undo is a new decision, never an edit (issue 11, item 5): a decision the centre recorded stays
// recorded. What can be turned back is turned back by its inverse, decided and sent like any other.

/** What undoing a decision means: its inverse as a new decision, or why there is none. */
export type Undo =
  | { kind: 'inverse'; decision: { kind: DecisionKind } & DecisionDetails }
  /** The goods stay where the decision put them until a later decision (release, reassess…) moves them. */
  | { kind: 'later-decision' }
  /** A release or rejection closes the declaration for good. */
  | { kind: 'final' };

/**
 * The undo of a decision of `kind` carrying `details`, made on the declaration as it was
 * (`before`): an assignment is undone by assigning back, a re-route by routing back; a final
 * decision cannot be undone; the others stand until a later decision moves the goods on.
 */
export function undoOf(
  decision: { kind: DecisionKind } & DecisionDetails,
  before: Pick<Declaration, 'lane' | 'assignedTo'>,
): Undo {
  switch (decision.kind) {
    case 'assign':
      return { kind: 'inverse', decision: { kind: 'assign', assignee: before.assignedTo ?? null } };
    case 'reroute':
      return before.lane === null
        ? { kind: 'later-decision' }
        : { kind: 'inverse', decision: { kind: 'reroute', lane: before.lane } };
    case 'release':
    case 'reject':
      return { kind: 'final' };
    case 'hold':
    case 'inspect':
    case 'reassess':
    case 'refer':
    case 'request-correction':
    case 'check-documents':
      return { kind: 'later-decision' };
    default:
      return assertNever(decision.kind, 'decision kind');
  }
}
