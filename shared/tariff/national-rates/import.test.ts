import { describe, expect, it } from 'vitest';
import { importNationalTaxRates } from './import';

const file = (rates: unknown[], jurisdiction = 'kr') =>
  JSON.stringify({ jurisdiction, version: 'test', rates });
const car = { kind: 'individual-consumption', match: '8703', expression: '5%', source: 'test' };

describe('importNationalTaxRates', () => {
  it('reads a valid table, the tax code defaulting to the profile’s', () => {
    const read = importNationalTaxRates(file([car]), 'kr');
    expect(read.ok && read.value.rates).toEqual([{ ...car, code: '' }]);
  });

  it('refuses what is not JSON, naming the parser’s complaint', () => {
    const read = importNationalTaxRates('{"rates": [', 'kr');
    expect(read.ok ? null : read.error.code).toBe('JSON_SYNTAX');
  });

  it('names the first bad field by its JSON path', () => {
    const read = importNationalTaxRates(file([car, { ...car, validFrom: '2026-13-01' }]), 'kr');
    expect(read.ok ? null : [read.error.code, read.error.where]).toEqual([
      'INVALID_FIELD',
      '$.rates[1].validFrom',
    ]);
  });

  it('refuses an unknown condition rather than ignoring it', () => {
    const read = importNationalTaxRates(file([{ ...car, conditions: { seats: { above: '9' } } }]), 'kr');
    expect(read.ok ? null : read.error.where).toBe('$.rates[0].conditions');
  });

  it('refuses a rate the engine cannot parse, with the article it was read from', () => {
    const read = importNationalTaxRates(
      file([{ ...car, expression: '5 furlongs', source: '개별소비세법 제1조' }]),
      'kr',
    );
    expect(read.ok ? null : read.error).toMatchObject({
      code: 'UNPARSEABLE_RATE',
      where: '$.rates[0].expression',
      message: expect.stringContaining('(개별소비세법 제1조)'),
    });
  });

  it('refuses a table for another jurisdiction than the profile it is loaded for', () => {
    const read = importNationalTaxRates(file([car], 'uk'), 'kr');
    expect(read.ok ? null : read.error.message).toBe('$.jurisdiction: the table is for uk, not kr');
  });
});
