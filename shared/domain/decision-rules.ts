import type { DecisionKind } from './decision';
import type { DeclarationStatus, Lane } from './declaration';
import type { Role } from './post';

/**
 * What each decision does to a declaration (UNI-PASS / ASYCUDA officer workflow, simplified):
 *
 * | kind     | allowed from                               | to       | lane  | final |
 * |----------|--------------------------------------------|----------|-------|-------|
 * | release  | selected, assessed, examined, held         | released | kept  | yes   |
 * | reject   | registered, selected, assessed, examined, held | rejected | kept | yes |
 * | hold     | selected, assessed, examined               | held     | kept  | no    |
 * | inspect  | registered, selected, assessed, held       | examined | RED   | no    |
 * | reassess | selected, assessed, examined, held         | assessed | kept  | no    |
 * | refer    | registered, selected, assessed, examined   | held     | kept  | no    |
 *
 * "inspect" records that a physical examination is ordered and done at the post (status examined,
 * lane raised to RED); "refer" hands the case to a supervisor, holding the goods meanwhile.
 * released and rejected are final: one final decision per declaration, enforced by the database.
 */
export type Transition = { to: DeclarationStatus; lane: Lane | 'kept'; final: boolean };

const table: Record<DecisionKind, { from: readonly DeclarationStatus[] } & Transition> = {
  release: { from: ['selected', 'assessed', 'examined', 'held'], to: 'released', lane: 'kept', final: true },
  reject: {
    from: ['registered', 'selected', 'assessed', 'examined', 'held'],
    to: 'rejected',
    lane: 'kept',
    final: true,
  },
  hold: { from: ['selected', 'assessed', 'examined'], to: 'held', lane: 'kept', final: false },
  inspect: {
    from: ['registered', 'selected', 'assessed', 'held'],
    to: 'examined',
    lane: 'RED',
    final: false,
  },
  reassess: {
    from: ['selected', 'assessed', 'examined', 'held'],
    to: 'assessed',
    lane: 'kept',
    final: false,
  },
  refer: { from: ['registered', 'selected', 'assessed', 'examined'], to: 'held', lane: 'kept', final: false },
};

/** The transition, or null when the declaration's status does not allow this decision. */
export function transition(kind: DecisionKind, status: DeclarationStatus): Transition | null {
  const row = table[kind];
  return row.from.includes(status) ? { to: row.to, lane: row.lane, final: row.final } : null;
}

/**
 * Who may decide what: inspectors examine goods and may hold, release or refer what they
 * examined, but assessing duties and rejecting a declaration are desk officers' and supervisors' work.
 */
const allowedKinds: Record<Role, readonly DecisionKind[]> = {
  officer: ['release', 'hold', 'inspect', 'reassess', 'refer', 'reject'],
  supervisor: ['release', 'hold', 'inspect', 'reassess', 'refer', 'reject'],
  inspector: ['release', 'hold', 'inspect', 'refer'],
};

export function roleMayDecide(role: Role, kind: DecisionKind): boolean {
  return allowedKinds[role].includes(kind);
}

/** What a decision leads to when its starting status allows it: the client's optimistic view. */
export function decisionEffect(kind: DecisionKind): Transition {
  const row = table[kind];
  return { to: row.to, lane: row.lane, final: row.final };
}
