import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CurrencyCode } from '../../domain/ids';
import { Dec } from '../decimal';
import type { EvaluationBasis, QuantityQualifier, RateExpression } from '../types';
import { evaluateRateExpression } from './evaluate';
import { MAX_RATE_TEXT_LENGTH } from './limits';
import { parseRateExpression } from './parse';
import { printRateExpression } from './print';
import { KNOWN_UNITS } from './units';

const decimal = fc
  .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 4 }))
  .map(([digits, scale]) => new Dec(digits).div(new Dec(10).pow(scale)).toFixed());

const QUALIFIERS: QuantityQualifier[] = [
  'net',
  'gross',
  'net-drained',
  'net-dry',
  'lactic-matter',
  'dry-lactic-matter',
  'percent-vol',
  'sugar-content',
  'dry-matter',
];

const leaf = (currencies: string[], units: readonly string[], qualifiers: QuantityQualifier[]) =>
  fc.oneof(
    fc.constant<RateExpression>({ kind: 'free' }),
    decimal.map((percent): RateExpression => ({ kind: 'ad-valorem', percent })),
    fc
      .record({
        amount: decimal,
        currency: fc.constantFrom(...currencies).map((code) => CurrencyCode.parse(code)),
        quantity: fc.constantFrom('1', '100', '1000', '12.5'),
        unit: fc.constantFrom(...units),
        qualifier: fc.option(fc.constantFrom(...qualifiers), { nil: undefined }),
      })
      .map(({ amount, currency, quantity, unit, qualifier }): RateExpression => ({
        kind: 'specific',
        amount,
        currency,
        per: qualifier === undefined ? { quantity, unit } : { quantity, unit, qualifier },
      })),
  );

const monthDay = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });

/** Rate trees in canonical shape: sums and choices of two or more, bounds with at least one limit. */
function expressions(base: fc.Arbitrary<RateExpression>): fc.Arbitrary<RateExpression> {
  const { expr } = fc.letrec<{ expr: RateExpression }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      base,
      fc
        .array(fc.record({ sign: fc.constantFrom<1 | -1>(1, -1), expression: tie('expr') }), {
          minLength: 2,
          maxLength: 3,
        })
        .map((terms): RateExpression => ({ kind: 'sum', terms })),
      fc
        .record({
          base: tie('expr'),
          min: fc.option(tie('expr'), { nil: undefined }),
          max: fc.option(tie('expr'), { nil: undefined }),
        })
        .filter(({ min, max }) => min !== undefined || max !== undefined)
        .map(({ base: b, min, max }): RateExpression => ({
          kind: 'bounded',
          base: b,
          ...(min === undefined ? {} : { min }),
          ...(max === undefined ? {} : { max }),
        })),
      fc
        .record({
          kind: fc.constantFrom<'greater-of' | 'lesser-of'>('greater-of', 'lesser-of'),
          options: fc.array(tie('expr'), { minLength: 2, maxLength: 3 }),
        })
        .map(({ kind, options }): RateExpression => ({ kind, options })),
      fc
        .array(
          fc.record({
            ranges: fc.array(fc.record({ from: monthDay, to: monthDay }), { minLength: 1, maxLength: 2 }),
            expression: tie('expr'),
          }),
          { minLength: 1, maxLength: 3 },
        )
        .map((windows): RateExpression => ({ kind: 'seasonal', windows })),
    ),
  }));
  return expr;
}

const anyRate = expressions(leaf(['EUR', 'GBP', 'USD', 'KRW'], KNOWN_UNITS, QUALIFIERS));

describe('printRateExpression', () => {
  it('prints every rate so that parsing gives the same tree back, up to the length limit', () => {
    fc.assert(
      fc.property(anyRate, (expr) => {
        const printed = printRateExpression(expr);
        const parsed = parseRateExpression(printed);
        if (printed.length > MAX_RATE_TEXT_LENGTH)
          expect(parsed.ok ? 'parsed' : parsed.error.reason).toBe('text-too-long');
        else expect(parsed).toEqual({ ok: true, value: expr });
      }),
      { numRuns: 500 },
    );
  });
});

// Evaluation needs the quantities a rate asks for: these rates use only the units the basis holds.
const evaluable = expressions(leaf(['GBP'], ['KGM', 'DTN', 'LTR', 'HLT', 'NAR'], ['net']));
const evaluationBasis = fc.record({
  customsValue: decimal,
  quantities: fc.tuple(decimal, decimal, decimal).map(([kg, litres, items]) => [
    { unit: 'KGM', quantity: kg },
    { unit: 'LTR', quantity: litres },
    { unit: 'NAR', quantity: items },
  ]),
  date: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  currency: fc.constant(CurrencyCode.parse('GBP')),
}) satisfies fc.Arbitrary<EvaluationBasis>;

const amountOf = (expr: RateExpression, basis: EvaluationBasis): Dec | undefined => {
  const result = evaluateRateExpression(expr, basis);
  return result.ok ? result.value.amount : undefined;
};

describe('evaluateRateExpression', () => {
  it('never gives a negative amount', () => {
    fc.assert(
      fc.property(evaluable, evaluationBasis, (expr, basis) => {
        const amount = amountOf(expr, basis);
        expect(amount === undefined || !amount.isNegative()).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a bounded rate within its MIN and MAX (MAX winning when they cross)', () => {
    const bounded = fc.record({ base: evaluable, min: evaluable, max: evaluable });
    fc.assert(
      fc.property(bounded, evaluationBasis, ({ base, min, max }, basis) => {
        const result = amountOf({ kind: 'bounded', base, min, max }, basis);
        const [low, high] = [amountOf(min, basis), amountOf(max, basis)];
        if (result === undefined || low === undefined || high === undefined) return;
        expect(result.lessThanOrEqualTo(high)).toBe(true);
        if (low.lessThanOrEqualTo(high)) expect(result.greaterThanOrEqualTo(low)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives at least every option for greater-of and at most every option for lesser-of', () => {
    fc.assert(
      fc.property(fc.array(evaluable, { minLength: 2, maxLength: 4 }), evaluationBasis, (options, basis) => {
        const greatest = amountOf({ kind: 'greater-of', options }, basis);
        const least = amountOf({ kind: 'lesser-of', options }, basis);
        for (const option of options) {
          const amount = amountOf(option, basis);
          if (amount === undefined || greatest === undefined || least === undefined) continue;
          expect(greatest.greaterThanOrEqualTo(amount)).toBe(true);
          expect(least.lessThanOrEqualTo(amount)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
