import type { ItemProblem, Measure, MeasureKind } from '../types';
import { evaluateMeasure, type EvaluatedMeasure, type ItemSituation } from './measures';

/** Evaluates the usable measures of some kinds; failures become item problems. */
export function evaluateKinds(
  usable: Measure[],
  kinds: MeasureKind[],
  s: ItemSituation,
  problems: ItemProblem[],
  filter: (m: Measure) => boolean = () => true,
): EvaluatedMeasure[] {
  const out: EvaluatedMeasure[] = [];
  for (const measure of usable) {
    if (!kinds.includes(measure.kind) || !filter(measure)) continue;
    const evaluated = evaluateMeasure(measure, s);
    if (evaluated.ok) out.push(evaluated.value);
    else problems.push(evaluated.error);
  }
  return out;
}

/** The cheapest option; on a tie the first listed (the data's order) wins, so the result is stable. */
export function lowest(options: EvaluatedMeasure[]): EvaluatedMeasure | null {
  let best: EvaluatedMeasure | null = null;
  for (const option of options) if (best === null || option.amount.lt(best.amount)) best = option;
  return best;
}

export const yearOf = (m: Measure): string =>
  m.validFrom === undefined ? '' : ` ${m.validFrom.slice(0, 4)}`;
