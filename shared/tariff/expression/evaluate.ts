import type { CurrencyCode } from '../../domain/ids';
import { Dec } from '../decimal';
import type { EvaluationBasis, EvaluationError, RateExpression } from '../types';
import { assertNever } from '../../util/assert-never';
import { err, ok } from '../../util/result';
import type { Result } from '../../util/result';
import { describeRate } from './describe';
import { measureFor } from './quantity';
import { monthDayOf, rangeContains } from './seasonal';

export type Convert = (amount: Dec, from: CurrencyCode) => Result<Dec, EvaluationError>;
export type Evaluation = { amount: Dec; explanation: string };
type Outcome = Result<Evaluation, EvaluationError>;

/**
 * The duty a rate gives on one item, in the basis currency and in full precision (rounding is the
 * profile's business). Never negative: a subtraction that goes below zero is floored and says so.
 */
export function evaluateRateExpression(
  expr: RateExpression,
  basis: EvaluationBasis,
  convert?: Convert,
): Outcome {
  const outcome = evaluate(expr, basis, convert);
  if (!outcome.ok || !outcome.value.amount.isNegative()) return outcome;
  return ok({ amount: new Dec(0), explanation: `${outcome.value.explanation}; below zero, so 0` });
}

function evaluate(expr: RateExpression, basis: EvaluationBasis, convert: Convert | undefined): Outcome {
  switch (expr.kind) {
    case 'free':
      return ok({ amount: new Dec(0), explanation: 'free' });
    case 'ad-valorem': {
      const amount = new Dec(basis.customsValue).times(expr.percent).div(100);
      return ok({ amount, explanation: `${expr.percent}% of ${basis.customsValue} = ${amount.toFixed()}` });
    }
    case 'specific':
      return evaluateSpecific(expr, basis, convert);
    case 'sum':
      return evaluateSum(expr, basis, convert);
    case 'bounded':
      return evaluateBounded(expr, basis, convert);
    case 'greater-of':
    case 'lesser-of':
      return evaluateChoice(expr, basis, convert);
    case 'seasonal':
      return evaluateSeasonal(expr, basis, convert);
    default:
      return assertNever(expr, 'rate expression');
  }
}

function evaluateSpecific(
  expr: Extract<RateExpression, { kind: 'specific' }>,
  basis: EvaluationBasis,
  convert: Convert | undefined,
): Outcome {
  const measured = measureFor(expr.per, basis);
  if (!measured.ok) return measured;
  const raw = new Dec(expr.amount).times(measured.value.measure).div(expr.per.quantity);
  const explanation = `${describeRate(expr)} × ${measured.value.note} = ${raw.toFixed()} ${expr.currency}`;
  if (expr.currency === basis.currency) return ok({ amount: raw, explanation });
  if (convert === undefined) {
    return err({
      reason: 'currency-conversion',
      message: `the rate is in ${expr.currency}, the assessment in ${basis.currency}, and no exchange rate was given`,
    });
  }
  const converted = convert(raw, expr.currency);
  if (!converted.ok) return converted;
  return ok({
    amount: converted.value,
    explanation: `${explanation} = ${converted.value.toFixed()} ${basis.currency}`,
  });
}

function evaluateSum(
  expr: Extract<RateExpression, { kind: 'sum' }>,
  basis: EvaluationBasis,
  convert: Convert | undefined,
): Outcome {
  let amount = new Dec(0);
  const parts: string[] = [];
  for (const { sign, expression } of expr.terms) {
    const term = evaluate(expression, basis, convert);
    if (!term.ok) return term;
    amount = sign === 1 ? amount.plus(term.value.amount) : amount.minus(term.value.amount);
    parts.push(`${sign === 1 ? '+' : '−'} (${term.value.explanation})`);
  }
  const explanation = `${parts.join(' ').replace(/^\+ /, '')} = ${amount.toFixed()}`;
  if (!amount.isNegative()) return ok({ amount, explanation });
  return ok({ amount: new Dec(0), explanation: `${explanation}; below zero, so 0` });
}

/** The base, raised to the MIN and then capped at the MAX (the cap wins if a schedule prints them crossed). */
function evaluateBounded(
  expr: Extract<RateExpression, { kind: 'bounded' }>,
  basis: EvaluationBasis,
  convert: Convert | undefined,
): Outcome {
  const base = evaluate(expr.base, basis, convert);
  if (!base.ok) return base;
  let { amount, explanation } = base.value;
  if (expr.min !== undefined) {
    const min = evaluate(expr.min, basis, convert);
    if (!min.ok) return min;
    explanation += `; MIN ${min.value.explanation}`;
    if (amount.lessThan(min.value.amount))
      [amount, explanation] = [min.value.amount, `${explanation}: MIN applies`];
  }
  if (expr.max !== undefined) {
    const max = evaluate(expr.max, basis, convert);
    if (!max.ok) return max;
    explanation += `; MAX ${max.value.explanation}`;
    if (amount.greaterThan(max.value.amount))
      [amount, explanation] = [max.value.amount, `${explanation}: MAX applies`];
  }
  return ok({ amount, explanation: `${explanation} → ${amount.toFixed()}` });
}

function evaluateChoice(
  expr: Extract<RateExpression, { kind: 'greater-of' | 'lesser-of' }>,
  basis: EvaluationBasis,
  convert: Convert | undefined,
): Outcome {
  const results: Evaluation[] = [];
  for (const option of expr.options) {
    const result = evaluate(option, basis, convert);
    if (!result.ok) return result;
    results.push(result.value);
  }
  const greater = expr.kind === 'greater-of';
  const chosen = results.reduce<Evaluation | undefined>((best, candidate) => {
    if (best === undefined) return candidate;
    const better = greater
      ? candidate.amount.greaterThan(best.amount)
      : candidate.amount.lessThan(best.amount);
    return better ? candidate : best;
  }, undefined);
  if (chosen === undefined)
    return err({ reason: 'unsupported-form', message: `${expr.kind} without options` });
  const all = results.map((result) => result.explanation).join(' | ');
  return ok({
    amount: chosen.amount,
    explanation: `${greater ? 'greater' : 'lesser'} of [${all}] = ${chosen.amount.toFixed()}`,
  });
}

/** The first window with a range holding the acceptance date's month and day. */
function evaluateSeasonal(
  expr: Extract<RateExpression, { kind: 'seasonal' }>,
  basis: EvaluationBasis,
  convert: Convert | undefined,
): Outcome {
  const date = monthDayOf(basis.date);
  if (date === undefined) {
    return err({ reason: 'no-seasonal-window', message: `"${basis.date}" is not a YYYY-MM-DD date` });
  }
  const window = expr.windows.find(({ ranges }) => ranges.some((range) => rangeContains(range, date)));
  if (window === undefined) {
    return err({
      reason: 'no-seasonal-window',
      message: `no seasonal window holds ${basis.date}: ${describeRate(expr)}`,
    });
  }
  const result = evaluate(window.expression, basis, convert);
  if (!result.ok) return result;
  return ok({ ...result.value, explanation: `on ${basis.date}: ${result.value.explanation}` });
}
