import { Dec } from '../decimal';
import type { EvaluationBasis, EvaluationError, QuantityQualifier, UnitCode } from '../types';
import { err, ok } from '../../util/result';
import type { Result } from '../../util/result';
import type { Per } from './per';
import { conversionFactor, unitWord } from './units';

type Entry = EvaluationBasis['quantities'][number];

/** Qualifiers that scale a measure by a percentage given as its own quantity ("40" % vol). */
const PERCENT_QUALIFIERS: readonly QuantityQualifier[] = ['percent-vol', 'sugar-content'];

/**
 * The declared mass is the net mass unless the declaration says otherwise, so a rate "per 100 kg /
 * net" and a plain "per 100 kg" both read an unqualified or a net quantity. Every other qualifier
 * (gross, drained, lactic matter…) must be declared as such.
 */
const accepts = (wanted: QuantityQualifier | undefined, given: QuantityQualifier | undefined): boolean =>
  wanted === undefined || wanted === 'net' ? given === undefined || given === 'net' : wanted === given;

/** The measure a specific rate is charged on, in units of `per.unit`, with how it was found. */
export function measureFor(
  per: Per,
  basis: EvaluationBasis,
): Result<{ measure: Dec; note: string }, EvaluationError> {
  if (per.qualifier !== undefined && PERCENT_QUALIFIERS.includes(per.qualifier)) {
    return percentMeasure(per.unit, per.qualifier, basis);
  }
  const found = inUnit(per.unit, per.qualifier, basis);
  return found === undefined ? missing(per.unit, per.qualifier) : ok(found);
}

function inUnit(
  unit: UnitCode,
  qualifier: QuantityQualifier | undefined,
  basis: EvaluationBasis,
): { measure: Dec; note: string } | undefined {
  const candidates = basis.quantities.filter((entry) => accepts(qualifier, entry.qualifier));
  const exact = candidates.find((entry) => entry.unit === unit);
  if (exact !== undefined) return { measure: new Dec(exact.quantity), note: `${exact.quantity} ${unit}` };
  for (const entry of candidates) {
    const factor = conversionFactor(entry.unit, unit);
    if (factor === undefined) continue;
    const measure = new Dec(entry.quantity).times(factor.numerator).div(factor.denominator);
    return { measure, note: `${entry.quantity} ${entry.unit} = ${measure.toFixed()} ${unit}` };
  }
  return undefined;
}

/**
 * "per % vol per hl": hectolitres × the strength in % vol (2 hl at 40 % = 80). Read from a volume
 * and a percent-vol quantity, or else from litres of pure alcohol (hl × % vol = l of pure alcohol).
 * "per 100 kg net per % sacchar." works the same on the mass and a sugar-content quantity.
 */
function percentMeasure(
  unit: UnitCode,
  qualifier: QuantityQualifier,
  basis: EvaluationBasis,
): Result<{ measure: Dec; note: string }, EvaluationError> {
  const percent: Entry | undefined = basis.quantities.find((entry) => entry.qualifier === qualifier);
  const base = inUnit(unit, undefined, basis);
  if (percent !== undefined && base !== undefined) {
    const measure = base.measure.times(percent.quantity);
    return ok({ measure, note: `${base.note} × ${percent.quantity} (${qualifier})` });
  }
  const perLitre = conversionFactor('LTR', unit);
  const pureAlcohol = inUnit('LPA', undefined, basis);
  if (qualifier === 'percent-vol' && perLitre !== undefined && pureAlcohol !== undefined) {
    const measure = pureAlcohol.measure.times(100).times(perLitre.numerator).div(perLitre.denominator);
    return ok({
      measure,
      note: `${pureAlcohol.note} (l of pure alcohol) = ${measure.toFixed()} ${unit} × % vol`,
    });
  }
  return missing(unit, qualifier, percent === undefined ? `and the ${qualifier} percentage` : undefined);
}

function missing(
  unit: UnitCode,
  qualifier: QuantityQualifier | undefined,
  also?: string,
): Result<never, EvaluationError> {
  const word = unitWord(unit);
  const what = [
    `${unit} (${word})`,
    qualifier === undefined ? '' : ` ${qualifier}`,
    also === undefined ? '' : ` ${also}`,
  ];
  return err({ reason: 'missing-quantity', message: `needs the quantity in ${what.join('')}` });
}
