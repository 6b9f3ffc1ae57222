import type { Declaration } from '@shared/domain';
import { Payment } from '@shared/domain/payment';
import { assessDeclaration } from '@shared/tariff/engine';
import type { AssessmentContext } from '@shared/tariff/types';
import { assessmentContext } from '../reference/build-packs';
import { SourceReader } from '../reference/sources';
import { addDays, instantOn, londonOffset } from './dates';
import type { Random } from './random';

// Demo payment states (issue 9, part 12), drawn after the rest of a declaration so that adding them
// moved nothing else. The amount is what the engine computes with the reference data; where it
// cannot compute all of it, the declaration says nothing about payment.

/** Payable amount of a declaration, or null when the engine cannot settle every item. */
export type Payable = (declaration: Declaration) => { amount: string; currency: string } | null;

type Contexts = Record<Declaration['jurisdiction'], AssessmentContext>;

/** The assessment contexts the reference packs publish, from the same files and the same import. */
export function demoContexts(referenceDir: string): Contexts {
  const sources = new SourceReader(referenceDir);
  return { kr: assessmentContext(sources, 'kr'), uk: assessmentContext(sources, 'uk') };
}

/** The engine with those contexts, built on first use (importing the schedules takes seconds). */
export function demoPayable(referenceDir: string): Payable {
  let contexts: Contexts | undefined;
  return (declaration) => {
    contexts ??= demoContexts(referenceDir);
    const assessment = assessDeclaration(declaration, contexts[declaration.jurisdiction]);
    return assessment.complete ? { amount: assessment.totals.payable, currency: assessment.currency } : null;
  };
}

/**
 * Where the duty of a decided declaration stands: released goods were paid for or deferred
 * against a guarantee; goods still at the post are also sometimes still due. Nothing is owed
 * before assessment (registered, selected) or after a rejection.
 */
export function withPayment(declaration: Declaration, random: Random, payable: Payable): Declaration {
  const { status } = declaration;
  if (status === 'registered' || status === 'selected' || status === 'rejected') return declaration;
  const owed = payable(declaration);
  if (owed === null || Number(owed.amount) === 0) return declaration;
  const state = random.weighted(
    status === 'released'
      ? ([
          ['deferred', 55],
          ['paid', 45],
        ] as const)
      : ([
          ['due', 35],
          ['deferred', 35],
          ['paid', 30],
        ] as const),
  );
  const kr = declaration.jurisdiction === 'kr';
  const accepted = declaration.acceptanceDate;
  const base = { amount: owed.amount, currency: owed.currency };
  const payment =
    state === 'paid'
      ? {
          status: 'paid',
          ...base,
          paidAt: instantOn(
            random,
            addDays(accepted, random.int(0, 1)),
            kr ? '+09:00' : londonOffset(accepted),
          ),
          // UNI-PASS 수납번호-like digits; a CDS payment reference.
          receipt: kr ? `${random.digits(4)}-${random.digits(8)}` : `CDSP${random.digits(10)}`,
          method: kr ? random.pick(['virtual-account', 'bank-transfer'] as const) : 'cash-account',
        }
      : state === 'deferred'
        ? {
            status: 'deferred',
            ...base,
            // 담보 관리번호 of a 포괄담보 (most traders) or a UK duty deferment approval number.
            guaranteeReference: kr ? `GR${accepted.slice(2, 4)}${random.digits(8)}` : random.digits(7),
            guaranteeKind: kr ? (random.chance(0.8) ? 'comprehensive' : 'individual') : 'deferment-account',
            // 사후납부: within 15 days of acceptance; UK deferment: the 15th of the next month.
            dueDate: kr
              ? addDays(accepted, 15)
              : `${addDays(`${accepted.slice(0, 7)}-28`, 7).slice(0, 7)}-15`,
          }
        : {
            status: 'due',
            ...base,
            noticeNumber: kr ? `${random.digits(4)}-${random.digits(10)}` : null,
            dueDate: kr ? addDays(accepted, 15) : null,
          };
  return { ...declaration, payment: Payment.parse(payment) };
}
