import { DecisionKind, type DecisionCommand } from './decision';
import type { Declaration } from './declaration';
import type { OfficerId } from './ids';
import type { Role } from './post';
import { assertNever } from '../util/assert-never';

// The one role matrix (DESIGN.md, "Roles and audit"; issue 11 item 6, issue 12 item 1): which
// role may start which decision, and on what condition. The central API enforces it (REJECTED
// ROLE_FORBIDDEN, no effect), its reference judge mirrors it, and the Decide form offers only
// what it allows. Endpoints, examinations and reports join it as they arrive (issues 12 and 13).

/**
 * Who may start what, before any condition:
 *
 * | kind               | officer | inspector | supervisor | administrator |
 * |--------------------|---------|-----------|------------|---------------|
 * | release            | yes     | yes       | yes        | no            |
 * | hold               | yes     | yes       | yes        | no            |
 * | inspect            | yes     | yes       | yes        | no            |
 * | reassess           | yes     | no        | yes        | no            |
 * | refer              | yes     | yes       | yes        | no            |
 * | reject             | yes     | no        | yes        | no            |
 * | assign             | self    | self      | anyone     | no            |
 * | request-correction | yes     | no        | yes        | no            |
 * | reroute            | no      | no        | yes        | no            |
 * | check-documents    | yes     | yes       | yes        | no            |
 *
 * Inspectors examine goods: assessing duties, rejecting a declaration and asking the declarant
 * to correct it are desk officers' and supervisors' work. Re-routing overrides the selectivity
 * system, so it is a supervisor's. An administrator manages accounts and reference data and
 * decides nothing on declarations. "self": an officer or inspector takes an unassigned case for
 * themselves, or hands back their own; only a supervisor assigns others or takes a case from a
 * colleague.
 */
type Permission = 'yes' | 'no' | 'self' | 'anyone';

const MATRIX: Record<Role, Record<DecisionKind, Permission>> = {
  officer: {
    release: 'yes',
    hold: 'yes',
    inspect: 'yes',
    reassess: 'yes',
    refer: 'yes',
    reject: 'yes',
    assign: 'self',
    'request-correction': 'yes',
    reroute: 'no',
    'check-documents': 'yes',
  },
  inspector: {
    release: 'yes',
    hold: 'yes',
    inspect: 'yes',
    reassess: 'no',
    refer: 'yes',
    reject: 'no',
    assign: 'self',
    'request-correction': 'no',
    reroute: 'no',
    'check-documents': 'yes',
  },
  supervisor: {
    release: 'yes',
    hold: 'yes',
    inspect: 'yes',
    reassess: 'yes',
    refer: 'yes',
    reject: 'yes',
    assign: 'anyone',
    'request-correction': 'yes',
    reroute: 'yes',
    'check-documents': 'yes',
  },
  administrator: {
    release: 'no',
    hold: 'no',
    inspect: 'no',
    reassess: 'no',
    refer: 'no',
    reject: 'no',
    assign: 'no',
    'request-correction': 'no',
    reroute: 'no',
    'check-documents': 'no',
  },
};

/** Whether the role may start this kind of decision at all (conditions aside): the form's list. */
export function roleMayDecide(role: Role, kind: DecisionKind): boolean {
  return MATRIX[role][kind] !== 'no';
}

/** The kinds the role may start, in the table's order: what the Decide form offers. */
export function kindsForRole(role: Role): DecisionKind[] {
  return DecisionKind.options.filter((kind) => roleMayDecide(role, kind));
}

/** Whether the role may assign declarations to others (not only take them for itself). */
export function mayAssignOthers(role: Role): boolean {
  return MATRIX[role].assign === 'anyone';
}

export type Actor = { role: Role; officerId: OfficerId };

/**
 * Why this actor may not make this decision on this declaration, or null when the matrix allows
 * it. The conditions: an officer or inspector assigns only to themselves, and only a case nobody
 * holds (or hands back their own); a supervisor assigns anyone anything.
 */
export function roleProblem(
  actor: Actor,
  command: Pick<DecisionCommand, 'kind' | 'assignee'>,
  declaration: Pick<Declaration, 'assignedTo'>,
): string | null {
  const permission = MATRIX[actor.role][command.kind];
  switch (permission) {
    case 'no':
      return `the ${actor.role} role may not decide "${command.kind}"`;
    case 'yes':
    case 'anyone':
      return null;
    case 'self': {
      const holder = declaration.assignedTo ?? null;
      const assignee = command.assignee ?? null;
      if (assignee !== null && assignee !== actor.officerId) {
        return `the ${actor.role} role may take a declaration only for oneself, not assign it to ${assignee}`;
      }
      if (holder !== null && holder !== actor.officerId) {
        return `the declaration is assigned to ${holder}: only a supervisor reassigns it`;
      }
      return null;
    }
    default:
      return assertNever(permission, 'permission');
  }
}
