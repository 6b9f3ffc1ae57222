import { z } from 'zod';
import { LiquorCategory } from '../../domain/goods-attributes';
import { IsoDate } from '../../domain/ids';
import { Jurisdiction } from '../../domain/post';
import { TaxKind } from '../../domain/tax';
import type { AttributeRange, NationalRateConditions, NationalTaxRate } from '../types';

// The national tax-rate table as it crosses a boundary: the shipped project file
// (assets/data/taxes/<jurisdiction>/national-tax-rates.json, its JSON Schema in
// docs/national-tax-rates.schema.json) and the taxes reference pack a device downloads.

const decimal = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,9})?$/, 'a bound is a decimal string such as 1000 or 17.5');

const AttributeRangeSchema = z
  .object({ above: decimal.optional(), atMost: decimal.optional() })
  .strict()
  .refine((range) => range.above !== undefined || range.atMost !== undefined, 'a range needs above or atMost')
  .refine(
    (range) =>
      range.above === undefined || range.atMost === undefined || Number(range.above) < Number(range.atMost),
    'above must be below atMost',
  ) satisfies z.ZodType<AttributeRange>;

const ConditionsSchema = z
  .object({
    engineCapacityCc: AttributeRangeSchema.optional(),
    alcoholStrengthPercent: AttributeRangeSchema.optional(),
    liquorCategory: z.array(LiquorCategory).min(1).optional(),
    electric: z.boolean().optional(),
    parentAdValoremPercent: AttributeRangeSchema.optional(),
  })
  .strict() satisfies z.ZodType<NationalRateConditions>;

export const NationalTaxRateSchema = z
  .object({
    kind: TaxKind,
    code: z.string().max(16).default(''),
    match: z
      .string()
      .max(16)
      .regex(
        /^(\d{2,10}|[A-Z0-9]{1,8})?$/,
        'match is a tariff-code prefix (2–10 digits), a national code or empty',
      ),
    of: TaxKind.optional(),
    expression: z.string().min(1).max(1000),
    basis: z.enum(['statute', 'flexible', 'decree']).optional(),
    conditions: ConditionsSchema.optional(),
    exempt: z.boolean().optional(),
    quantityFactor: z
      .string()
      .regex(/^(0(\.\d{1,9})?|1(\.0{1,9})?)$/, 'a quantity factor is a decimal from 0 to 1, such as 0.998')
      .optional(),
    reductionCapPerArticle: decimal.optional(),
    validFrom: IsoDate.nullable().optional(),
    validTo: IsoDate.nullable().optional(),
    source: z.string().min(1).max(300),
    note: z.string().max(1000).optional(),
  })
  .strict()
  .refine((rate) => !rate.validFrom || !rate.validTo || rate.validFrom <= rate.validTo, {
    message: 'validFrom is after validTo',
    path: ['validTo'],
  })
  .refine((rate) => rate.match !== '' || rate.of !== undefined, {
    message: 'a rate for any goods (empty match) must be levied on another tax (of)',
    path: ['match'],
  })
  .refine((rate) => rate.reductionCapPerArticle === undefined || rate.basis === 'flexible', {
    message: 'a reduction cap bounds a flexible rate against the statute rate: basis must be flexible',
    path: ['reductionCapPerArticle'],
  })
  .refine((rate) => rate.conditions?.parentAdValoremPercent === undefined || rate.of !== undefined, {
    message: 'parentAdValoremPercent needs the tax it is levied on (of)',
    path: ['conditions', 'parentAdValoremPercent'],
  }) satisfies z.ZodType<NationalTaxRate, unknown>;

/** The project file: the rates with the statutes they were read from. */
export const NationalTaxRatesFile = z
  .object({
    $schema: z.string().optional(),
    $comment: z.string().optional(),
    jurisdiction: Jurisdiction,
    version: z.string().min(1).max(200),
    sources: z
      .array(
        z
          .object({
            id: z.string().min(1),
            title: z.string().min(1),
            amendment: z.string(),
            read: z.string(),
          })
          .passthrough(),
      )
      .optional(),
    rates: z.array(NationalTaxRateSchema).max(5000),
  })
  .strict();
export type NationalTaxRatesFile = z.infer<typeof NationalTaxRatesFile>;

export const NATIONAL_TAX_RATES_SCHEMA_ID =
  'https://border-post.example/schemas/national-tax-rates.schema.json';

/** The JSON Schema of the project file, generated from the zod schema; docs/national-tax-rates.schema.json holds it. */
export function nationalTaxRatesJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(NationalTaxRatesFile, { target: 'draft-2020-12', io: 'input' }),
    $id: NATIONAL_TAX_RATES_SCHEMA_ID,
    title: 'Border Post national tax-rate table',
    description:
      'National (internal) tax rates with their conditions, validity and statutory source (generated from shared/tariff/national-rates/schema.ts; do not edit by hand).',
  };
}

export function renderNationalTaxRatesJsonSchema(): string {
  return `${JSON.stringify(nationalTaxRatesJsonSchema(), null, 2)}\n`;
}
