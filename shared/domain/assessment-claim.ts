import { z } from 'zod';
import { CountryCode, CurrencyCode, DecimalString, HsCode, MAX_INT32, storableText } from './ids';
import { PreferenceClaim, ValuationAdjustment } from './declaration';
import { LiquorCategory } from './goods-attributes';
import { TaxKind } from './tax';

// What a decision says about money (issue 9): the officer's corrections to the declared goods and
// the assessment the device computed from them, with the reference versions it used. Corrections
// are never edits of the declaration: they travel inside the decision, through the outbox, and the
// central API recomputes the figures with the same engine and versions before accepting them.

/** The fields of one goods item an officer corrected; a field left out is as declared. */
export const ItemCorrection = z
  .object({
    sequence: z.number().int().min(1).max(999),
    hsCode: HsCode.optional(),
    originCountry: CountryCode.optional(),
    /** null withdraws the preference claim; a claim replaces it (agreement and proof of origin). */
    preference: PreferenceClaim.nullable().optional(),
    quantity: DecimalString.optional(),
    netMassKg: DecimalString.optional(),
    /** Item price in the invoice currency. */
    price: DecimalString.optional(),
    /** Item-level additions and deductions, replacing the declared ones. */
    adjustments: z.array(ValuationAdjustment).max(50).optional(),
    // What Korea's internal taxes turn on (issue 10): an officer who finds a 2,500 cc car declared
    // as 1,500 cc, or a liqueur declared as fruit wine, corrects it like the HS code.
    engineCapacityCc: DecimalString.optional(),
    electricVehicle: z.boolean().optional(),
    liquorCategory: LiquorCategory.optional(),
    alcoholStrengthPercent: DecimalString.optional(),
  })
  .strict();
export type ItemCorrection = z.infer<typeof ItemCorrection>;

/** The published reference versions an assessment was computed with (GET /sync/v1/reference). */
export const AssessmentVersions = z
  .object({
    tariff: z.number().int().min(1).max(MAX_INT32),
    rates: z.number().int().min(1).max(MAX_INT32),
    /** null where the jurisdiction has no national tax pack published. */
    taxes: z.number().int().min(1).max(MAX_INT32).nullable(),
  })
  .strict();
export type AssessmentVersions = z.infer<typeof AssessmentVersions>;

const AmountByKind = z
  .object({ kind: TaxKind, code: z.string().max(8).nullable(), amount: DecimalString })
  .strict();

/** The figures of one assessment, enough to compare two of them tax by tax and item by item. */
export const AssessmentFigures = z
  .object({
    currency: CurrencyCode,
    payable: DecimalString,
    byKind: z.array(AmountByKind).max(20),
    items: z
      .array(
        z
          .object({ sequence: z.number().int().min(1).max(999), taxes: z.array(AmountByKind).max(20) })
          .strict(),
      )
      .max(999),
    /** False when an item could not be assessed (a rate not in the data…): the figures are partial. */
    complete: z.boolean(),
  })
  .strict();
export type AssessmentFigures = z.infer<typeof AssessmentFigures>;

/** An assessment a decision carries: what was corrected, with which versions, and the result. */
export const AssessmentClaim = z
  .object({
    versions: AssessmentVersions,
    /** The version labels as shown to the officer ("UKGT 2021-01-01 …"), for the record. */
    tariffLabel: storableText(200),
    ratesLabel: storableText(200),
    corrections: z.array(ItemCorrection).max(999),
    figures: AssessmentFigures,
  })
  .strict();
export type AssessmentClaim = z.infer<typeof AssessmentClaim>;
