import { describe, expect, it } from 'vitest';
import { DecisionKind } from './decision';
import {
  decidedDeclaration,
  isReasonRequired,
  isSafeOverIntervening,
  reasonProblem,
  transition,
  unsecuredReleaseProblem,
} from './decision-rules';
import { OfficerId } from './ids';
import { Payment } from './payment';

describe("decisions over another officer's later decision", () => {
  it('are safe only for the kinds that keep the goods where they are', () => {
    expect(DecisionKind.options.filter(isSafeOverIntervening)).toEqual([
      'hold',
      'refer',
      'assign',
      'request-correction',
      'check-documents',
    ]);
  });
});

describe('the declaration after a decision', () => {
  const current = { status: 'selected' as const, lane: 'YELLOW' as const, assignedTo: null };
  const after = (command: Parameters<typeof decidedDeclaration>[1]) => {
    const effect = transition(command.kind, current.status);
    return effect === null ? null : decidedDeclaration(current, command, effect);
  };

  it('keeps the status for an assignment, a re-route and a document check, and moves what each names', () => {
    expect({
      assign: after({ kind: 'assign', assignee: OfficerId.parse('kr-busan-officer') }),
      unassign: after({ kind: 'assign', assignee: null }),
      reroute: after({ kind: 'reroute', lane: 'RED' }),
      correction: after({ kind: 'request-correction' }),
      checked: after({ kind: 'check-documents' }),
      inspect: after({ kind: 'inspect' }),
    }).toEqual({
      assign: { status: 'selected', lane: 'YELLOW', assignedTo: 'kr-busan-officer' },
      unassign: { status: 'selected', lane: 'YELLOW', assignedTo: null },
      reroute: { status: 'selected', lane: 'RED', assignedTo: null },
      correction: { status: 'held', lane: 'YELLOW', assignedTo: null },
      checked: { status: 'selected', lane: 'YELLOW', assignedTo: null },
      inspect: { status: 'examined', lane: 'RED', assignedTo: null },
    });
  });

  it('allows none of the new kinds on a closed declaration', () => {
    const kinds = ['assign', 'request-correction', 'reroute', 'check-documents'] as const;
    expect(
      kinds.filter((kind) => transition(kind, 'released') !== null || transition(kind, 'rejected') !== null),
    ).toEqual([]);
  });
});

describe('reason codes', () => {
  it('are required for a hold, a referral and a rejection, which tell someone why', () => {
    expect(DecisionKind.options.filter(isReasonRequired)).toEqual([
      'hold',
      'refer',
      'reject',
      'request-correction',
      'reroute',
    ]);
    expect(
      DecisionKind.options.map((kind) => reasonProblem({ kind, reasonCode: null })?.code ?? null),
    ).toEqual([
      null,
      'REASON_REQUIRED',
      null,
      null,
      'REASON_REQUIRED',
      'REASON_REQUIRED',
      null,
      'REASON_REQUIRED',
      'REASON_REQUIRED',
      null,
    ]);
  });

  it('come from the kind’s own list: another kind’s code or free text is refused, naming the list', () => {
    expect({
      own: reasonProblem({ kind: 'hold', reasonCode: 'DOCS_MISSING' }),
      otherKinds: reasonProblem({ kind: 'reject', reasonCode: 'DOCS_MISSING' })?.code,
      freeText: reasonProblem({ kind: 'inspect', reasonCode: 'R01' })?.message,
    }).toEqual({
      own: null,
      otherKinds: 'REASON_UNKNOWN',
      freeText:
        '"R01" is not a reason code for inspect (RISK_SELECTION, DOCS_DISCREPANCY, INTELLIGENCE, RANDOM_CHECK, SEAL_DAMAGED)',
    });
  });
});

describe('a release while duty is due', () => {
  const due = Payment.parse({
    status: 'due',
    amount: '1234560',
    currency: 'KRW',
    noticeNumber: null,
    dueDate: null,
  });
  const deferred = Payment.parse({
    status: 'deferred',
    amount: '1234560',
    currency: 'KRW',
    guaranteeReference: 'G2026-000123',
    guaranteeKind: 'comprehensive',
    dueDate: '2026-10-15',
  });
  const paid = Payment.parse({
    status: 'paid',
    amount: '1234560',
    currency: 'KRW',
    paidAt: '2026-09-29T01:00:00Z',
    receipt: 'R-0001',
    method: 'bank-transfer',
  });
  const release = { kind: 'release' as const, reasonCode: null, note: '' };
  const problem = (command: Parameters<typeof unsecuredReleaseProblem>[0], payment?: Payment) =>
    unsecuredReleaseProblem(command, { payment }) !== null;

  it('is refused unless a basis code and a note are recorded', () => {
    expect({
      bare: problem(release, due),
      unknownCode: problem({ ...release, reasonCode: 'R01', note: 'paid' }, due),
      codeWithoutNote: problem({ ...release, reasonCode: 'PAID_UNCONFIRMED', note: '  ' }, due),
      codeAndNote: problem({ ...release, reasonCode: 'PAID_UNCONFIRMED', note: 'bank slip 7781 seen' }, due),
    }).toEqual({ bare: true, unknownCode: true, codeWithoutNote: true, codeAndNote: false });
  });

  it('is allowed when paid, deferred against a guarantee, nothing is owed or nothing is known', () => {
    expect([
      problem(release, paid),
      problem(release, deferred),
      problem(release, Payment.parse({ ...due, amount: '0' })),
      problem(release),
    ]).toEqual([false, false, false, false]);
  });

  it('concerns releases only: a hold or rejection on unpaid goods needs no basis', () => {
    expect(DecisionKind.options.filter((kind) => problem({ ...release, kind }, due))).toEqual(['release']);
  });

  it('names what is owed and the codes that may stand for a basis', () => {
    expect(unsecuredReleaseProblem(release, { payment: due })).toMatch(
      /^1234560 KRW is due and neither paid nor secured: .*PAID_UNCONFIRMED/,
    );
  });
});
