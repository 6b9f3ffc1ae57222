import { describe, expect, it } from 'vitest';
import type { RateExpression } from '../types';
import { MAX_RATE_NESTING, MAX_RATE_TEXT_LENGTH } from './limits';
import { parseRateExpression } from './parse';
import { printRateExpression } from './print';

const parsed = (text: string, options?: Parameters<typeof parseRateExpression>[1]): RateExpression => {
  const result = parseRateExpression(text, options);
  if (!result.ok) throw new Error(`${text}: ${result.error.reason} ${result.error.message}`);
  return result.value;
};
const rejection = (text: string, options?: Parameters<typeof parseRateExpression>[1]): string => {
  const result = parseRateExpression(text, options);
  return result.ok ? 'parsed' : result.error.reason;
};

const av = (percent: string): RateExpression => ({ kind: 'ad-valorem', percent });
const per = (
  amount: string,
  currency: string,
  quantity: string,
  unit: string,
  qualifier?: string,
): RateExpression =>
  ({
    kind: 'specific',
    amount,
    currency,
    per: qualifier === undefined ? { quantity, unit } : { quantity, unit, qualifier },
  }) as RateExpression;
const sum = (...expressions: RateExpression[]): RateExpression => ({
  kind: 'sum',
  terms: expressions.map((expression) => ({ sign: 1, expression })),
});

describe('parseRateExpression reads ad valorem rates', () => {
  it('"0.0%" (UKGT 0101 21 00) is 0 %', () => expect(parsed('0.0%')).toEqual(av('0')));
  it('"2.00%" and "2%" are the same rate', () => expect(parsed('2.00%')).toEqual(parsed('2%')));
  it('"Free" (HTS 0101.21.00 General) is free', () => expect(parsed('Free')).toEqual({ kind: 'free' }));
  it('"2.5% <u></u>" (HTS stray markup) is 2.5 %', () => expect(parsed('2.5% <u></u>')).toEqual(av('2.5')));
  it('"37 1/2%" (HTS column 2) is 37.5 %', () => expect(parsed('37 1/2%')).toEqual(av('37.5')));
  it('a bare "40" (VKFTA base rate) is 40 % only when the schedule says so', () => {
    expect(parsed('40', { bareNumberIsPercent: true })).toEqual(av('40'));
    expect(rejection('40')).toBe('unsupported-form');
  });
});

describe('parseRateExpression reads specific rates with their units', () => {
  it.each([
    ['34.00 GBP/100kg (UKGT 0204 10 00)', '34.00 GBP/100kg', per('34', 'GBP', '100', 'KGM')],
    ['41.20 EUR / 100 kg (CET)', '41.20 EUR / 100 kg', per('41.2', 'EUR', '100', 'KGM')],
    ['114.00 EUR / tonne (CET 1001)', '114.00 EUR / tonne', per('114', 'EUR', '1', 'TNE')],
    ['26.00 GBP/hl (UKGT 2204)', '26.00 GBP/hl', per('26', 'GBP', '1', 'HLT')],
    ['1.00 GBP/%vol/hl (UKGT 2208)', '1.00 GBP/%vol/hl', per('1', 'GBP', '1', 'HLT', 'percent-vol')],
    [
      '1.75 EUR / % vol / hl (CET 2208)',
      '1.75 EUR / % vol / hl',
      per('1.75', 'EUR', '1', 'HLT', 'percent-vol'),
    ],
    ['52.00 EUR / 1,000 items (CET 2402)', '52.00 EUR / 1,000 items', per('52', 'EUR', '1000', 'NAR')],
    ['0.20 GBP/ item (UKGT)', '0.20 GBP/ item', per('0.2', 'GBP', '1', 'NAR')],
    ['8.00% MAX 2.80 EUR / m2 (CET)', '2.80 EUR / m2', per('2.8', 'EUR', '1', 'MTK')],
    ['100 m (CET 5407)', '5.00 EUR / 100 m', per('5', 'EUR', '100', 'MTR')],
    ['gross (CET "/ 100 kg / gross")', '0.60 EUR / 100 kg / gross', per('0.6', 'EUR', '100', 'KGM', 'gross')],
    ['br = gross (CET "2€/100kg/br")', '2€/100kg/br', per('2', 'EUR', '100', 'KGM', 'gross')],
    ['lactic matter (UKGT 0402)', '1.00 GBP/kg/lactic matter', per('1', 'GBP', '1', 'KGM', 'lactic-matter')],
    [
      'dry lactic matter (CET)',
      '0.07 EUR / kg / dry lactic matter',
      per('0.07', 'EUR', '1', 'KGM', 'dry-lactic-matter'),
    ],
    [
      'net drained wt (CET 2008)',
      '9.40 EUR / 100 kg / net drained wt',
      per('9.4', 'EUR', '100', 'KGM', 'net-drained'),
    ],
    ['eda = drained (UKGT)', '7.80 GBP/100kg eda', per('7.8', 'GBP', '100', 'KGM', 'net-drained')],
    ['net dry (CET)', '50.70 EUR / 100 kg / net dry', per('50.7', 'EUR', '100', 'KGM', 'net-dry')],
    ['mas = dry matter (UKGT 1702)', '42.00 GBP/100kg mas', per('42', 'GBP', '100', 'KGM', 'dry-matter')],
    [
      'net/%sacchar. (UKGT 1702)',
      '0.30 GBP/100kg/net/%sacchar.',
      per('0.3', 'GBP', '100', 'KGM', 'sugar-content'),
    ],
    ['US cents per kg (HTS)', '1¢/kg', per('0.01', 'USD', '1', 'KGM')],
    ['US dollars per kg (HTS)', '$1.646/kg', per('1.646', 'USD', '1', 'KGM')],
    ['US each (HTS)', '$2.16 each', per('2.16', 'USD', '1', 'NAR')],
    ['US per dozen (HTS)', '2.8¢/doz.', per('0.028', 'USD', '1', 'DZN')],
    ['US per pair (HTS)', '76¢/pr.', per('0.76', 'USD', '1', 'NPR')],
    ['US per liter (HTS)', '4.5¢/ liter', per('0.045', 'USD', '1', 'LTR')],
    ['US per proof liter (HTS 2208)', '18.9¢/pf.liter', per('0.189', 'USD', '1', 'PFL')],
    ['US per m3 in markup (HTS)', '$1.13/m<sup>3</sup>', per('1.13', 'USD', '1', 'MTQ')],
    ['US per 1000 articles (HTS 0601.10.15)', '89.6¢/1000', per('0.896', 'USD', '1000', 'NAR')],
    ['US per drained kg (HTS)', '3.7¢/kg on drained weight', per('0.037', 'USD', '1', 'KGM', 'net-drained')],
    ['US per gross of 144 (HTS)', '6.5¢/gross<il></il>', per('0.065', 'USD', '1', 'GRO')],
    ['US per barrel (HTS)', '5.25¢/bbl', per('0.0525', 'USD', '1', 'BLL')],
    ['Korean "kg당 6,210원"', 'kg당 6,210원', per('6210', 'KRW', '1', 'KGM')],
    ['Korean "6,210원/kg"', '6,210원/kg', per('6210', 'KRW', '1', 'KGM')],
    ['VKFTA "52won/㎏"', '52won/㎏', per('52', 'KRW', '1', 'KGM')],
  ])('%s', (_source, text, expected) => expect(parsed(text)).toEqual(expected));
});

describe('parseRateExpression reads compound, bounded and alternative rates', () => {
  it('"10.00% + 77.00 GBP/100kg" (UKGT 0201) adds its terms', () =>
    expect(parsed('10.00% + 77.00 GBP/100kg')).toEqual(sum(av('10'), per('77', 'GBP', '100', 'KGM'))));

  it('"0.90 EUR / % vol / hl + 6.40 EUR / hl" (CET 2204) adds two specific terms', () =>
    expect(parsed('0.90 EUR / % vol / hl + 6.40 EUR / hl')).toEqual(
      sum(per('0.9', 'EUR', '1', 'HLT', 'percent-vol'), per('6.4', 'EUR', '1', 'HLT')),
    ));

  it('"12% − 5 EUR/100 kg" subtracts with a minus sign', () =>
    expect(parsed('12% − 5 EUR/100 kg')).toEqual({
      kind: 'sum',
      terms: [
        { sign: 1, expression: av('12') },
        { sign: -1, expression: per('5', 'EUR', '100', 'KGM') },
      ],
    }));

  it('"6.20% + 27.10 EUR / 100 kg MAX 17.90%" (CET 1806) caps the sum', () =>
    expect(parsed('6.20% + 27.10 EUR / 100 kg MAX 17.90%')).toEqual({
      kind: 'bounded',
      base: sum(av('6.2'), per('27.1', 'EUR', '100', 'KGM')),
      max: av('17.9'),
    }));

  it('"18.40% MIN 22.00 EUR / 100 kg MAX 24.00 EUR / 100 kg" (CET 0709) has both bounds', () =>
    expect(parsed('18.40% MIN 22.00 EUR / 100 kg MAX 24.00 EUR / 100 kg')).toEqual({
      kind: 'bounded',
      base: av('18.4'),
      min: per('22', 'EUR', '100', 'KGM'),
      max: per('24', 'EUR', '100', 'KGM'),
    }));

  it('"0.50 EUR / item MIN 2.70% MAX 4.60%" (CET 9105) bounds a specific rate by percentages', () =>
    expect(parsed('0.50 EUR / item MIN 2.70% MAX 4.60%')).toEqual({
      kind: 'bounded',
      base: per('0.5', 'EUR', '1', 'NAR'),
      min: av('2.7'),
      max: av('4.6'),
    }));

  it('"243% or 1,864won/kg, whichever is the greater" (VKFTA 0714) is the greater of the two', () =>
    expect(parsed('243% or 1,864won/kg, whichever is the greater')).toEqual({
      kind: 'greater-of',
      options: [av('243'), per('1864', 'KRW', '1', 'KGM')],
    }));

  it('"270% 또는 kg당 6,210원" is the greater of the two without saying so', () =>
    expect(parsed('270% 또는 kg당 6,210원')).toEqual({
      kind: 'greater-of',
      options: [av('270'), per('6210', 'KRW', '1', 'KGM')],
    }));

  it('"… whichever is the lower" is the lesser', () =>
    expect(parsed('5% or 2 EUR/kg, whichever is the lower')).toMatchObject({ kind: 'lesser-of' }));
});

describe('parseRateExpression reads seasonal windows', () => {
  it('"8.8% (1 JAN-31 MAR, 1 DEC-31 DEC), 12% (1 APR-30 NOV)" has two windows', () =>
    expect(parsed('8.8% (1 JAN-31 MAR, 1 DEC-31 DEC), 12% (1 APR-30 NOV)')).toEqual({
      kind: 'seasonal',
      windows: [
        {
          ranges: [
            { from: { month: 1, day: 1 }, to: { month: 3, day: 31 } },
            { from: { month: 12, day: 1 }, to: { month: 12, day: 31 } },
          ],
          expression: av('8.8'),
        },
        { ranges: [{ from: { month: 4, day: 1 }, to: { month: 11, day: 30 } }], expression: av('12') },
      ],
    }));

  it('"12.00% (16 JUL - 15 JUN), 6.00% (16 JUN - 15 JUL)" (UKGT 0805) crosses the year end', () =>
    expect(printRateExpression(parsed('12.00% (16 JUL - 15 JUN), 6.00% (16 JUN - 15 JUL)'))).toBe(
      '12% (16 JUL-15 JUN), 6% (16 JUN-15 JUL)',
    ));

  it('"13.40% (16 MAY-30 JUNE)" reads JUNE as a month name', () =>
    expect(printRateExpression(parsed('9.60% (01 JAN-15 MAY), 13.40% (16 MAY-30 JUNE)'))).toBe(
      '9.6% (1 JAN-15 MAY), 13.4% (16 MAY-30 JUN)',
    ));

  it('"4.00% (01 JAN-31 MAR, 01-31 DEC)" (CET) borrows the month for "01-31 DEC"', () =>
    expect(printRateExpression(parsed('4.00% (01 JAN-31 MAR, 01-31 DEC), 5.10% (01 JUN-30 NOV)'))).toBe(
      '4% (1 JAN-31 MAR, 1 DEC-31 DEC), 5.1% (1 JUN-30 NOV)',
    ));

  it('a window printed without dates (CET 0709 91) applies on the rest of the year', () =>
    expect(
      printRateExpression(
        parsed('9.60% MIN 1.1 €/100 kg/net (01 JAN-14 APR, 1 DEC-31 DEC), 13.60% MIN 1.6€/100kg/net'),
      ),
    ).toBe(
      '9.6% MIN 1.1 EUR/100 kg/net (1 JAN-14 APR, 1 DEC-31 DEC), 13.6% MIN 1.6 EUR/100 kg/net (15 APR-30 NOV)',
    ));
});

describe('parseRateExpression rejects what it cannot evaluate, naming why', () => {
  it.each([
    ['9.00% +  EA (CET 1704)', '9.00% +  EA', 'needs-meursing-table'],
    ['9.00% +  EA MAX 18.70%  + ADSZ (CET 1806)', '9.00% +  EA MAX 18.70%  + ADSZ', 'needs-meursing-table'],
    ['Entry Price (CET 0702)', 'Entry Price', 'entry-price-system'],
    [
      'HTS "The rate applicable to …"',
      'The rate applicable to the natural juice in heading 2009',
      'needs-other-schedule',
    ],
    ['HTS "See additional U.S. note 1"', 'See additional U.S. note 1', 'needs-other-schedule'],
    [
      'HTS watch components',
      '44¢ each + 6% on the case + 14% on the strap, band or bracelet',
      'unsupported-form',
    ],
    ['HTS metal content', '1.7¢/kg on lead content', 'unsupported-form'],
    ['UKGT std qual sugar', '28.00 GBP/100kg std qual', 'unsupported-form'],
    ['CET bare number', '6.4 + 24.6 EUR/100 kg', 'unsupported-form'],
    ['VKFTA "or" without "whichever"', '6.5% or 182won/m', 'unsupported-form'],
    ['VKFTA quota rates', '0 in-quota; 20 over-quota', 'unsupported-form'],
    ['HTS column 2 thirds', '33 1/3%', 'unsupported-form'],
    ['VKFTA dash', '-', 'empty'],
    ['nothing', '  ', 'empty'],
    ['an unknown unit', '5 EUR / furlong', 'unknown-unit'],
    ['a dangling plus', '5% +', 'malformed'],
    ['nonsense', 'abc', 'malformed'],
    ['a stray character', '5% # 2', 'malformed'],
    ['a day 32', '5% (32 JAN-1 FEB)', 'malformed'],
  ])('%s', (_source, text, reason) => expect(rejection(text)).toBe(reason));
});

describe('parseRateExpression refuses hostile text by name, without throwing', () => {
  it.each([
    '5 EUR/constructor',
    '5 EUR/__proto__',
    '5 EUR/toString',
    '5 EUR/hasOwnProperty',
    '5 EUR/kg/valueOf',
  ])('"%s" names no unit: the unit words are looked up as own entries only', (text) =>
    expect(rejection(text)).toBe('unknown-unit'),
  );

  it('refuses a 100,000-digit rate as text-too-long before reading it', () =>
    expect(parseRateExpression(`${'9'.repeat(100_000)}%`)).toEqual({
      ok: false,
      error: {
        reason: 'text-too-long',
        message: `the rate text is 100001 characters; a rate is at most ${MAX_RATE_TEXT_LENGTH}`,
        text: `${'9'.repeat(100_000)}%`,
      },
    }));

  it('reads a rate of exactly the limit, and refuses one character more', () => {
    const padded = (length: number) => `5%${' '.repeat(length - 2)}`;
    expect([rejection(padded(MAX_RATE_TEXT_LENGTH)), rejection(padded(MAX_RATE_TEXT_LENGTH + 1))]).toEqual([
      'parsed',
      'text-too-long',
    ]);
  });

  it('bounds the text after normalising too ("ﷺ" is 18 characters in NFKC)', () =>
    expect(rejection('ﷺ'.repeat(100))).toBe('text-too-long'));

  it('refuses 5,000 nested brackets by their length instead of overflowing the stack', () =>
    expect(rejection(`${'('.repeat(5_000)}5%${')'.repeat(5_000)}`)).toBe('text-too-long'));

  it('refuses brackets nested one level past the limit, within the length limit', () => {
    const nested = (depth: number) => `${'('.repeat(depth)}5%${')'.repeat(depth)}`;
    expect(parsed(nested(MAX_RATE_NESTING))).toEqual(av('5'));
    expect(parseRateExpression(nested(MAX_RATE_NESTING + 1))).toMatchObject({
      ok: false,
      error: {
        reason: 'nesting-too-deep',
        message: `brackets nested deeper than ${MAX_RATE_NESTING} levels, found "5"`,
      },
    });
  });

  it('echoes a long number in its message as a short preview', () => {
    const result = parseRateExpression(`5% ${'1'.repeat(900)}`);
    expect(result.ok ? '' : result.error.message).toBe(
      `expected the end of the rate, found "${'1'.repeat(80)}…" (900 characters)`,
    );
  });
});
