import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CurrencyCode } from '../../domain/ids';
import type { ExchangeRate, ExchangeRateTable } from '../types';
import { coverageOf, ratesContaining } from './rate-index';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

function tableOf(rates: ExchangeRate[]): ExchangeRateTable {
  return {
    base: 'KRW' as CurrencyCode,
    periodicity: 'weekly-sun-sat',
    version: 'test',
    label: 'test rates',
    official: false,
    rates,
  };
}

describe('rate index', () => {
  it('finds exactly the rows a full scan finds, for any periods and dates', () => {
    const period = fc
      .tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 40 }), fc.constantFrom('USD', 'EUR'))
      .map(([start, length, currency]) => ({
        currency: currency as CurrencyCode,
        unitsPerBase: '1',
        periodStart: day(start),
        periodEnd: day(start + length),
      }));
    fc.assert(
      fc.property(fc.array(period, { maxLength: 60 }), fc.integer({ min: -5, max: 360 }), (rates, n) => {
        const date = day(n);
        const table = tableOf(rates);
        const expected = rates.filter(
          (r) => r.currency === 'USD' && r.periodStart <= date && date <= r.periodEnd,
        );
        const found = ratesContaining(table, 'USD', date);
        expect(new Set(found)).toEqual(new Set(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('reports the span a currency covers, or null when it has none', () => {
    const table = tableOf([
      { currency: 'USD' as CurrencyCode, unitsPerBase: '1', periodStart: day(7), periodEnd: day(13) },
      { currency: 'USD' as CurrencyCode, unitsPerBase: '1', periodStart: day(0), periodEnd: day(6) },
    ]);
    expect(coverageOf(table, 'USD')).toEqual({ from: day(0), to: day(13) });
    expect(coverageOf(table, 'EUR')).toBeNull();
  });
});
