// The engine's one door to the rate-expression module: parse once per measure (memoised on the
// measure object, so a tariff loaded once is parsed once), evaluate per item.
import type { CurrencyCode } from '../../domain/ids';
import type { Dec } from '../decimal';
import { describeRate, evaluateRateExpression, parseRateExpression } from '../expression';
import { preview } from '../preview';
import type {
  EvaluationBasis,
  EvaluationError,
  ItemProblem,
  Measure,
  RateExpression,
  RateParseError,
} from '../types';
import type { Result } from '../../util/result';

type Parsed = Result<RateExpression, RateParseError>;

const parsedMeasures = new WeakMap<Measure, Parsed>();
const parsedTexts = new Map<string, Parsed>();

export function parseMeasure(measure: Measure, currency: CurrencyCode): Parsed {
  const cached = parsedMeasures.get(measure);
  if (cached) return cached;
  const parsed = parseText(measure.expression, currency);
  parsedMeasures.set(measure, parsed);
  return parsed;
}

/** Parses a printed rate that is not a measure (national tax rates, the profile's VAT rate). */
export function parseText(text: string, currency: CurrencyCode): Parsed {
  const key = `${currency}|${text}`;
  const cached = parsedTexts.get(key);
  if (cached) return cached;
  const parsed = parseRateExpression(text, { currency });
  // Bounded: national rates and VAT rates are few; measure expressions go through the WeakMap.
  if (parsedTexts.size < 10_000) parsedTexts.set(key, parsed);
  return parsed;
}

export type Evaluated = { amount: Dec; explanation: string; rate: string };

export type Converter = (amount: Dec, from: CurrencyCode) => Result<Dec, EvaluationError>;

/** Parses and evaluates a printed rate; every failure is an item problem naming what and where. */
export function evaluatePrinted(
  parsed: Parsed,
  what: string,
  basis: EvaluationBasis,
  convert: Converter,
): Result<Evaluated, ItemProblem> {
  if (!parsed.ok) {
    const { reason, message, text } = parsed.error;
    if (reason === 'empty') {
      return {
        ok: false,
        error: { code: 'RATE_NOT_IN_DATA', message: `${what}: no rate printed in the data` },
      };
    }
    return {
      ok: false,
      error: {
        code: 'RATE_REJECTED',
        message: `${what}: rate ${preview(text)} cannot be evaluated (${reason}): ${message}`,
      },
    };
  }
  const evaluated = evaluateRateExpression(parsed.value, basis, convert);
  if (!evaluated.ok) {
    return {
      ok: false,
      error: {
        code: 'EVALUATION_FAILED',
        message: `${what}: ${describeRate(parsed.value)} could not be evaluated (${evaluated.error.reason}): ${evaluated.error.message}`,
      },
    };
  }
  return {
    ok: true,
    value: {
      amount: evaluated.value.amount,
      explanation: evaluated.value.explanation,
      rate: describeRate(parsed.value),
    },
  };
}
