import { describe, expect, it } from 'vitest';
import { OfficerId } from './ids';
import { Role } from './post';
import { kindsForRole, mayAssignOthers, roleProblem } from './role-matrix';

const kim = OfficerId.parse('kr-busan-officer');
const lee = OfficerId.parse('kr-busan-inspector');
const park = OfficerId.parse('kr-busan-supervisor');

describe('the role matrix', () => {
  it('offers each role the kinds it may start: re-routes to supervisors only, nothing to administrators', () => {
    expect(Object.fromEntries(Role.options.map((role) => [role, kindsForRole(role)]))).toEqual({
      officer: [
        'release',
        'hold',
        'inspect',
        'reassess',
        'refer',
        'reject',
        'assign',
        'request-correction',
        'check-documents',
      ],
      inspector: ['release', 'hold', 'inspect', 'refer', 'assign', 'check-documents'],
      supervisor: [
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
      ],
      administrator: [],
    });
    expect(Role.options.filter(mayAssignOthers)).toEqual(['supervisor']);
  });

  it('lets an officer take only for themselves, only a case nobody holds, and hand back their own', () => {
    const officer = { role: 'officer' as const, officerId: kim };
    const free = { assignedTo: null };
    expect({
      take: roleProblem(officer, { kind: 'assign', assignee: kim }, free),
      assignOther: roleProblem(officer, { kind: 'assign', assignee: lee }, free),
      takeFromColleague: roleProblem(officer, { kind: 'assign', assignee: kim }, { assignedTo: lee }),
      handBack: roleProblem(officer, { kind: 'assign', assignee: null }, { assignedTo: kim }),
      unassignColleague: roleProblem(officer, { kind: 'assign', assignee: null }, { assignedTo: lee }),
      reroute: roleProblem(officer, { kind: 'reroute' }, free),
    }).toEqual({
      take: null,
      assignOther:
        'the officer role may take a declaration only for oneself, not assign it to kr-busan-inspector',
      takeFromColleague: 'the declaration is assigned to kr-busan-inspector: only a supervisor reassigns it',
      handBack: null,
      unassignColleague: 'the declaration is assigned to kr-busan-inspector: only a supervisor reassigns it',
      reroute: 'the officer role may not decide "reroute"',
    });
  });

  it('lets a supervisor assign anyone anything and re-route', () => {
    const supervisor = { role: 'supervisor' as const, officerId: park };
    expect([
      roleProblem(supervisor, { kind: 'assign', assignee: lee }, { assignedTo: kim }),
      roleProblem(supervisor, { kind: 'assign', assignee: null }, { assignedTo: kim }),
      roleProblem(supervisor, { kind: 'reroute' }, { assignedTo: kim }),
    ]).toEqual([null, null, null]);
  });
});
