import { assertNever } from '../../util/assert-never';
import type { RateExpression } from '../types';
import { printPer } from './per-print';
import { printMonthDay } from './seasonal';

/** Thousands separators for the officer's eye: "6,210 KRW/kg". */
export function groupThousands(decimal: string): string {
  const [whole = '', fraction] = decimal.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * The rate in words for the assessment trace ("greater of 270% or 6,210 KRW/kg"). Not meant to be
 * parsed back: `printRateExpression` is the machine form.
 */
export function describeRate(expr: RateExpression): string {
  switch (expr.kind) {
    case 'free':
      return 'free';
    case 'ad-valorem':
      return `${expr.percent}%`;
    case 'specific':
      return `${groupThousands(expr.amount)} ${expr.currency}/${printPer(expr.per)}`;
    case 'sum':
      return expr.terms
        .map(({ sign, expression }, index) => {
          const term = nested(expression);
          if (index === 0) return sign === 1 ? term : `minus ${term}`;
          return `${sign === 1 ? '+' : '−'} ${term}`;
        })
        .join(' ');
    case 'bounded': {
      const limits = [
        expr.min === undefined ? undefined : `at least ${nested(expr.min)}`,
        expr.max === undefined ? undefined : `at most ${nested(expr.max)}`,
      ].filter((limit) => limit !== undefined);
      return `${nested(expr.base)}, ${limits.join(' and ')}`;
    }
    case 'greater-of':
    case 'lesser-of':
      return `${expr.kind === 'greater-of' ? 'greater' : 'lesser'} of ${listed(expr.options.map(nested))}`;
    case 'seasonal':
      return expr.windows
        .map(({ ranges, expression }) => {
          const dates = ranges.map(({ from, to }) => `${printMonthDay(from)} to ${printMonthDay(to)}`);
          return `${describeRate(expression)} from ${listed(dates, 'and')}`;
        })
        .join('; ');
    default:
      return assertNever(expr, 'rate expression');
  }
}

const nested = (expr: RateExpression): string =>
  ['free', 'ad-valorem', 'specific'].includes(expr.kind) ? describeRate(expr) : `(${describeRate(expr)})`;

const listed = (items: string[], last = 'or'): string =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1] ?? ''}`;
