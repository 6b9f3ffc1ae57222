import { describe, expect, it } from 'vitest';
import { DecisionKind } from './decision';
import {
  isReasonRequired,
  isSafeOverIntervening,
  reasonProblem,
  unsecuredReleaseProblem,
} from './decision-rules';
import { Payment } from './payment';

describe("decisions over another officer's later decision", () => {
  it('are safe only for the kinds that keep the goods where they are', () => {
    expect(DecisionKind.options.filter(isSafeOverIntervening)).toEqual(['hold', 'refer']);
  });
});

describe('reason codes', () => {
  it('are required for a hold, a referral and a rejection, which tell someone why', () => {
    expect(DecisionKind.options.filter(isReasonRequired)).toEqual(['hold', 'refer', 'reject']);
    expect(
      DecisionKind.options.map((kind) => reasonProblem({ kind, reasonCode: null })?.code ?? null),
    ).toEqual([null, 'REASON_REQUIRED', null, null, 'REASON_REQUIRED', 'REASON_REQUIRED']);
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
