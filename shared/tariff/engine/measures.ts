import type { GoodsItem } from '../../domain/declaration';
import type { CurrencyCode } from '../../domain/ids';
import type { Dec } from '../decimal';
import type { DutyOption, EvaluationBasis, ItemProblem, Measure, TariffLine } from '../types';
import type { Result } from '../../util/result';
import { evaluatePrinted, parseMeasure, type Converter } from './rates';

/** What measure selection needs to know about one item. */
export type ItemSituation = {
  item: GoodsItem;
  line: TariffLine;
  date: string;
  currency: CurrencyCode;
  basis: EvaluationBasis;
  convert: Converter;
};

export type EvaluatedMeasure = { measure: Measure; amount: Dec; rate: string; explanation: string };

/** In force on the date and for the origin (absent origins: erga omnes). */
export function inForce(measure: Measure, origin: string, date: string): boolean {
  if (measure.validFrom !== undefined && date < measure.validFrom) return false;
  if (measure.validTo !== undefined && date > measure.validTo) return false;
  if (measure.origins !== undefined && !measure.origins.some((o) => o === origin)) return false;
  if (measure.excludedOrigins?.some((o) => o === origin)) return false;
  return true;
}

export const describeMeasure = (m: Measure): string =>
  `${m.kind} ${m.code} "${m.expression}"${m.indicative ? ' (indicative)' : ''} [${m.source}]`;

export function evaluateMeasure(measure: Measure, s: ItemSituation): Result<EvaluatedMeasure, ItemProblem> {
  const parsed = parseMeasure(measure, s.currency);
  const what = `${measure.kind} ${measure.code} for ${s.line.code}`;
  const evaluated = evaluatePrinted(parsed, what, s.basis, s.convert);
  if (!evaluated.ok) return evaluated;
  return { ok: true, value: { measure, ...evaluated.value } };
}

/**
 * Measures in force for the item, split into those the engine may select and those with a printed
 * condition (an ex-out, an end use): the latter are shown to the officer, never chosen silently.
 */
export function measuresInForce(s: ItemSituation): { usable: Measure[]; conditional: Measure[] } {
  const all = s.line.measures.filter((m) => inForce(m, s.item.originCountry, s.date));
  return {
    usable: all.filter((m) => m.condition === undefined),
    conditional: all.filter((m) => m.condition !== undefined),
  };
}

/** The result of measure selection for one item. */
export type DutySelection = {
  chosen: EvaluatedMeasure | null;
  additional: EvaluatedMeasure[];
  trace: string[];
  problems: ItemProblem[];
  provisional: boolean;
  /** Every rate weighed, the chosen one and the additional duties marked as such. */
  options: DutyOption[];
};

/** A weighed rate as the item's duty options list it. */
export const optionOf = (
  e: EvaluatedMeasure,
  outcome: DutyOption['outcome'],
  reason: string,
): DutyOption => ({
  kind: e.measure.kind,
  code: e.measure.code,
  rate: e.rate,
  amount: e.amount.toFixed(),
  outcome,
  reason,
});

export const amountText = (e: EvaluatedMeasure, currency: string): string =>
  `${e.measure.code} ${e.rate} = ${e.amount.toFixed()} ${currency}`;
