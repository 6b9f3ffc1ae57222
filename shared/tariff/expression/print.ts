import { assertNever } from '../../util/assert-never';
import type { RateExpression } from '../types';
import { printPer } from './per-print';
import { printMonthDay } from './seasonal';

/**
 * How tightly each form binds when printed, loosest last: a child that binds more loosely than its
 * place allows is bracketed, so printing and parsing agree on the tree.
 */
const LEVEL = { term: 0, sum: 1, bounded: 2, alternatives: 3, seasonal: 4 } as const;

function levelOf(expr: RateExpression): number {
  switch (expr.kind) {
    case 'free':
    case 'ad-valorem':
    case 'specific':
      return LEVEL.term;
    case 'sum':
      return LEVEL.sum;
    case 'bounded':
      return LEVEL.bounded;
    case 'greater-of':
    case 'lesser-of':
      return LEVEL.alternatives;
    case 'seasonal':
      return LEVEL.seasonal;
    default:
      return assertNever(expr, 'rate expression');
  }
}

/**
 * The canonical printed form of a rate ("10% + 77 GBP/100 kg MAX 12%"): plain decimals, ISO
 * currency codes, one spelling per unit. `parseRateExpression` reads it back to the same tree.
 */
export function printRateExpression(expr: RateExpression): string {
  return printAt(expr, LEVEL.seasonal);
}

function printAt(expr: RateExpression, allowed: number): string {
  const text = printBare(expr);
  return levelOf(expr) > allowed ? `(${text})` : text;
}

function printBare(expr: RateExpression): string {
  switch (expr.kind) {
    case 'free':
      return 'Free';
    case 'ad-valorem':
      return `${expr.percent}%`;
    case 'specific':
      return `${expr.amount} ${expr.currency}/${printPer(expr.per)}`;
    case 'sum':
      return expr.terms
        .map(({ sign, expression }, index) => {
          const term = printAt(expression, LEVEL.term);
          if (index === 0) return sign === 1 ? term : `- ${term}`;
          return `${sign === 1 ? '+' : '-'} ${term}`;
        })
        .join(' ');
    case 'bounded':
      return [
        printAt(expr.base, LEVEL.sum),
        expr.min === undefined ? '' : ` MIN ${printAt(expr.min, LEVEL.sum)}`,
        expr.max === undefined ? '' : ` MAX ${printAt(expr.max, LEVEL.sum)}`,
      ].join('');
    case 'greater-of':
    case 'lesser-of': {
      const options = expr.options.map((option) => printAt(option, LEVEL.bounded)).join(' or ');
      return `${options}, whichever is the ${expr.kind === 'greater-of' ? 'greater' : 'lesser'}`;
    }
    case 'seasonal':
      return expr.windows
        .map(({ ranges, expression }) => {
          const dates = ranges
            .map(({ from, to }) => `${printMonthDay(from)}-${printMonthDay(to)}`)
            .join(', ');
          return `${printAt(expression, LEVEL.alternatives)} (${dates})`;
        })
        .join(', ');
    default:
      return assertNever(expr, 'rate expression');
  }
}
