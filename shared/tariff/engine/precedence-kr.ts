// Korea's rate precedence (Customs Act art. 50; Act on Special Cases of the Customs Act for the
// Implementation of FTAs, art. 5):
//  1. trade remedies (anti-dumping, countervailing, safeguard, retaliatory) are added on top;
//  2. adjustment (L) and quota (P3) tariffs replace the basic/provisional rate in their period (art. 50(3));
//  3. the provisional rate (B) applies before the basic rate (A) (art. 50(1));
//  4. the WTO concession (C) applies only when lower (art. 50(4)); LDC (R) only when lower;
//  5. an FTA rate applies only when claimed with proof of origin and lower than the rate otherwise
//     applicable (FTA Special Act art. 5(1)).
import type { JurisdictionProfile } from '../profiles/types';
import type { DutyOption, ItemProblem } from '../types';
import { stackAdditionalDuties } from './additional';
import { evaluateKinds, lowest, yearOf } from './choose';
import {
  amountText,
  describeMeasure,
  measuresInForce,
  optionOf,
  type DutySelection,
  type EvaluatedMeasure,
  type ItemSituation,
} from './measures';

export function selectKoreanDuty(s: ItemSituation, profile: JurisdictionProfile): DutySelection {
  const trace: string[] = [];
  const problems: ItemProblem[] = [];
  const { usable, conditional } = measuresInForce(s);
  const money = (e: EvaluatedMeasure) => amountText(e, s.currency);
  for (const m of conditional)
    trace.push(`not selected automatically (${m.condition ?? ''}): ${describeMeasure(m)}`);

  const thirdRank = lowest(evaluateKinds(usable, ['adjustment', 'quota'], s, problems));
  const provisional = lowest(evaluateKinds(usable, ['provisional'], s, problems));
  const basic = lowest(evaluateKinds(usable, ['third-country'], s, problems));

  const basicMissing = !usable.some((m) =>
    ['third-country', 'provisional', 'adjustment', 'quota'].includes(m.kind),
  );
  // Every rate weighed, with the reason it won or lost; the winner is marked at the end.
  const weighed: Array<{ option: EvaluatedMeasure; reason: string }> = [];
  const weigh = (option: EvaluatedMeasure, reason: string) => weighed.push({ option, reason });
  let general: EvaluatedMeasure | null = null;
  if (thirdRank) {
    general = thirdRank;
    trace.push(
      `${money(thirdRank)}: ${thirdRank.measure.kind} rate replaces the basic rate in its period (Customs Act art. 50(3))`,
    );
    weigh(
      thirdRank,
      `${thirdRank.measure.kind} rate replaces the basic rate in its period (Customs Act art. 50(3))`,
    );
    if (provisional)
      weigh(provisional, `replaced by the ${thirdRank.measure.kind} rate (Customs Act art. 50(3))`);
    if (basic) {
      trace.push(`basic rate not applied: ${money(basic)}`);
      weigh(basic, `replaced by the ${thirdRank.measure.kind} rate (Customs Act art. 50(3))`);
    }
  } else if (provisional) {
    general = provisional;
    trace.push(
      `${money(provisional)}: provisional rate applies before the basic rate (Customs Act art. 50(1))`,
    );
    weigh(provisional, 'provisional rate applies before the basic rate (Customs Act art. 50(1))');
    if (basic) weigh(basic, 'the provisional rate applies before it (Customs Act art. 50(1))');
  } else if (basic) {
    general = basic;
    trace.push(`${money(basic)}: basic rate (A)`);
    weigh(basic, 'basic rate (A)');
  }

  const wto = lowest(evaluateKinds(usable, ['wto-concession'], s, problems));
  if (wto && general) {
    if (wto.amount.lt(general.amount)) {
      trace.push(
        `${money(wto)}: WTO concession lower than ${general.measure.code}, applied (Customs Act art. 50(4))`,
      );
      weigh(wto, `WTO concession lower than ${general.measure.code}, applied (Customs Act art. 50(4))`);
      general = wto;
    } else {
      trace.push(`WTO concession ${money(wto)} not lower than ${general.measure.code}: not applied`);
      weigh(wto, `not lower than ${general.measure.code}: not applied (Customs Act art. 50(4))`);
    }
  }

  let chosen = general;
  const claim = s.item.preference;
  const claimed =
    claim === null
      ? []
      : evaluateKinds(
          usable,
          ['preference', 'ldc', 'preferential-quota'],
          s,
          problems,
          (m) => m.code === claim.agreement,
        );
  for (const m of usable) {
    if (['preference', 'ldc', 'preferential-quota'].includes(m.kind) && m.code !== claim?.agreement) {
      trace.push(`available, not claimed: ${describeMeasure(m)}`);
    }
  }
  if (claim !== null) {
    const best = lowest(claimed);
    if (claim.proofOfOrigin === null || claim.proofOfOrigin.trim() === '') {
      trace.push(`${claim.agreement} claimed without proof of origin: not applied (FTA Special Act art. 8)`);
      if (best) weigh(best, 'claimed without proof of origin: not applied (FTA Special Act art. 8)');
    } else if (best === null) {
      problems.push({
        code: 'RATE_NOT_IN_DATA',
        message: `${claim.agreement} rate for ${s.line.code} (origin ${s.item.originCountry}, ${s.date}) is not in the loaded tariff — load the agreement's schedule`,
      });
    } else if (general === null && best.amount.isZero()) {
      // No rate is lower than nothing: a zero FTA rate applies whatever the basic rate, which
      // the data need not hold (FTA Special Act art. 5(1)).
      const reason = `${claim.agreement} with proof ${claim.proofOfOrigin} is zero: no rate otherwise applicable can be lower, applied without the basic rate (FTA Special Act art. 5(1))`;
      trace.push(`${money(best)}: ${reason}`);
      weigh(best, reason);
      chosen = best;
    } else if (general === null) {
      if (basicMissing)
        problems.push({
          code: 'RATE_NOT_IN_DATA',
          message: `Korean basic rate (A) for ${s.line.code} is not in the loaded tariff; ${best.measure.code}${yearOf(best.measure)} rate ${best.rate} applies only if lower — load the KCS rate table`,
        });
    } else if (best.amount.lt(general.amount)) {
      trace.push(
        `${money(best)}: ${claim.agreement} with proof ${claim.proofOfOrigin} lower than ${money(general)}, applied (FTA Special Act art. 5(1))`,
      );
      weigh(
        best,
        `${claim.agreement} with proof ${claim.proofOfOrigin} lower than ${general.measure.code}, applied (FTA Special Act art. 5(1))`,
      );
      chosen = best;
    } else {
      trace.push(
        `${claim.agreement} ${money(best)} not lower than ${money(general)}: ${general.measure.code} applies (FTA Special Act art. 5(1))`,
      );
      weigh(best, `not lower than ${general.measure.code}: not applied (FTA Special Act art. 5(1))`);
    }
  }
  // `chosen` starts as the general rate and is only replaced by an FTA rate, so it is null exactly
  // when there is no general rate and no zero FTA rate settled the duty (above).
  if (chosen === null && basicMissing && !problems.some((p) => p.message.startsWith('Korean basic rate'))) {
    problems.push({
      code: 'RATE_NOT_IN_DATA',
      message: `Korean basic rate (A) for ${s.line.code} is not in the loaded tariff — load the KCS rate table`,
    });
  }

  const additional = stackAdditionalDuties(usable, s, profile, chosen?.measure.kind ?? null, trace, problems);
  const inQuota = chosen?.measure.kind === 'preferential-quota';
  if (inQuota) trace.push('provisional: the in-quota rate assumes quota balance remains (unknown offline)');
  if (chosen?.measure.indicative)
    trace.push(`provisional: ${chosen.measure.code} rate is indicative in the source`);
  const options: DutyOption[] = weighed.map(({ option, reason }) =>
    optionOf(option, option === chosen ? 'chosen' : 'not-chosen', reason),
  );
  options.push(...additional.map((a) => optionOf(a, 'additional', 'added on top (Customs Act art. 50(2))')));
  return {
    chosen,
    additional,
    trace,
    problems,
    provisional: inQuota || chosen?.measure.indicative === true,
    options,
  };
}
