import type { CodesPack, RatesPack, TariffPack, TaxesPack } from '@shared/api/reference-v1';
import type { Jurisdiction } from '@shared/domain/post';
import { CurrencyCode } from '@shared/domain/ids';

// Small, valid reference packs for tests: one rate, one line, one code. Real packs are built from
// assets/data by src-server/reference/.

const header = (jurisdiction: Jurisdiction, label: string) => ({
  jurisdiction,
  label,
  publishedAt: '2026-09-01T00:00:00.000Z',
  sources: ['test fixture'],
  demo: true,
});

/** A one-currency rates pack for one month: `usd` units of USD per unit of the base currency. */
export function ratesPackFixture(jurisdiction: Jurisdiction, month: string, usd: string): RatesPack {
  const periodStart = `${month}-01`;
  const periodEnd = `${month}-28`;
  return {
    kind: 'rates',
    ...header(jurisdiction, `test rates ${month}`),
    covers: { from: periodStart, to: periodEnd },
    table: {
      base: CurrencyCode.parse(jurisdiction === 'kr' ? 'KRW' : 'GBP'),
      periodicity: 'monthly',
      version: `test ${month}`,
      label: `test rates ${month}`,
      official: false,
      rates: [{ currency: CurrencyCode.parse('USD'), unitsPerBase: usd, periodStart, periodEnd }],
    },
  };
}

export function tariffPackFixture(jurisdiction: Jurisdiction, dutyRate: string): TariffPack {
  return {
    kind: 'tariff',
    ...header(jurisdiction, `test tariff ${dutyRate}`),
    schedule: {
      jurisdiction,
      version: `test ${dutyRate}`,
      lines: [
        {
          code: '0702000007',
          description: 'Tomatoes, fresh or chilled',
          measures: [{ kind: 'third-country', code: '103', expression: dutyRate, source: 'test' }],
        },
      ],
    },
  };
}

export function taxesPackFixture(jurisdiction: Jurisdiction): TaxesPack {
  return { kind: 'taxes', ...header(jurisdiction, 'test taxes'), rates: [] };
}

export function codesPackFixture(jurisdiction: Jurisdiction): CodesPack {
  return {
    kind: 'codes',
    ...header(jurisdiction, 'test codes'),
    reasons: { hold: [{ code: 'DOCS', en: 'Documents missing' }] },
    documents: [],
    countries: [{ code: 'VN', en: 'Viet Nam', local: '베트남' }],
    units: [],
    lanes: [],
  };
}
