// The unit a declared tariff quantity (CDS DE 6/2, TariffQuantity) is in, when the declaration does
// not say. The tariff's supplementary unit wins; where the data has none (the UKGT file carries no
// supplementary units), the unit of the line's specific duty is the quantity the tariff asks for:
// a duty per hl is declared in litres, per % vol/hl in litres of pure alcohol, per 100 kg in kg.
// Lines with only ad valorem rates imply nothing, and the quantity stays in an unknown unit.
import type { RateExpression, TariffLine, UnitCode } from '../types';
import { assertNever } from '../../util/assert-never';
import { parseRateExpression } from '../expression';
import { tableOf } from '../lookup';

const declaredUnitFor: ReadonlyMap<string, UnitCode> = tableOf({
  LTR: 'LTR',
  HLT: 'LTR',
  MLT: 'LTR',
  GRM: 'KGM',
  KGM: 'KGM',
  DTN: 'KGM',
  TNE: 'KGM',
  NAR: 'NAR',
  MIL: 'NAR',
  DZN: 'NAR',
});

function specificUnit(expression: RateExpression): UnitCode | undefined {
  switch (expression.kind) {
    case 'free':
    case 'ad-valorem':
      return undefined;
    case 'specific':
      if (expression.per.qualifier === 'percent-vol') return 'LPA';
      return declaredUnitFor.get(expression.per.unit) ?? expression.per.unit;
    case 'sum':
      return firstOf(expression.terms.map((term) => term.expression));
    case 'bounded':
      return firstOf([expression.base, expression.min, expression.max]);
    case 'greater-of':
    case 'lesser-of':
      return firstOf(expression.options);
    case 'seasonal':
      return firstOf(expression.windows.map((window) => window.expression));
    default:
      return assertNever(expression, 'rate expression');
  }
}

function firstOf(expressions: Array<RateExpression | undefined>): UnitCode | undefined {
  for (const expression of expressions) {
    const unit = expression === undefined ? undefined : specificUnit(expression);
    if (unit !== undefined) return unit;
  }
  return undefined;
}

/** The unit a tariff quantity for this line is declared in, or undefined when the tariff implies none. */
export function supplementaryUnitOf(line: TariffLine): UnitCode | undefined {
  if (line.supplementaryUnit !== undefined) return line.supplementaryUnit;
  for (const measure of line.measures) {
    if (measure.kind !== 'third-country') continue;
    const parsed = parseRateExpression(measure.expression);
    if (parsed.ok) return specificUnit(parsed.value);
  }
  return undefined;
}
