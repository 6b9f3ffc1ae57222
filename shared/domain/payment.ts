import { z } from 'zod';
import { CurrencyCode, DecimalString, identifierText, IsoDate, IsoDateTime } from './ids';

// Whether the duty and taxes of a declaration are paid, secured or still owed (issue 9, part 12).
// Modelled on UNI-PASS's 납부방식 (사전납부: paid before release; 사후납부 and 월별납부: released
// first, paid by a date, against a 담보 guarantee) and on ASYCUDA's assessment notice → receipt,
// where a guarantee or a trader's account may stand in for payment. UK CDS carries the same three
// states through the method of payment (DE 4/8): cash and transfers (paid), a duty deferment
// account or a guarantee (deferred).

/** How a payment was made. */
export const PaymentMethod = z.enum(['bank-transfer', 'virtual-account', 'card', 'cash', 'cash-account']);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/**
 * What secures a deferred payment: a 포괄담보 comprehensive guarantee covering a trader's
 * declarations up to a limit, a 개별담보 individual guarantee for one declaration, or a UK duty
 * deferment account (its approval number, the DAN, is the reference).
 */
export const GuaranteeKind = z.enum(['comprehensive', 'individual', 'deferment-account']);
export type GuaranteeKind = z.infer<typeof GuaranteeKind>;

/** The assessed duty and taxes are owed and neither paid nor secured. */
export const PaymentDue = z
  .object({
    status: z.literal('due'),
    amount: DecimalString,
    currency: CurrencyCode,
    /** The payment notice (UNI-PASS 납부서번호, ASYCUDA assessment notice), once issued. */
    noticeNumber: identifierText(40).nullable(),
    /** 납부기한: the date the notice must be paid by, once set. */
    dueDate: IsoDate.nullable(),
  })
  .strict();

/** Paid in full; the receipt proves it. */
export const PaymentPaid = z
  .object({
    status: z.literal('paid'),
    amount: DecimalString,
    currency: CurrencyCode,
    paidAt: IsoDateTime,
    /** The receipt (UNI-PASS 수납번호, ASYCUDA receipt number, CDS payment reference). */
    receipt: identifierText(40),
    method: PaymentMethod,
  })
  .strict();

/** Released first and paid later, secured by a guarantee (사후납부 / 월별납부, UK deferment). */
export const PaymentDeferred = z
  .object({
    status: z.literal('deferred'),
    amount: DecimalString,
    currency: CurrencyCode,
    /** The guarantee (담보 관리번호) or UK deferment approval number (DAN). */
    guaranteeReference: identifierText(40),
    guaranteeKind: GuaranteeKind,
    /** The date the deferred amount must be paid by. */
    dueDate: IsoDate,
  })
  .strict();

/**
 * A declaration's payment state. Optional on a declaration: data from before it existed says
 * nothing about payment, and nothing is refused for it.
 */
export const Payment = z.discriminatedUnion('status', [PaymentDue, PaymentPaid, PaymentDeferred]);
export type Payment = z.infer<typeof Payment>;
export type PaymentStatus = Payment['status'];

/** True when duty is owed and neither paid nor secured: releasing then needs a recorded basis. */
export function isDutyUnsecured(payment: Payment | undefined): boolean {
  // Decimal text, compared as text: any non-zero digit in a non-negative amount is money owed.
  return payment?.status === 'due' && !payment.amount.startsWith('-') && /[1-9]/.test(payment.amount);
}

/**
 * The bases on which an officer may release goods while their duty is due and neither paid nor
 * secured, recorded as the release's reason code with a note. The project's own codes, named
 * after the grounds UNI-PASS and ASYCUDA posts release on (a receipt not yet confirmed, a
 * guarantee not yet registered, importers and goods for which the guarantee is waived); not a
 * KCS or HMRC code list.
 */
export const RELEASE_BASIS_CODES = [
  {
    code: 'PAID_UNCONFIRMED',
    en: 'Paid: proof of payment seen, receipt not yet confirmed',
    ko: '납부 증빙 확인, 수납 확인 전',
  },
  {
    code: 'GUARANTEE_LODGED',
    en: 'Guarantee lodged, not yet registered',
    ko: '담보 제공, 등록 전',
  },
  {
    code: 'PUBLIC_BODY',
    en: 'Importer is a public body, guarantee waived',
    ko: '국가·지방자치단체 등 담보 생략 대상',
  },
  {
    code: 'PERISHABLE_UNDERTAKING',
    en: "Perishable or urgent goods, released on the importer's undertaking to pay",
    ko: '부패·긴급 물품, 납부 서약에 따른 반출',
  },
  {
    code: 'RELIEF_CONSIGNMENT',
    en: 'Humanitarian relief consignment',
    ko: '구호 물품',
  },
  {
    code: 'SUPERVISOR_AUTHORISED',
    en: 'Release authorised by a supervisor',
    ko: '상급자 승인',
  },
] as const satisfies readonly { code: string; en: string; ko: string }[];

export type ReleaseBasisCode = (typeof RELEASE_BASIS_CODES)[number]['code'];

export function isReleaseBasisCode(code: string | null): code is ReleaseBasisCode {
  return RELEASE_BASIS_CODES.some((entry) => entry.code === code);
}
