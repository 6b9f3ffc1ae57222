import { describe, expect, it } from 'vitest';
import { importKcsHskList } from '../../shared/tariff/import/kcs-hsk';
import { importKcsRateTable } from '../../shared/tariff/import/kcs-rate-table';
import { buildKoreanDemoTariff, mergeSchedules } from '../../shared/tariff/import/merge';
import { importP3QuotaTariff } from '../../shared/tariff/import/p3-quota';
import { exportProjectTariff, importProjectTariff } from '../../shared/tariff/import/project-tariff';
import { createTariffIndex } from '../../shared/tariff/import/tariff-index';
import { importVkftaSchedule } from '../../shared/tariff/import/vkfta';
import { readAsset, readFixture, unwrap } from './assets';

const hsk = unwrap(importKcsHskList(readAsset('tariffs/kr/kcs_hs_codes_2025.csv')));
const vkfta = unwrap(importVkftaSchedule(readAsset('tariffs/kr/kr_vkfta_korea_schedule.csv')));
const p3 = unwrap(importP3QuotaTariff(readAsset('tariffs/kr/kr_quota_tariff_p3_2025_2026.csv')));

describe('the KCS HSK 2025 list', () => {
  it('gives its 11,327 ten-digit lines (of 12,467 rows; the rest are 7–9 digit headings), without rates', () => {
    expect(hsk.lines).toHaveLength(11_327);
    expect(hsk.lines.every((line) => line.measures.length === 0)).toBe(true);
  });

  it('keeps both names, the unit as Rec 20 and the validity', () => {
    expect(createTariffIndex(hsk).findLine('0101211000')?.line).toEqual({
      code: '0101211000',
      description: 'For farm breeding',
      descriptionLocal: '농가 사육용',
      supplementaryUnit: 'NAR',
      validFrom: '2013-01-01',
      validTo: '2025-12-31',
      measures: [],
    });
  });
});

describe('the VKFTA schedule of Korea', () => {
  it('loads the 9,198 rows of the 9,098 codes still in the 2025 HSK', () => {
    expect(vkfta.lines).toHaveLength(9_098);
  });

  it('gives FVN1 rates for Viet Nam per year, indicative where the staging is, never the base rate', () => {
    const line = createTariffIndex(vkfta).findLine('0102292000')?.line;
    // Base rate 40 (B-1): FVN1 0.8 × base = 32, indicative.
    expect(line?.measures).toEqual([
      {
        kind: 'preference',
        code: 'FVN1',
        expression: '32%',
        origins: ['VN'],
        validFrom: '2025-01-01',
        validTo: '2025-12-31',
        source: 'kr_vkfta_korea_schedule.csv line 2 (indicative:B-1(0.8xbase))',
        indicative: true,
      },
      {
        kind: 'preference',
        code: 'FVN1',
        expression: '32%',
        origins: ['VN'],
        validFrom: '2026-01-01',
        validTo: '2026-12-31',
        source: 'kr_vkfta_korea_schedule.csv line 2 (indicative:B-1(0.8xbase))',
        indicative: true,
      },
    ]);
    // The base-rate column (2012 MFN or AKFTA) never becomes a measure: every measure is FVN1 for VN.
    const measures = vkfta.lines.flatMap((l) => l.measures);
    expect(measures.every((m) => m.code === 'FVN1' && m.origins?.join() === 'VN')).toBe(true);
    expect(measures.some((m) => m.kind === 'third-country')).toBe(false);
  });

  it('keeps "whichever is the greater" as printed and ex-outs as conditions', () => {
    const index = createTariffIndex(vkfta);
    expect(index.findLine('0709601000')?.line.measures[1]).toMatchObject({
      expression: '270% or 6,210won/kg, whichever is the greater',
      validFrom: '2026-01-01',
    });
    expect(index.findLine('0301119000')?.line.measures).toEqual([
      expect.objectContaining({ expression: '8%', condition: 'ex-out: - Tropical fish', indicative: true }),
      expect.objectContaining({
        expression: '8%',
        condition: 'ex-out: - Tropical fish',
        validFrom: '2026-01-01',
      }),
    ]);
  });

  it('splits a tariff-rate quota into its in-quota and over-quota rates', () => {
    expect(createTariffIndex(vkfta).findLine('0306161090')?.line.measures.slice(0, 2)).toEqual([
      expect.objectContaining({ kind: 'preferential-quota', expression: '0%' }),
      expect.objectContaining({ kind: 'preference', expression: '20%' }),
    ]);
  });
});

describe('the P3 quota tariff', () => {
  it('loads 254 rows as quota measures with their periods', () => {
    expect(p3.lines.flatMap((line) => line.measures)).toHaveLength(254);
    expect(p3.lines).toHaveLength(145);
    const lpg = createTariffIndex(p3).findLine('2711110000')?.line;
    expect(lpg?.measures.map((m) => [m.expression, m.validFrom, m.validTo])).toEqual([
      ['0%', '2025-01-01', '2025-03-31'],
      ['2%', '2025-04-01', '2025-09-30'],
      ['0%', '2025-10-01', '2025-12-31'],
      ['0%', '2026-01-01', '2026-03-31'],
      ['2%', '2026-04-01', '2026-06-30'],
      ['0%', '2026-07-01', '2026-12-31'],
    ]);
    expect(lpg?.measures[0]).toMatchObject({
      kind: 'quota',
      code: 'P3',
      source: 'kr_quota_tariff_p3_2025_2026.csv line 6',
    });
  });
});

describe('the Korean demo tariff', () => {
  const tariff = unwrap(buildKoreanDemoTariff(hsk, vkfta, p3));

  it('is the HSK lines with the VKFTA and P3 measures merged in', () => {
    expect(tariff.lines).toHaveLength(11_327);
    const line = createTariffIndex(tariff).findLine('0901110000')?.line;
    expect(line?.descriptionLocal).toBe('카페인을 제거하지 않은 것');
    expect(line?.measures.map((m) => m.code)).toEqual(['FVN1', 'FVN1', 'P3', 'P3']);
    expect(tariff.version).toContain('no basic A or WTO C rates');
  });

  it('round-trips through the project tariff file', () => {
    const text = exportProjectTariff(tariff);
    expect(unwrap(importProjectTariff(text))).toEqual(tariff);
  });
});

describe('the KCS rate table (sample in its published columns)', () => {
  const table = unwrap(importKcsRateTable(readFixture('kcs-rate-table-sample.csv')));

  it('maps rate types to measure kinds with their validity', () => {
    const measures = table.lines.flatMap((line) => line.measures);
    expect(measures).toHaveLength(62);
    expect(measures.filter((m) => m.kind === 'wto-concession')).toHaveLength(45);
    expect(measures.filter((m) => m.kind === 'quota')).toHaveLength(9);
    expect(measures.filter((m) => m.kind === 'preference' && m.origins?.join() === 'VN')).toHaveLength(8);
    expect(createTariffIndex(table).findLine('8414592000')?.line.measures[1]).toEqual({
      kind: 'wto-concession',
      code: 'C',
      expression: '8.125%',
      validFrom: '2018-01-01',
      validTo: '2018-12-31',
      source: '품목번호별 관세율표 line 9',
    });
  });

  it('prints ad valorem with a specific amount as the higher of the two, unit left to the source', () => {
    expect(createTariffIndex(table).findLine('0709601000')?.line.measures[0]?.expression).toBe(
      '270% 또는 단위당 6,210원',
    );
  });

  it('merges into the HSK list for a deployment that has the official table', () => {
    const merged = unwrap(mergeSchedules(hsk, table));
    const line = createTariffIndex(merged).findLine('8518400000')?.line;
    expect(line?.descriptionLocal).toBe('가청주파증폭기');
    expect(line?.measures.map((m) => m.expression)).toEqual(['6%', '5%', '4%']);
  });
});
