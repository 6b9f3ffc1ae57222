import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { KNOWN_UNITS, UNIT_TOKENS, conversionFactor } from '../../shared/tariff/expression';
import { readAsset } from './assets';

// Columns by position: the header names hold line breaks ("Common\r\nCode").
const rec20 = new Map(
  (parse(readAsset('codes/unece_rec20_units_annexII.csv'), { bom: true, from_line: 2 }) as string[][]).map(
    ([status = '', code = '']) => [code, status],
  ),
);

describe('the unit table', () => {
  it('uses only codes of UN/ECE Recommendation 20', () => {
    const codes = [...new Set([...KNOWN_UNITS, ...UNIT_TOKENS.values()])];
    expect(codes.filter((code) => !rec20.has(code))).toEqual([]);
  });

  it('uses current codes, except NPR (pairs), which Rec 20 marks deprecated but customs tariffs still use', () => {
    const deprecated = KNOWN_UNITS.filter((code) => rec20.get(code) === 'D');
    expect(deprecated).toEqual(['NPR']);
  });

  it.each([
    ['TNE', 'KGM', '1000', '1'],
    ['KGM', 'DTN', '1', '100'],
    ['HLT', 'LTR', '100', '1'],
    ['MIL', 'NAR', '1000', '1'],
    ['PFL', 'LPA', '0.5', '1'],
  ])('converts %s to %s', (from, to, numerator, denominator) =>
    expect(conversionFactor(from, to)).toEqual({ numerator, denominator }),
  );

  it('does not convert pairs to items nor mass to volume', () => {
    expect(conversionFactor('NPR', 'NAR')).toBeUndefined();
    expect(conversionFactor('KGM', 'LTR')).toBeUndefined();
  });
});
