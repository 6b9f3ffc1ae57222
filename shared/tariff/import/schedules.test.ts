import { describe, expect, it } from 'vitest';
import { CountryCode, CurrencyCode } from '../../domain/ids';
import { dec } from '../decimal';
import type { ExchangeRateTable, TariffSchedule } from '../types';
import { deriveDemoKrwRates } from './demo-krw-rates';
import { mergeSchedules } from './merge';
import { exportProjectTariff, importProjectTariff } from './project-tariff';

const hsk: TariffSchedule = {
  jurisdiction: 'kr',
  version: 'HSK',
  lines: [
    {
      code: '0901110000',
      description: 'Not decaffeinated',
      descriptionLocal: '카페인을 제거하지 않은 것',
      measures: [],
    },
  ],
};
const p3: TariffSchedule = {
  jurisdiction: 'kr',
  version: 'P3',
  lines: [
    {
      code: '0901110000',
      description: '',
      measures: [{ kind: 'quota', code: 'P3', expression: '0%', source: 'p3 line 2' }],
    },
    { code: '0101211000', description: 'Horses', measures: [] },
  ],
};

describe('mergeSchedules', () => {
  it('joins lines by code, keeps the first names and concatenates measures', () => {
    expect(mergeSchedules(hsk, p3)).toEqual({
      ok: true,
      value: {
        jurisdiction: 'kr',
        version: 'HSK + P3',
        lines: [
          { code: '0101211000', description: 'Horses', measures: [] },
          {
            code: '0901110000',
            description: 'Not decaffeinated',
            descriptionLocal: '카페인을 제거하지 않은 것',
            measures: [{ kind: 'quota', code: 'P3', expression: '0%', source: 'p3 line 2' }],
          },
        ],
      },
    });
  });

  it('refuses to merge two jurisdictions', () => {
    expect(mergeSchedules(hsk, { ...p3, jurisdiction: 'uk' })).toMatchObject({
      ok: false,
      error: { code: 'JURISDICTION_MISMATCH' },
    });
  });
});

describe('the project tariff file', () => {
  it('round-trips a schedule', () => {
    const schedule: TariffSchedule = {
      ...p3,
      lines: [
        {
          code: '0901110000',
          description: 'Coffee',
          measures: [
            {
              kind: 'preference',
              code: 'FVN1',
              expression: '0%',
              origins: [CountryCode.parse('VN')],
              source: 's',
              indicative: true,
            },
          ],
        },
      ],
    };
    expect(importProjectTariff(exportProjectTariff(schedule))).toEqual({ ok: true, value: schedule });
  });

  it('names the first bad field and loads nothing', () => {
    const text = JSON.stringify({
      format: 'border-post-tariff',
      formatVersion: 1,
      schedule: {
        jurisdiction: 'kr',
        version: 'v',
        lines: [
          {
            code: '0901110000',
            description: '',
            measures: [{ kind: 'basic', code: 'A', expression: '8%', source: 's' }],
          },
        ],
      },
    });
    expect(importProjectTariff(text)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_FIELD', where: '$.schedule.lines[0].measures[0].kind' },
    });
    expect(importProjectTariff('{')).toMatchObject({ ok: false, error: { code: 'JSON_SYNTAX' } });
  });

  it('refuses a rate longer than the rate parser reads, and echoes an unknown key as a preview', () => {
    const file = (measure: Record<string, string>) =>
      JSON.stringify({
        format: 'border-post-tariff',
        formatVersion: 1,
        schedule: {
          jurisdiction: 'uk',
          version: 'v',
          lines: [
            {
              code: '0901110000',
              description: '',
              measures: [{ kind: 'third-country', code: '103', source: 's', ...measure }],
            },
          ],
        },
      });
    expect(importProjectTariff(file({ expression: '9'.repeat(100_000) }))).toEqual({
      ok: false,
      error: {
        code: 'INVALID_FIELD',
        message: '$.schedule.lines[0].measures[0].expression: a rate is at most 1000 characters',
        where: '$.schedule.lines[0].measures[0].expression',
      },
    });
    const unknown = importProjectTariff(file({ expression: '2%', ['k'.repeat(100_000)]: '' }));
    expect(unknown.ok ? '' : unknown.error.message).toMatch(
      /^\$\.schedule\.lines\[0\]\.measures\[0\]: Unrecognized key: "k+… \(\d+ characters\)$/,
    );
  });
});

describe('deriveDemoKrwRates', () => {
  const hmrc: ExchangeRateTable = {
    base: CurrencyCode.parse('GBP'),
    periodicity: 'monthly',
    version: 'HMRC test',
    label: 'HMRC monthly exchange rates',
    official: true,
    rates: [
      {
        currency: CurrencyCode.parse('KRW'),
        unitsPerBase: '1500',
        periodStart: '2021-01-01',
        periodEnd: '2021-01-31',
      },
      {
        currency: CurrencyCode.parse('USD'),
        unitsPerBase: '1.25',
        periodStart: '2021-01-01',
        periodEnd: '2021-01-31',
      },
    ],
  };

  it('gives one entry per currency and week whose Sunday is in the month', () => {
    const krw = deriveDemoKrwRates(hmrc);
    // Sundays of January 2021: 3, 10, 17, 24, 31 → five weeks, for USD and GBP.
    expect(krw.rates.filter((rate) => rate.currency === 'USD').map((rate) => rate.periodStart)).toEqual([
      '2021-01-03',
      '2021-01-10',
      '2021-01-17',
      '2021-01-24',
      '2021-01-31',
    ]);
    // 1.25 USD per £ / 1500 KRW per £ = 0.000833… USD per KRW, i.e. 1200 KRW per USD.
    const usd = krw.rates.find((rate) => rate.currency === 'USD');
    expect(
      dec(1)
        .div(dec(usd?.unitsPerBase ?? '0'))
        .toDecimalPlaces(20)
        .toFixed(),
    ).toBe('1200');
  });
});
