// Customs conversion uses the official periodic rate valid on the date of acceptance, not a market
// rate: HMRC publishes monthly rates for customs and VAT; Korea's customs rate is fixed by the KCS
// for each week, Sunday to Saturday, from the previous week's average (Customs Act art. 18).
import type { CurrencyCode } from '../../domain/ids';
import { Dec } from '../decimal';
import type { ExchangeRate, ExchangeRateTable } from '../types';
import { assertNever } from '../../util/assert-never';
import { err, ok, type Result } from '../../util/result';
import { ratesContaining } from './rate-index';

export type RateUsed = ExchangeRate & { date: string };

const toIso = (d: Date): string => d.toISOString().slice(0, 10);

function parseIsoDate(date: string): Date {
  const [y, m, d] = date.split('-').map((part) => Number.parseInt(part, 10));
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** The rate period that contains `date`: its calendar month, or its Sunday-to-Saturday week. */
export function periodContaining(
  date: string,
  periodicity: ExchangeRateTable['periodicity'],
): { start: string; end: string } {
  const day = parseIsoDate(date);
  switch (periodicity) {
    case 'monthly': {
      const start = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
      const end = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0));
      return { start: toIso(start), end: toIso(end) };
    }
    case 'weekly-sun-sat': {
      const start = new Date(day.getTime() - day.getUTCDay() * 86_400_000);
      const end = new Date(start.getTime() + 6 * 86_400_000);
      return { start: toIso(start), end: toIso(end) };
    }
    default:
      return assertNever(periodicity, 'rate periodicity');
  }
}

/**
 * The official rate for `currency` valid on `date`. A row whose period is exactly the table's own
 * period for that date wins; otherwise any row whose period contains the date.
 */
export function officialRateOn(
  table: ExchangeRateTable,
  currency: CurrencyCode,
  date: string,
): Result<ExchangeRate, string> {
  const expected = periodContaining(date, table.periodicity);
  const candidates = ratesContaining(table, currency, date);
  const exact = candidates.find((r) => r.periodStart === expected.start && r.periodEnd === expected.end);
  const found = exact ?? candidates[0];
  if (found === undefined) {
    return err(
      `no ${currency} rate in "${table.label}" (${table.version}) for ${date} (period ${expected.start}–${expected.end})`,
    );
  }
  return ok(found);
}

export type Conversion = { value: Dec; rate: ExchangeRate | null; explanation: string };

/** Converts into the table's base currency: amount ÷ units of the currency per one unit of base. */
export function convertToBase(
  table: ExchangeRateTable,
  amount: Dec,
  currency: CurrencyCode,
  date: string,
): Result<Conversion, string> {
  if (currency === table.base)
    return ok({ value: amount, rate: null, explanation: `${amount.toFixed()} ${currency}` });
  const rate = officialRateOn(table, currency, date);
  if (!rate.ok) return rate;
  const unitsPerBase = new Dec(rate.value.unitsPerBase);
  const value = amount.div(unitsPerBase);
  // The figure keeps full precision; the explanation shows the rate as people read it.
  const shown = unitsPerBase.toSignificantDigits(12).toFixed();
  const perUnit = new Dec(1).div(unitsPerBase).toSignificantDigits(10).toFixed();
  return ok({
    value,
    rate: rate.value,
    explanation: `${amount.toFixed()} ${currency} ÷ ${shown} ${currency}/${table.base} (1 ${currency} = ${perUnit} ${table.base}; ${table.label}, ${table.version}, ${rate.value.periodStart}–${rate.value.periodEnd})`,
  });
}
