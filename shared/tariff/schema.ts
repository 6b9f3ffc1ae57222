import { z } from 'zod';
import { CountryCode, CurrencyCode, IsoDate } from '../domain/ids';
import { Jurisdiction } from '../domain/post';
import type { ExchangeRateTable, MeasureKind, TariffSchedule } from './types';

// Runtime schemas of the engine's inputs, for data that crosses a boundary (a reference pack
// downloaded by a device, a past version read back by the server). Each is checked against the
// type in types.ts, so the two cannot drift apart.

const text = (max: number) => z.string().max(max);

/** Every measure kind, for a schema's enum (a new kind fails to compile until it is listed). */
export const MEASURE_KINDS = [
  'third-country',
  'wto-concession',
  'preference',
  'preferential-quota',
  'quota',
  'adjustment',
  'ldc',
  'provisional',
  'suspension',
  'anti-dumping',
  'countervailing',
  'safeguard',
  'retaliatory',
] as const satisfies readonly MeasureKind[];

const MeasureSchema = z.object({
  kind: z.enum(MEASURE_KINDS),
  code: text(16),
  expression: text(1000),
  origins: z.array(CountryCode).optional(),
  excludedOrigins: z.array(CountryCode).optional(),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
  quotaOrderNumber: text(16).optional(),
  source: text(300),
  indicative: z.boolean().optional(),
  condition: text(500).optional(),
});

const TariffLineSchema = z.object({
  code: z.string().regex(/^\d{4,10}$/, 'a tariff line code is digits'),
  // UKGT descriptions join every heading above a line: some run past 2,000 characters.
  description: text(20000),
  descriptionLocal: text(20000).optional(),
  supplementaryUnit: z
    .string()
    .regex(/^[A-Z0-9]{2,3}$/)
    .optional(),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
  flags: z
    .object({
      tradeRemedy: z.boolean().optional(),
      cetUntilTradeRemedyReview: z.boolean().optional(),
      suspension: z.boolean().optional(),
      quota: z.boolean().optional(),
    })
    .optional(),
  measures: z.array(MeasureSchema),
});

export const TariffScheduleSchema = z.object({
  jurisdiction: Jurisdiction,
  version: text(200),
  lines: z.array(TariffLineSchema),
}) satisfies z.ZodType<TariffSchedule>;

// Derived cross rates keep 60 significant digits (demo-krw-rates.ts), hence the long fraction.
const decimal = z.string().regex(/^-?\d{1,18}(\.\d{1,80})?$/, 'a rate is a decimal string');

export const ExchangeRateTableSchema = z.object({
  base: CurrencyCode,
  periodicity: z.enum(['monthly', 'weekly-sun-sat']),
  version: text(200),
  label: text(200),
  official: z.boolean(),
  rates: z.array(
    z.object({ currency: CurrencyCode, unitsPerBase: decimal, periodStart: IsoDate, periodEnd: IsoDate }),
  ),
}) satisfies z.ZodType<ExchangeRateTable>;

// The national tax-rate table's schema lives with its selection rules, in national-rates/schema.ts.
export { NationalTaxRateSchema } from './national-rates/schema';
