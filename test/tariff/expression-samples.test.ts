import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseRateExpression } from '../../shared/tariff/expression';
import { readAsset } from './assets';

type Row = Record<string, string>;
const rows = (path: string): Row[] => parse(readAsset(path), { columns: true, bom: true }) as Row[];

const outcome = (text: string, bareNumberIsPercent = false): string => {
  const result = parseRateExpression(text, { bareNumberIsPercent });
  return result.ok ? 'parsed' : result.error.reason;
};

describe('the stratified rate samples', () => {
  const samples = rows('tariffs/tariff_rate_samples.csv');

  it('are all parsed or rejected with a named reason', () => {
    const malformed = samples.filter((row) => outcome(row.rate_expression ?? '') === 'malformed');
    expect(malformed.map((row) => row.rate_expression)).toEqual([]);
  });

  it('parse every Korean sample (KCS rates print the percent sign)', () => {
    const korean = samples.filter((row) => row.jurisdiction === 'KR');
    expect(korean).toHaveLength(45);
    expect(korean.filter((row) => outcome(row.rate_expression ?? '') !== 'parsed')).toEqual([]);
  });

  it('parse every UK and EU sample except the Meursing, entry-price and named unsupported forms', () => {
    const european = samples.filter((row) => row.jurisdiction === 'GB' || row.jurisdiction === 'EU');
    const outcomes = new Set(european.map((row) => outcome(row.rate_expression ?? '')));
    expect([...outcomes].sort()).toEqual([
      'entry-price-system',
      'needs-meursing-table',
      'parsed',
      'unsupported-form',
    ]);
  });
});

describe('the VKFTA Korean schedule', () => {
  const schedule = rows('tariffs/kr/kr_vkfta_korea_schedule.csv');
  const columns = [
    'rate_expression',
    'rate_2016',
    'rate_2017',
    'rate_2018_onward',
    'fvn_2025_derived',
    'fvn_2026_derived',
  ];
  const texts = [...new Set(schedule.flatMap((row) => columns.map((column) => row[column] ?? '')))];

  it('parses every rate (bare numbers are percents there) or rejects it with a named reason', () => {
    const counts: Record<string, number> = {};
    for (const text of texts) {
      const result = outcome(text, true);
      counts[result] = (counts[result] ?? 0) + 1;
    }
    // Rejected: blank and "-" (empty), "0 in-quota; 20 over-quota" and "6.5% or 182won/m" (no "whichever").
    expect(counts).toEqual({ parsed: 124, empty: 2, 'unsupported-form': 2 });
  });

  it('reads "270% or 6,210won/kg, whichever is the greater" as a greater-of in won', () =>
    expect(parseRateExpression('270% or 6,210won/kg, whichever is the greater')).toEqual({
      ok: true,
      value: {
        kind: 'greater-of',
        options: [
          { kind: 'ad-valorem', percent: '270' },
          { kind: 'specific', amount: '6210', currency: 'KRW', per: { quantity: '1', unit: 'KGM' } },
        ],
      },
    }));
});
