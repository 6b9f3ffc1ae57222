import { describe, expect, it } from 'vitest';
import { importHmrcMonthlyRates } from './hmrc-rates';
import { importKcsHskList } from './kcs-hsk';
import { importKcsRateTable } from './kcs-rate-table';
import { importP3QuotaTariff } from './p3-quota';
import { importUkGlobalTariff } from './uk-global-tariff';
import { importVkftaSchedule } from './vkfta';

const UKGT_HEADER =
  'commodity,description,cet_duty_rate,ukgt_duty_rate,change,trade_remedy_applies,cet_applies_until_trade_remedy_transition_reviews_concluded,suspension_applies,atq_applies';
const HMRC_HEADER = 'period_start,period_end,currency,units_per_gbp';
const P3_HEADER = 'code,description,rate_type,rate_expression,staging_category,valid_from,valid_to,source';
const KCS_HEADER =
  '품목번호,관세율구분,관세율,단위당세액,기준가격,적용국가구분,용도세율구분,적용개시일,적용만료일';

describe('importUkGlobalTariff', () => {
  it('reads a BOM-prefixed file with a multi-line description and pads the codes', () => {
    const csv = `\ufeff${UKGT_HEADER}\n1012990,"Live horses,\nother",11.5%,10.0%,Simplified,False,False,True,False\n301919011,Trout,12.0%,12.0%,No change,True,False,False,False\n`;
    const result = importUkGlobalTariff(csv);
    expect(result).toEqual({
      ok: true,
      value: {
        jurisdiction: 'uk',
        version: 'UK Global Tariff 2021-01-01 (published 2020-12-02)',
        lines: [
          {
            code: '01012990',
            description: 'Live horses,\nother',
            measures: [
              {
                kind: 'third-country',
                code: '103',
                expression: '10.0%',
                source: 'ukgt_2021_with_eu_cet.csv line 2',
              },
            ],
            flags: { suspension: true },
          },
          {
            code: '0301919011',
            description: 'Trout',
            measures: [
              {
                kind: 'third-country',
                code: '103',
                expression: '12.0%',
                source: 'ukgt_2021_with_eu_cet.csv line 4',
              },
            ],
            flags: { tradeRemedy: true },
          },
        ],
      },
    });
  });

  it('refuses a row with a missing cell, naming its line, and loads nothing', () => {
    const csv = `${UKGT_HEADER}\n1012100,Horses,0.0%,0.0%,No change,False,False,False,False\n1012910,Horses,0.0%,0.0%,No change,False,False,False\n`;
    expect(importUkGlobalTariff(csv)).toEqual({
      ok: false,
      error: {
        code: 'COLUMN_COUNT',
        message: 'ukgt_2021_with_eu_cet.csv line 3 has 8 cells; the header has 9',
        where: 'ukgt_2021_with_eu_cet.csv line 3, column suspension_applies',
      },
    });
  });

  it('refuses a bad commodity code, a bad flag and an empty rate, naming line and column', () => {
    const row = (cells: string) => importUkGlobalTariff(`${UKGT_HEADER}\n${cells}\n`);
    expect(row('10129A0,Horses,0.0%,0.0%,No change,False,False,False,False')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_FIELD', where: 'ukgt_2021_with_eu_cet.csv line 2, column commodity' },
    });
    expect(row('1012990,Horses,0.0%,0.0%,No change,yes,False,False,False')).toMatchObject({
      error: { where: 'ukgt_2021_with_eu_cet.csv line 2, column trade_remedy_applies' },
    });
    expect(row('1012990,Horses,0.0%,,No change,False,False,False,False')).toMatchObject({
      error: { where: 'ukgt_2021_with_eu_cet.csv line 2, column ukgt_duty_rate' },
    });
  });

  it('refuses a rate longer than the rate parser reads, naming line and column', () =>
    expect(
      importUkGlobalTariff(`${UKGT_HEADER}
1012990,Horses,0.0%,${'1'.repeat(100_000)}%,No change,False,False,False,False
`),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_FIELD',
        message: expect.stringMatching(
          /column ukgt_duty_rate: a rate is at most 1000 characters \(got "1{80}…" \(100001 characters\)\)$/,
        ),
      },
    }));

  it('refuses a header that is not the UKGT file', () => {
    expect(importUkGlobalTariff('code,rate\n0101,1%\n')).toMatchObject({
      ok: false,
      error: { code: 'HEADER_MISMATCH' },
    });
  });
});

describe('importHmrcMonthlyRates', () => {
  it('refuses a non-numeric rate, a bad date and an unknown currency form, naming line and column', () => {
    const file = (row: string) =>
      importHmrcMonthlyRates(`${HMRC_HEADER}\n2021-01-01,2021-01-31,USD,1.3497\n${row}\n`);
    expect(file('2021-01-01,2021-01-31,EUR,abc')).toEqual({
      ok: false,
      error: {
        code: 'INVALID_FIELD',
        message:
          'hmrc_monthly_exchange_rates.csv line 3, column units_per_gbp: a number such as 1.3497 (got "abc")',
        where: 'hmrc_monthly_exchange_rates.csv line 3, column units_per_gbp',
      },
    });
    expect(file('2021-02-30,2021-02-28,EUR,1.1')).toMatchObject({
      error: { where: 'hmrc_monthly_exchange_rates.csv line 3, column period_start' },
    });
    expect(file('2021-01-01,2021-01-31,eur,1.1')).toMatchObject({
      error: { where: 'hmrc_monthly_exchange_rates.csv line 3, column currency' },
    });
  });

  it('refuses two periods of one currency that overlap', () => {
    expect(
      importHmrcMonthlyRates(
        `${HMRC_HEADER}\n2021-01-01,2021-01-31,USD,1.3\n2021-01-15,2021-02-14,USD,1.4\n`,
      ),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'OVERLAPPING_PERIOD',
        where: 'hmrc_monthly_exchange_rates.csv line 3, column period_start',
      },
    });
  });
});

describe('the Korean importers', () => {
  it('HSK: a heading row is validated but not a line; an unknown unit is refused', () => {
    const header = '\ufeffHS부호,적용시작일자,적용종료일자,한글품목명,영문품목명,수량단위코드,중량단위코드';
    const ok = importKcsHskList(
      `${header}\n01029090,20160101,20251231,기타,Other,,\n0101211000,20130101,20251231,농가 사육용,For farm breeding,U,KG\n`,
    );
    expect(ok.ok && ok.value.lines.map((line) => [line.code, line.supplementaryUnit])).toEqual([
      ['0101211000', 'NAR'],
    ]);
    for (const unit of ['XX', 'constructor', 'toString', '__proto__'])
      expect(
        importKcsHskList(`${header}\n0101211000,20130101,20251231,말,Horses,${unit},KG\n`),
      ).toMatchObject({
        error: { where: 'kcs_hs_codes_2025.csv line 2, column 수량단위코드' },
      });
    expect(importKcsHskList(`${header}\n0101211000,20131301,20251231,말,Horses,U,KG\n`)).toMatchObject({
      error: { where: 'kcs_hs_codes_2025.csv line 2, column 적용시작일자' },
    });
  });

  it('VKFTA: a derived rate that is not a rate is refused', () => {
    const header =
      'code,description,rate_type,rate_expression,staging_category,source,exout_description,section,rate_2016,rate_2017,rate_2018_onward,fvn_2025_derived,fvn_2026_derived,derivation_basis,in_kcs_hsk2025,kcs_name_ko_2025';
    const row = '0102292000,For meat,base,40,B-1,src,,A,,,,32,thirty,indicative:B-1(0.8xbase),yes,육우';
    expect(importVkftaSchedule(`${header}\n${row}\n`)).toMatchObject({
      ok: false,
      error: { where: 'kr_vkfta_korea_schedule.csv line 2, column fvn_2026_derived' },
    });
  });

  it('P3: a rate that is not a percentage, or a period that ends before it starts, is refused', () => {
    const file = (row: string) => importP3QuotaTariff(`${P3_HEADER}\n${row}\n`);
    expect(file('0901110000,커피 / Coffee,P3,free,,2025-01-01,2025-12-31,src')).toMatchObject({
      error: { where: 'kr_quota_tariff_p3_2025_2026.csv line 2, column rate_expression' },
    });
    expect(file('0901110000,커피 / Coffee,P3,0%,,2025-12-31,2025-01-01,src')).toMatchObject({
      error: { where: 'kr_quota_tariff_p3_2025_2026.csv line 2, column valid_to' },
    });
    expect(file('090111000,커피 / Coffee,P3,0%,,2025-01-01,2025-12-31,src')).toMatchObject({
      error: { where: 'kr_quota_tariff_p3_2025_2026.csv line 2, column code' },
    });
  });

  it('KCS rate table: maps rate types, accepts the 적용개시일자 spelling, refuses what it cannot map', () => {
    const table = importKcsRateTable(
      `품목번호,관세율구분,관세율,적용개시일자,적용만료일자\n0101211000,A,8,20250101,20251231\n0101211000,FEU1,0,20250101,20251231\n`,
    );
    expect(
      table.ok && table.value.lines[0]?.measures.map((m) => [m.kind, m.code, m.origins?.length]),
    ).toEqual([
      ['third-country', 'A', undefined],
      ['preference', 'FEU1', 27],
    ]);
    const unknown = `${KCS_HEADER}\n0101211000,ZZ9,8,,,,,20250101,20251231\n`;
    expect(importKcsRateTable(unknown)).toMatchObject({
      error: { code: 'UNKNOWN_RATE_TYPE', where: '품목번호별 관세율표 line 2, column 관세율구분' },
    });
    expect(importKcsRateTable(unknown, { unknownRateTypes: 'skip' })).toMatchObject({
      ok: true,
      value: { lines: [] },
    });
    expect(importKcsRateTable(`${KCS_HEADER}\n0101211000,A,8%,,,,,20250101,20251231\n`)).toMatchObject({
      error: { where: '품목번호별 관세율표 line 2, column 관세율' },
    });
  });

  it('KCS rate table: an end-use rate carries its condition', () => {
    const table = importKcsRateTable(`${KCS_HEADER}\n1001190000,L,3,,,,01,20250101,20251231\n`);
    expect(table.ok && table.value.lines[0]?.measures[0]).toMatchObject({
      kind: 'adjustment',
      expression: '3%',
      condition: '용도세율구분 01: only for the end use it names',
    });
  });
});
