import { describe, expect, it } from 'vitest';
import { detailsProblem } from './decision-details';
import { OfficerId } from './ids';

const declaration = {
  lane: 'YELLOW' as const,
  documents: [
    { code: 'N380', reference: 'INV-1' },
    { code: 'N325', reference: 'PL-1' },
  ],
};
const seen = (code: string, reference: string) => ({ code, reference, state: 'seen' as const });

describe('the details a decision carries', () => {
  it('are required of their own kind and refused on any other', () => {
    expect({
      assignWithout: detailsProblem({ kind: 'assign' }, declaration),
      unassign: detailsProblem({ kind: 'assign', assignee: null }, declaration),
      releaseWithLane: detailsProblem({ kind: 'release', lane: 'RED' }, declaration),
      correctionWithout: detailsProblem({ kind: 'request-correction' }, declaration),
      holdWithAssignee: detailsProblem({ kind: 'hold', assignee: OfficerId.parse('x') }, declaration),
      plainHold: detailsProblem({ kind: 'hold' }, declaration),
    }).toEqual({
      assignWithout: '"assign" must carry "assignee"',
      unassign: null,
      releaseWithLane: '"release" carries no "lane"',
      correctionWithout: '"request-correction" must carry "correctionFields"',
      holdWithAssignee: '"hold" carries no "assignee"',
      plainHold: null,
    });
  });

  it('refuse a re-route to the same lane, a field named twice and documents the declaration does not list', () => {
    expect({
      sameLane: detailsProblem({ kind: 'reroute', lane: 'YELLOW' }, declaration),
      otherLane: detailsProblem({ kind: 'reroute', lane: 'RED' }, declaration),
      twice: detailsProblem(
        { kind: 'request-correction', correctionFields: ['value', 'value'] },
        declaration,
      ),
      fields: detailsProblem(
        { kind: 'request-correction', correctionFields: ['value', 'origin'] },
        declaration,
      ),
      unlisted: detailsProblem(
        { kind: 'check-documents', documentChecks: [seen('N380', 'INV-2')] },
        declaration,
      ),
      repeated: detailsProblem(
        { kind: 'check-documents', documentChecks: [seen('N380', 'INV-1'), seen('N380', 'INV-1')] },
        declaration,
      ),
      checked: detailsProblem(
        {
          kind: 'check-documents',
          documentChecks: [seen('N380', 'INV-1'), { code: 'N325', reference: 'PL-1', state: 'missing' }],
        },
        declaration,
      ),
    }).toEqual({
      sameLane: 'the declaration is already in lane YELLOW',
      otherLane: null,
      twice: 'a correction request names each field once',
      fields: null,
      unlisted: "document N380 INV-2 is not among the declaration's documents",
      repeated: 'a document check names each document once',
      checked: null,
    });
  });
});
