import { z } from 'zod';
import { coverageOf, ratesContaining } from '../valuation/rate-index';
import { CurrencyCode } from '../../domain/ids';
import { err, ok, type Result } from '../../util/result';
import { preview } from '../preview';
import type { ExchangeRate, ExchangeRateTable, ImportError } from '../types';
import { parseCsv } from './csv';
import { decimalCell, isoDateCell } from './fields';

export const HMRC_RATES_FILE = 'hmrc_monthly_exchange_rates.csv';
export const HMRC_RATES_LABEL = 'HMRC monthly exchange rates';

const GBP = CurrencyCode.parse('GBP');

const row = z
  .object({
    period_start: isoDateCell,
    period_end: isoDateCell,
    currency: CurrencyCode,
    units_per_gbp: decimalCell.refine((text) => !/^0+(\.0+)?$/.test(text), 'a rate cannot be zero'),
  })
  .refine((value) => value.period_start <= value.period_end, {
    message: 'period_end is before period_start',
    path: ['period_end'],
  });

/**
 * HMRC's monthly customs exchange rates: units of each currency per £1, one row per currency and
 * month. Overlapping periods for the same currency are refused (a date must find one rate).
 */
export function importHmrcMonthlyRates(csv: string): Result<ExchangeRateTable, ImportError> {
  const rows = parseCsv(
    csv,
    { file: HMRC_RATES_FILE, required: ['period_start', 'period_end', 'currency', 'units_per_gbp'] },
    row,
  );
  if (!rows.ok) return rows;
  const lastEnd = new Map<string, { end: string; line: number }>();
  const rates: ExchangeRate[] = [];
  const sorted = [...rows.value].sort(
    (a, b) =>
      a.value.currency.localeCompare(b.value.currency) ||
      a.value.period_start.localeCompare(b.value.period_start),
  );
  for (const { line, value } of sorted) {
    const previous = lastEnd.get(value.currency);
    if (previous && previous.end >= value.period_start) {
      return err({
        code: 'OVERLAPPING_PERIOD',
        message: `${HMRC_RATES_FILE} line ${line}: the ${value.currency} period from ${value.period_start} overlaps the one on line ${previous.line}`,
        where: `${HMRC_RATES_FILE} line ${line}, column period_start`,
      });
    }
    lastEnd.set(value.currency, { end: value.period_end, line });
  }
  let latest = '';
  for (const { value } of rows.value) {
    if (value.period_start > latest) latest = value.period_start;
    rates.push({
      currency: value.currency,
      unitsPerBase: value.units_per_gbp,
      periodStart: value.period_start,
      periodEnd: value.period_end,
    });
  }
  return ok({
    base: GBP,
    periodicity: 'monthly',
    version: latest === '' ? 'HMRC (no rates)' : `HMRC monthly rates to ${latest.slice(0, 7)}`,
    label: HMRC_RATES_LABEL,
    official: true,
    rates,
  });
}

export type RateLookupError = {
  code: 'NO_EXCHANGE_RATE' | 'INVALID_DATE';
  message: string;
};

/**
 * The rate of `currency` whose period contains `date` (YYYY-MM-DD). The table's own base currency
 * is 1 on every date.
 */
export function findRate(
  table: ExchangeRateTable,
  currency: string,
  date: string,
): Result<ExchangeRate, RateLookupError> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return err({ code: 'INVALID_DATE', message: `${preview(date)} is not a YYYY-MM-DD date` });
  }
  if (currency === table.base) {
    return ok({ currency: table.base, unitsPerBase: '1', periodStart: date, periodEnd: date });
  }
  const found = ratesContaining(table, currency, date)[0];
  if (found) return ok(found);
  const covered = coverageOf(table, currency);
  const span = covered
    ? `${table.label} has ${currency} rates from ${covered.from} to ${covered.to}`
    : `${table.label} has no ${currency} rate at all`;
  return err({
    code: 'NO_EXCHANGE_RATE',
    message: `No ${currency} rate for ${date} in ${table.version}: ${span}`,
  });
}
