import { describe, expect, it } from 'vitest';
import { CurrencyCode } from '../../domain/ids';
import { Dec } from '../decimal';
import { declarationOf, rate } from '../engine/test-support';
import { krProfile } from '../profiles/kr';
import { ukProfile } from '../profiles/uk';
import type { ExchangeRateTable } from '../types';
import { allocate } from './allocation';
import { officialRateOn, periodContaining } from './exchange';
import { valueDeclaration } from './customs-value';

const gbpTable = (rates: ExchangeRateTable['rates']): ExchangeRateTable => ({
  base: CurrencyCode.parse('GBP'),
  periodicity: 'monthly',
  version: 'HMRC 2026-03',
  label: 'HMRC monthly exchange rates',
  official: true,
  rates,
});

const valueOf = (
  incoterm: Parameters<typeof declarationOf>[0]['incoterm'],
  extra: Partial<Parameters<typeof declarationOf>[0]> = {},
) => {
  const declaration = declarationOf({
    incoterm,
    freight: '100',
    insurance: '10',
    items: [{ hsCode: '8510900000' }],
    ...extra,
  });
  const result = valueDeclaration(declaration, {
    currency: ukProfile.currency,
    rates: gbpTable([]),
    rounding: ukProfile.rounding.customsValue,
  });
  return result.items[0]?.rounded.toFixed();
};

describe('customs value by incoterm (CIF at the place of import)', () => {
  it.each([
    ['EXW', '1110'],
    ['FCA', '1110'],
    ['FAS', '1110'],
    ['FOB', '1110'],
    ['CFR', '1010'],
    ['CPT', '1010'],
    ['CIF', '1000'],
    ['CIP', '1000'],
    ['DAP', '1000'],
    ['DPU', '1000'],
    ['DDP', '1000'],
  ] as const)('%s adds only the costs not already in the price', (term, expected) => {
    expect(valueOf(term)).toBe(expected);
  });

  it('deducts costs after importation declared on D terms', () => {
    expect(
      valueOf('DDP', { adjustments: [{ kind: 'deduction', code: 'BC', amount: '100', currency: 'GBP' }] }),
    ).toBe('900');
  });

  it('adds a declared air-freight addition instead of the header freight, never both', () => {
    expect(
      valueOf('FOB', { adjustments: [{ kind: 'addition', code: 'AR', amount: '250', currency: 'GBP' }] }),
    ).toBe('1260');
  });
});

describe('allocation of header costs', () => {
  it('splits by value with the remainder on the last item so the parts sum to the whole', () => {
    const parts = allocate(new Dec('100'), [new Dec(1), new Dec(1), new Dec(1)], 2);
    expect(parts.map((p) => p.toFixed())).toEqual(['33.33', '33.33', '33.34']);
  });

  it('splits whole won for a zero-decimal currency', () => {
    const parts = allocate(new Dec('1000'), [new Dec(3), new Dec(3), new Dec(1)], 0);
    expect(parts.map((p) => p.toFixed())).toEqual(['428', '428', '144']);
  });

  it('allocates by value by default and by gross weight on request, summing exactly', () => {
    const declaration = declarationOf({
      incoterm: 'FOB',
      freight: '100',
      items: [
        { hsCode: '8510900000', price: '100', grossMassKg: '300' },
        { hsCode: '8510900000', price: '200', grossMassKg: '100' },
      ],
    });
    const options = {
      currency: ukProfile.currency,
      rates: gbpTable([]),
      rounding: ukProfile.rounding.customsValue,
    };
    const byValue = valueDeclaration(declaration, options).items.map((i) => i.raw.toFixed());
    const byWeight = valueDeclaration(declaration, { ...options, allocation: 'weight' }).items.map((i) =>
      i.raw.toFixed(),
    );
    expect({ byValue, byWeight }).toEqual({ byValue: ['133.33', '266.67'], byWeight: ['175', '225'] });
  });
});

describe('conversion at the official rate on the date of acceptance', () => {
  it('converts USD at the HMRC monthly rate and records the rate used', () => {
    const declaration = declarationOf({
      currency: 'USD',
      acceptanceDate: '2021-01-15',
      items: [{ hsCode: '8510900000' }],
    });
    const table = gbpTable([
      rate('USD', '1.3497', '2021-01-01', '2021-01-31'),
      rate('USD', '1.3632', '2021-02-01', '2021-02-28'),
    ]);
    const result = valueDeclaration(declaration, {
      currency: ukProfile.currency,
      rates: table,
      rounding: ukProfile.rounding.customsValue,
    });
    expect({
      raw: result.items[0]?.raw.toDecimalPlaces(6).toFixed(),
      rounded: result.items[0]?.rounded.toFixed(),
      used: result.ratesUsed,
      trace: result.items[0]?.trace.some((t) =>
        t.includes('HMRC monthly exchange rates, HMRC 2026-03, 2021-01-01–2021-01-31'),
      ),
    }).toEqual({
      raw: '740.905386',
      rounded: '740.91',
      used: [
        {
          currency: 'USD',
          unitsPerBase: '1.3497',
          periodStart: '2021-01-01',
          periodEnd: '2021-01-31',
          date: '2021-01-15',
        },
      ],
      trace: true,
    });
  });

  it('reports a missing rate as a problem, never a zero', () => {
    const declaration = declarationOf({ currency: 'USD', items: [{ hsCode: '8510900000' }] });
    const result = valueDeclaration(declaration, {
      currency: ukProfile.currency,
      rates: gbpTable([]),
      rounding: ukProfile.rounding.customsValue,
    });
    expect(result.items[0]?.problems.map((p) => p.code)).toEqual(['NO_EXCHANGE_RATE']);
  });

  it('truncates the Korean taxable value below 1 won', () => {
    const declaration = declarationOf({
      jurisdiction: 'kr',
      currency: 'USD',
      acceptanceDate: '2026-03-10',
      items: [{ hsCode: '0303630000', price: '10' }],
    });
    const table: ExchangeRateTable = {
      ...gbpTable([rate('USD', '0.0007', '2026-03-08', '2026-03-14')]),
      base: CurrencyCode.parse('KRW'),
      periodicity: 'weekly-sun-sat',
    };
    const item = valueDeclaration(declaration, {
      currency: krProfile.currency,
      rates: table,
      rounding: krProfile.rounding.customsValue,
    }).items[0];
    expect({ raw: item?.raw.toDecimalPlaces(4).toFixed(), rounded: item?.rounded.toFixed() }).toEqual({
      raw: '14285.7143',
      rounded: '14285',
    });
  });
});

describe('rate periods', () => {
  it('finds the Sunday-to-Saturday week of a date', () => {
    expect([
      periodContaining('2026-03-10', 'weekly-sun-sat'),
      periodContaining('2026-03-08', 'weekly-sun-sat'),
      periodContaining('2026-03-14', 'weekly-sun-sat'),
    ]).toEqual([
      { start: '2026-03-08', end: '2026-03-14' },
      { start: '2026-03-08', end: '2026-03-14' },
      { start: '2026-03-08', end: '2026-03-14' },
    ]);
  });

  it('finds the calendar month of a date, leap years included', () => {
    expect(periodContaining('2024-02-10', 'monthly')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('looks a weekly rate up by the week containing the date', () => {
    const table: ExchangeRateTable = {
      ...gbpTable([
        rate('USD', '0.00070', '2026-03-01', '2026-03-07'),
        rate('USD', '0.00069', '2026-03-08', '2026-03-14'),
      ]),
      base: CurrencyCode.parse('KRW'),
      periodicity: 'weekly-sun-sat',
    };
    const found = officialRateOn(table, CurrencyCode.parse('USD'), '2026-03-07');
    expect(found.ok && found.value.unitsPerBase).toBe('0.00070');
  });
});
