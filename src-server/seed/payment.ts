import type { Declaration } from '@shared/domain';
import { Payment } from '@shared/domain/payment';
import { assessDeclaration } from '@shared/tariff/engine';
import {
  buildKoreanDemoTariff,
  deriveDemoKrwRates,
  importHmrcMonthlyRates,
  importKcsHskList,
  importP3QuotaTariff,
  importUkGlobalTariff,
  importVkftaSchedule,
} from '@shared/tariff/import';
import type { AssessmentContext, ImportError } from '@shared/tariff/types';
import type { Result } from '@shared/util/result';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addDays, instantOn, londonOffset } from './dates';
import type { Random } from './random';
import { REFERENCE_FILES } from './reference';

// Demo payment states (issue 9, part 12), drawn after the rest of a declaration so that adding them
// moved nothing else. The amount is what the engine computes with the reference data; where it
// cannot compute all of it, the declaration says nothing about payment.

/** Payable amount of a declaration, or null when the engine cannot settle every item. */
export type Payable = (declaration: Declaration) => { amount: string; currency: string } | null;

function unwrap<T>(file: string, result: Result<T, ImportError>): T {
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
  return result.value;
}

/** The assessment contexts the reference packs publish, from the same files. */
export function demoContexts(referenceDir: string): Contexts {
  const read = (file: string) => readFileSync(path.join(referenceDir, file), 'utf8');
  const hmrc = unwrap(REFERENCE_FILES.hmrcRates, importHmrcMonthlyRates(read(REFERENCE_FILES.hmrcRates)));
  const tariff = buildKoreanDemoTariff(
    unwrap(REFERENCE_FILES.kcsHsk, importKcsHskList(read(REFERENCE_FILES.kcsHsk))),
    unwrap(REFERENCE_FILES.vkfta, importVkftaSchedule(read(REFERENCE_FILES.vkfta))),
    unwrap(REFERENCE_FILES.quota, importP3QuotaTariff(read(REFERENCE_FILES.quota))),
  );
  return {
    kr: { profile: 'kr', tariff: unwrap('KR tariff', tariff), rates: deriveDemoKrwRates(hmrc) },
    uk: {
      profile: 'uk',
      tariff: unwrap(REFERENCE_FILES.ukgt, importUkGlobalTariff(read(REFERENCE_FILES.ukgt))),
      rates: hmrc,
    },
  };
}

type Contexts = Record<Declaration['jurisdiction'], AssessmentContext>;

/** Built once per reference directory and process: importing the schedules takes seconds. */
const built = new Map<string, Contexts>();

/** The engine with those contexts, built on first use. */
export function demoPayable(referenceDir: string): Payable {
  return (declaration) => {
    let contexts = built.get(referenceDir);
    if (contexts === undefined) {
      contexts = demoContexts(referenceDir);
      built.set(referenceDir, contexts);
    }
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
