import { describe, expect, it } from 'vitest';
import { deriveDemoKrwRates } from '../../shared/tariff/import/demo-krw-rates';
import { findRate, importHmrcMonthlyRates } from '../../shared/tariff/import/hmrc-rates';
import { readAsset, unwrap } from './assets';

const hmrc = unwrap(importHmrcMonthlyRates(readAsset('tariffs/uk/hmrc_monthly_exchange_rates.csv')));

describe('the HMRC monthly exchange rates file', () => {
  it('loads every row, labelled official, versioned by its latest month', () => {
    expect(hmrc.rates).toHaveLength(20_355);
    expect(hmrc).toMatchObject({
      base: 'GBP',
      periodicity: 'monthly',
      official: true,
      label: 'HMRC monthly exchange rates',
      version: 'HMRC monthly rates to 2026-09',
    });
  });

  it('finds the rate of the month containing a date', () => {
    expect(unwrap(findRate(hmrc, 'USD', '2021-01-15'))).toEqual({
      currency: 'USD',
      unitsPerBase: '1.3497',
      periodStart: '2021-01-01',
      periodEnd: '2021-01-31',
    });
    expect(unwrap(findRate(hmrc, 'USD', '2021-02-01')).unitsPerBase).toBe('1.3632');
    expect(unwrap(findRate(hmrc, 'GBP', '2021-02-01')).unitsPerBase).toBe('1');
  });

  it('says clearly when there is no rate', () => {
    const result = findRate(hmrc, 'USD', '2014-12-31');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toMatch(/No USD rate for 2014-12-31 .* from 2015-01-01 to 2026-09-30/);
    expect(findRate(hmrc, 'XYZ', '2021-01-15').ok).toBe(false);
  });
});

describe('the demo KRW rates derived from HMRC', () => {
  const krw = deriveDemoKrwRates(hmrc);

  it('is weekly, Sunday to Saturday, and never official', () => {
    expect(krw).toMatchObject({ base: 'KRW', periodicity: 'weekly-sun-sat', official: false });
    expect(krw.label).toBe('demo rates, not KCS rates');
    expect(krw.rates.every((rate) => new Date(`${rate.periodStart}T00:00:00Z`).getUTCDay() === 0)).toBe(true);
  });

  it('crosses through sterling, in full decimal precision', () => {
    // January 2021, HMRC: KRW 1476.49 and USD 1.3497 per £1. Week Sun 2021-01-03 – Sat 2021-01-09.
    // USD per KRW = 1.3497 / 1476.49 = 0.000914127423822714681440443213296398891966759002770083102493…
    // (and KRW per USD = 1476.49 / 1.3497 = 1093.939393…, worked by hand: 1.3497 × 1093.94 ≈ 1476.49).
    const week = unwrap(findRate(krw, 'USD', '2021-01-06'));
    expect(week.periodStart).toBe('2021-01-03');
    expect(week.periodEnd).toBe('2021-01-09');
    expect(week.unitsPerBase).toBe('0.000914127423822714681440443213296398891966759002770083102493075');
    expect(unwrap(findRate(krw, 'GBP', '2021-01-06')).unitsPerBase.slice(0, 20)).toBe('0.000677281932149896');
  });

  it('gives a week across two months the rate of the month of its Sunday', () => {
    // Sun 2021-01-31 – Sat 2021-02-06: January's rate (USD 1.3497), not February's (1.3632).
    const week = unwrap(findRate(krw, 'USD', '2021-02-04'));
    expect(week).toMatchObject({ periodStart: '2021-01-31', periodEnd: '2021-02-06' });
    expect(week.unitsPerBase).toBe(unwrap(findRate(krw, 'USD', '2021-01-06')).unitsPerBase);
  });
});
