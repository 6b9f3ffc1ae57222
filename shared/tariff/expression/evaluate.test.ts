import { describe, expect, it } from 'vitest';
import { CurrencyCode } from '../../domain/ids';
import type { Dec } from '../decimal';
import type { EvaluationBasis } from '../types';
import { ok } from '../../util/result';
import { describeRate } from './describe';
import { evaluateRateExpression } from './evaluate';
import { parseRateExpression } from './parse';

const basis = (over: Partial<EvaluationBasis> = {}): EvaluationBasis => ({
  customsValue: '1000',
  quantities: [],
  date: '2021-06-15',
  currency: CurrencyCode.parse('GBP'),
  ...over,
});

/** The amount a printed rate gives on a basis, as a plain decimal, or the error reason. */
function duty(
  text: string,
  on: EvaluationBasis,
  convert?: Parameters<typeof evaluateRateExpression>[2],
): string {
  const parsed = parseRateExpression(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const result = evaluateRateExpression(parsed.value, on, convert);
  return result.ok ? result.value.amount.toFixed() : result.error.reason;
}

const kg = (quantity: string) => ({ unit: 'KGM', quantity });

describe('evaluateRateExpression', () => {
  it('"2.00%" on 1000 is 20', () => expect(duty('2.00%', basis())).toBe('20'));
  it('"Free" is 0', () => expect(duty('Free', basis())).toBe('0'));

  it('"10.00% + 77.00 GBP/100kg" (UKGT 0201) on 1000 GBP and 500 kg is 100 + 385', () =>
    expect(duty('10.00% + 77.00 GBP/100kg', basis({ quantities: [kg('500')] }))).toBe('485'));

  it('a rate per 100 kg reads a quantity declared in tonnes (2 t = 2000 kg)', () =>
    expect(duty('34.00 GBP/100kg', basis({ quantities: [{ unit: 'TNE', quantity: '2' }] }))).toBe('680'));

  it('"114.00 EUR / tonne" converts the euro amount with the given rate', () => {
    const convert = (amount: Dec) => ok(amount.times('0.9'));
    expect(duty('114.00 EUR / tonne', basis({ quantities: [kg('2500')] }), convert)).toBe('256.5');
  });

  it('a rate in another currency without a converter is an error, not a guess', () =>
    expect(duty('114.00 EUR / tonne', basis({ quantities: [kg('2500')] }))).toBe('currency-conversion'));

  it('"1.00 GBP/%vol/hl" (UKGT 2208) on 200 l at 40 % vol is 1 × 2 hl × 40 = 80', () =>
    expect(
      duty(
        '1.00 GBP/%vol/hl',
        basis({
          quantities: [
            { unit: 'LTR', quantity: '200' },
            { unit: 'P1', qualifier: 'percent-vol', quantity: '40' },
          ],
        }),
      ),
    ).toBe('80'));

  it('"1.00 GBP/%vol/hl" reads litres of pure alcohol when no strength is given (80 LPA = 80)', () =>
    expect(duty('1.00 GBP/%vol/hl', basis({ quantities: [{ unit: 'LPA', quantity: '80' }] }))).toBe('80'));

  it('a missing quantity names the unit', () => {
    const parsed = parseRateExpression('26.00 GBP/hl');
    if (!parsed.ok) throw new Error('parse');
    expect(evaluateRateExpression(parsed.value, basis())).toEqual({
      ok: false,
      error: { reason: 'missing-quantity', message: 'needs the quantity in HLT (hl)' },
    });
  });

  it('a gross-weight rate does not take the net mass', () =>
    expect(duty('3.80% MIN 0.60 GBP / 100 kg / gross', basis({ quantities: [kg('100')] }))).toBe(
      'missing-quantity',
    ));

  it('"6.20% + 27.10 GBP / 100 kg MAX 17.90%": 62 + 271 on 1000 kg is capped at 179', () =>
    expect(duty('6.20% + 27.10 GBP / 100 kg MAX 17.90%', basis({ quantities: [kg('1000')] }))).toBe('179'));

  it('"5% MIN 2 GBP/100kg MAX 3 GBP/100kg": 50 on 1000 kg is capped at the maximum of 30', () =>
    expect(duty('5% MIN 2 GBP/100kg MAX 3 GBP/100kg', basis({ quantities: [kg('1000')] }))).toBe('30'));

  it('"5% MIN 2 GBP/100kg": 50 is raised to the minimum of 2 × 30 = 60 on 3000 kg', () =>
    expect(duty('5% MIN 2 GBP/100kg', basis({ quantities: [kg('3000')] }))).toBe('60'));

  it('"270% 또는 kg당 6,210원" on 1,000,000 KRW and 500 kg takes 3,105,000 over 2,700,000', () =>
    expect(
      duty(
        '270% 또는 kg당 6,210원',
        basis({ customsValue: '1000000', currency: CurrencyCode.parse('KRW'), quantities: [kg('500')] }),
      ),
    ).toBe('3105000'));

  it('a subtraction below zero is floored at zero', () =>
    expect(duty('1% - 5 GBP/kg', basis({ quantities: [kg('10')] }))).toBe('0'));

  it.each([
    ['2021-01-15', '8.8'],
    ['2021-04-01', '12'],
    ['2021-12-31', '8.8'],
  ])('"8.8% (1 JAN-31 MAR, 1 DEC-31 DEC), 12% (1 APR-30 NOV)" on 100 on %s is %s', (date, expected) =>
    expect(
      duty('8.8% (1 JAN-31 MAR, 1 DEC-31 DEC), 12% (1 APR-30 NOV)', basis({ customsValue: '100', date })),
    ).toBe(expected),
  );

  it('"14.00% (01 JUL - 31 JAN), 0.00% (01 FEB - 30 JUN)" (UKGT 0806) holds 15 JAN in the window crossing the year', () =>
    expect(duty('14.00% (01 JUL - 31 JAN), 0.00% (01 FEB - 30 JUN)', basis({ date: '2022-01-15' }))).toBe(
      '140',
    ));

  it('"9.60% (01 JAN-15 MAY), 13.40% (16 MAY-30 JUNE)" (CET) has no window in August', () =>
    expect(duty('9.60% (01 JAN-15 MAY), 13.40% (16 MAY-30 JUNE)', basis({ date: '2021-08-01' }))).toBe(
      'no-seasonal-window',
    ));

  it('keeps full precision: 3.25% of 1234.57 is 40.123525', () =>
    expect(duty('3.25%', basis({ customsValue: '1234.57' }))).toBe('40.123525'));
});

describe('describeRate', () => {
  it.each([
    ['270% 또는 kg당 6,210원', 'greater of 270% or 6,210 KRW/kg'],
    ['10.00% + 77.00 GBP/100kg', '10% + 77 GBP/100 kg'],
    ['6.20% + 27.10 EUR / 100 kg MAX 17.90%', '(6.2% + 27.1 EUR/100 kg), at most 17.9%'],
    [
      '8.8% (1 JAN-31 MAR, 1 DEC-31 DEC), 12% (1 APR-30 NOV)',
      '8.8% from 1 JAN to 31 MAR and 1 DEC to 31 DEC; 12% from 1 APR to 30 NOV',
    ],
  ])('%s reads "%s"', (text, expected) => {
    const parsed = parseRateExpression(text);
    expect(parsed.ok && describeRate(parsed.value)).toBe(expected);
  });
});
