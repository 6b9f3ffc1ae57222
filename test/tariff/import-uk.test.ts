import { describe, expect, it } from 'vitest';
import { createTariffIndex } from '../../shared/tariff/import/tariff-index';
import { importUkGlobalTariff } from '../../shared/tariff/import/uk-global-tariff';
import { readAsset, unwrap } from './assets';

const csv = readAsset('tariffs/uk/ukgt_2021_with_eu_cet.csv');

describe('the UK Global Tariff file', () => {
  const started = performance.now();
  const schedule = unwrap(importUkGlobalTariff(csv));
  const elapsed = performance.now() - started;
  const index = createTariffIndex(schedule);

  it('loads every row as a line with its third-country measure, quickly', () => {
    console.info(`UKGT import: ${schedule.lines.length} lines in ${elapsed.toFixed(0)} ms`);
    expect(schedule.lines).toHaveLength(11_830);
    expect(schedule.version).toBe('UK Global Tariff 2021-01-01 (published 2020-12-02)');
    expect(schedule.lines.every((line) => line.code.length === 8 || line.code.length === 10)).toBe(true);
    expect(schedule.lines.every((line) => line.measures.length === 1)).toBe(true);
  });

  it('pads the lost leading zero and keeps the printed rate and its source line', () => {
    expect(index.findLine('01012990')?.line).toEqual({
      code: '01012990',
      description: 'Live horses (excl. for slaughter, pure-bred for breeding)',
      measures: [
        {
          kind: 'third-country',
          code: '103',
          expression: '10.0%',
          source: 'ukgt_2021_with_eu_cet.csv line 4',
        },
      ],
    });
    expect(index.findLine('22042109')?.line.measures[0]).toMatchObject({
      expression: '26.00 GBP/hl',
      source: 'ukgt_2021_with_eu_cet.csv line 2348',
    });
  });

  it('records the flags as facts without rates', () => {
    expect(index.findLine('17011310')?.line.flags).toEqual({ quota: true });
    expect(index.findLine('0301919011')?.line.flags).toMatchObject({ tradeRemedy: true });
    expect(schedule.lines.filter((line) => line.flags?.tradeRemedy)).toHaveLength(87);
    expect(schedule.lines.filter((line) => line.flags?.suspension)).toHaveLength(1_898);
    expect(schedule.lines.filter((line) => line.flags?.quota)).toHaveLength(2);
    expect(schedule.lines.filter((line) => line.flags?.cetUntilTradeRemedyReview)).toHaveLength(67);
  });

  it('finds the longest prefix of a declared code', () => {
    // 0301919011 is a 10-digit exception line under the 8-digit line 03019190.
    expect(index.findLine('0301919011')).toMatchObject({ matchedLength: 10, how: 'exact' });
    expect(index.findLine('0301919019')).toMatchObject({
      line: { code: '03019190' },
      matchedLength: 8,
      how: 'prefix',
    });
    expect(index.findLine('7202118000')).toMatchObject({ line: { code: '72021180' }, how: 'prefix' });
    expect(index.findLine('8517.12.00')).toMatchObject({ line: { code: '85171200' }, how: 'exact' });
    expect(index.findLine('9999999999')).toBeNull();
  });

  it('can take the EU CET column instead, with its euro amounts', () => {
    const cet = unwrap(importUkGlobalTariff(csv, { column: 'cet' }));
    expect(createTariffIndex(cet).findLine('22042109')?.line.measures[0]?.expression).toBe('32.00 EUR / hl');
  });
});
