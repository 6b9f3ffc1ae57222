import { CurrencyCode } from '../../domain/ids';
import { dec, toPlain } from '../decimal';
import type { ExchangeRate, ExchangeRateTable } from '../types';

export const DEMO_KRW_LABEL = 'demo rates, not KCS rates';

const KRW = CurrencyCode.parse('KRW');
const DAY_MS = 86_400_000;

const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (iso: string, days: number): string => toIso(new Date(toDate(iso).getTime() + days * DAY_MS));
/** The first Sunday on or after `iso`. */
const sundayOnOrAfter = (iso: string): string => addDays(iso, (7 - toDate(iso).getUTCDay()) % 7);

/**
 * Demo weekly rates for the Korean profile, derived from HMRC's monthly table. Korea's official
 * weekly customs rates (Sunday to Saturday) are not public data here, so these are cross rates
 * through sterling and are labelled and flagged as not official everywhere they are shown.
 *
 * One entry per currency and week, Sunday to Saturday. A week that straddles two months takes the
 * HMRC month containing its Sunday (the week's first day, the day its rate would be published for).
 *
 * `unitsPerBase` keeps the contract's meaning, units of the currency per 1 KRW:
 *   X per KRW = (X per £1) / (KRW per £1).
 * That quotient rarely terminates, and so would the inverse (KRW per X) that officers read, so we
 * keep 60 significant digits (decimal.js, never floats): a relative error below 1e-59, far below
 * the won truncation the Korean profile applies to every amount.
 */
export function deriveDemoKrwRates(hmrc: ExchangeRateTable): ExchangeRateTable {
  const months = new Map<string, ExchangeRate[]>();
  for (const rate of hmrc.rates) {
    const list = months.get(rate.periodStart) ?? [];
    list.push(rate);
    months.set(rate.periodStart, list);
  }
  const rates: ExchangeRate[] = [];
  const periods = [...months.keys()].sort();
  for (const periodStart of periods) {
    const monthRates = months.get(periodStart) ?? [];
    const krw = monthRates.find((rate) => rate.currency === KRW);
    const periodEnd = monthRates[0]?.periodEnd;
    if (!krw || periodEnd === undefined) continue;
    const krwPerBase = dec(krw.unitsPerBase);
    const others = monthRates.filter((rate) => rate.currency !== KRW);
    // Sterling itself: HMRC quotes per £1, so £1 = krwPerBase won.
    const crosses = [
      { currency: hmrc.base, unitsPerBase: toPlain(dec(1).div(krwPerBase)) },
      ...others.map((rate) => ({
        currency: rate.currency,
        unitsPerBase: toPlain(dec(rate.unitsPerBase).div(krwPerBase)),
      })),
    ];
    for (let sunday = sundayOnOrAfter(periodStart); sunday <= periodEnd; sunday = addDays(sunday, 7)) {
      const saturday = addDays(sunday, 6);
      for (const cross of crosses) {
        rates.push({ ...cross, periodStart: sunday, periodEnd: saturday });
      }
    }
  }
  return {
    base: KRW,
    periodicity: 'weekly-sun-sat',
    version: `demo KRW cross rates from ${hmrc.version}`,
    label: DEMO_KRW_LABEL,
    official: false,
    rates,
  };
}
