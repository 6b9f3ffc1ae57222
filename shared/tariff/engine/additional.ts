import type { JurisdictionProfile } from '../profiles/types';
import type { ItemProblem, Measure, MeasureKind } from '../types';
import { amountText, evaluateMeasure, type EvaluatedMeasure, type ItemSituation } from './measures';

/**
 * Trade-remedy duties (anti-dumping, countervailing, safeguard, retaliatory) are levied in addition
 * to whichever duty was chosen (Korea: Customs Act art. 50(2)(1); UK: Taxation (Cross-border Trade)
 * Act 2018 ss. 13–16), except safeguard on in-quota imports where the profile says so.
 */
export function stackAdditionalDuties(
  usable: Measure[],
  s: ItemSituation,
  profile: JurisdictionProfile,
  chosenKind: MeasureKind | null,
  trace: string[],
  problems: ItemProblem[],
): EvaluatedMeasure[] {
  const stacked: EvaluatedMeasure[] = [];
  let remedies = 0;
  for (const measure of usable) {
    if (!profile.additionalDutyKinds.includes(measure.kind)) continue;
    remedies += 1;
    if (
      measure.kind === 'safeguard' &&
      chosenKind !== null &&
      profile.quotaKindsExcludingSafeguard.includes(chosenKind)
    ) {
      trace.push(`safeguard ${measure.code} not stacked: the chosen duty is an in-quota ${chosenKind} rate`);
      continue;
    }
    const evaluated = evaluateMeasure(measure, s);
    if (!evaluated.ok) {
      problems.push(evaluated.error);
      continue;
    }
    stacked.push(evaluated.value);
    trace.push(
      `added on top: ${measure.kind} ${amountText(evaluated.value, s.currency)} [${measure.source}]`,
    );
  }
  if (s.line.flags?.tradeRemedy && remedies === 0) {
    problems.push({
      code: 'RATE_NOT_IN_DATA',
      message: `a trade remedy applies to ${s.line.code} (flagged in the tariff) but its rate and the origins it covers are not in the loaded data — load the trade-remedy measures`,
    });
  }
  return stacked;
}
