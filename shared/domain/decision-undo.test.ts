import { describe, expect, it } from 'vitest';
import { DecisionKind } from './decision';
import { undoOf } from './decision-undo';
import { OfficerId } from './ids';

const kim = OfficerId.parse('kr-busan-officer');
const park = OfficerId.parse('kr-busan-supervisor');

describe('undoing a decision', () => {
  it('assigns back to whoever held it and routes back to the lane it was in', () => {
    expect([
      undoOf({ kind: 'assign', assignee: park }, { lane: 'YELLOW', assignedTo: kim }),
      undoOf({ kind: 'assign', assignee: kim }, { lane: 'YELLOW', assignedTo: undefined }),
      undoOf({ kind: 'reroute', lane: 'RED' }, { lane: 'YELLOW', assignedTo: null }),
    ]).toEqual([
      { kind: 'inverse', decision: { kind: 'assign', assignee: kim } },
      { kind: 'inverse', decision: { kind: 'assign', assignee: null } },
      { kind: 'inverse', decision: { kind: 'reroute', lane: 'YELLOW' } },
    ]);
  });

  it('is impossible for a release or a rejection, and a later decision for the rest', () => {
    const before = { lane: 'GREEN' as const, assignedTo: null };
    const answers = DecisionKind.options
      .filter((kind) => kind !== 'assign' && kind !== 'reroute')
      .map((kind) => [kind, undoOf({ kind }, before).kind]);
    expect(Object.fromEntries(answers)).toEqual({
      release: 'final',
      hold: 'later-decision',
      inspect: 'later-decision',
      reassess: 'later-decision',
      refer: 'later-decision',
      reject: 'final',
      'request-correction': 'later-decision',
      'check-documents': 'later-decision',
    });
  });
});
