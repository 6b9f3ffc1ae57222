// The UK's duty options, as the Trade Tariff duty calculator presents them: third-country duty
// (measure type 103), autonomous suspension (112/115), preference (142) with proof of origin
// (DE 4/17 3xx, origin type 2), tariff quotas by order number (122 non-preferential, 143
// preferential; DE 4/17 320 or 1xx with DE 2/1 order number). The declared regime picks the option
// when it is eligible; otherwise the cheapest eligible option. Quota results are provisional:
// the quota balance is unknown offline.
import type { JurisdictionProfile } from '../profiles/types';
import type { ItemProblem, MeasureKind } from '../types';
import { stackAdditionalDuties } from './additional';
import { evaluateKinds, lowest } from './choose';
import {
  amountText,
  describeMeasure,
  measuresInForce,
  optionOf,
  type DutySelection,
  type EvaluatedMeasure,
  type ItemSituation,
} from './measures';

const QUOTA_KINDS: MeasureKind[] = ['quota', 'preferential-quota'];

export function selectUkDuty(s: ItemSituation, profile: JurisdictionProfile): DutySelection {
  const trace: string[] = [];
  const problems: ItemProblem[] = [];
  const { usable, conditional } = measuresInForce(s);
  const { item, line } = s;
  const money = (e: EvaluatedMeasure) => amountText(e, s.currency);
  for (const m of conditional)
    trace.push(`not selected automatically (${m.condition ?? ''}): ${describeMeasure(m)}`);

  const third = lowest(evaluateKinds(usable, ['third-country'], s, problems));
  if (third === null && !usable.some((m) => m.kind === 'third-country')) {
    problems.push({
      code: 'RATE_NOT_IN_DATA',
      message: `third-country duty (103) for ${line.code} is not in the loaded tariff`,
    });
  }
  if (line.flags?.cetUntilTradeRemedyReview) {
    trace.push(
      `${line.code}: the EU CET rate applies until the trade remedy transition review concludes (UKGT flag)`,
    );
  }
  const suspensions = evaluateKinds(usable, ['suspension'], s, problems);
  if (line.flags?.suspension && suspensions.length === 0) {
    problems.push({
      code: 'RATE_NOT_IN_DATA',
      message: `an autonomous tariff suspension exists for ${line.code} (UKGT flag) but its rate and conditions are not in the loaded data; it may replace the third-country duty`,
    });
  }

  const regime = item.dutyRegimeCode;
  const proof = item.preference?.proofOfOrigin ?? null;
  const preferenceClaimed =
    (regime !== undefined && regime.startsWith('3') && regime !== '320') || item.preference !== null;
  const preferences = evaluateKinds(usable, ['preference'], s, problems);
  const hasProof = proof !== null && proof.trim() !== '';

  const orderNumber = item.quotaOrderNumber;
  const quotaClaimed = orderNumber !== undefined || regime === '320';
  const quotas = evaluateKinds(
    usable,
    QUOTA_KINDS,
    s,
    problems,
    (m) => orderNumber !== undefined && m.quotaOrderNumber === orderNumber,
  );
  if (quotaClaimed && quotas.length === 0) {
    const what =
      orderNumber === undefined
        ? 'no quota order number is declared (DE 2/1) and the quota rate'
        : `quota ${orderNumber}: its rate`;
    problems.push({
      code: 'RATE_NOT_IN_DATA',
      message: `a tariff quota is claimed for ${line.code} (DE 4/17 ${regime ?? '—'}) but ${what} is not in the loaded data${line.flags?.quota ? ' (the tariff flags a quota on this line)' : ''}`,
    });
  }

  const eligiblePreferences = hasProof ? preferences : [];
  if (preferences.length > 0 && !hasProof) {
    trace.push(
      `preference not available: no proof of origin declared (DE 4/17 3xx needs origin type 2 and proof); ${preferences.map(money).join('; ')}`,
    );
  }
  if (preferenceClaimed && hasProof && preferences.length === 0) {
    trace.push(
      `preference claimed but no preferential rate for origin ${item.originCountry} on ${line.code} is in the loaded data`,
    );
  }

  const standard = lowest([...(third ? [third] : []), ...suspensions]);
  let chosen: EvaluatedMeasure | null;
  let why: string;
  if (quotaClaimed && quotas.length > 0) {
    chosen = lowest(quotas);
    why = `tariff quota ${orderNumber ?? ''} claimed (DE 4/17 ${regime ?? '—'})`;
  } else if (preferenceClaimed && eligiblePreferences.length > 0) {
    chosen = lowest(eligiblePreferences);
    why = `preference claimed with proof of origin ${proof ?? ''}`;
  } else if (regime !== undefined && regime.startsWith('1')) {
    chosen = standard;
    why = `no preference claimed (DE 4/17 ${regime})`;
  } else {
    chosen = lowest([...(standard ? [standard] : []), ...eligiblePreferences]);
    why = 'the lowest eligible option';
  }
  if (chosen !== null && third === null) chosen = null; // never choose without the reference duty
  if (chosen)
    trace.push(`chosen: ${chosen.measure.kind} ${money(chosen)} — ${why} [${chosen.measure.source}]`);
  const options = [...(third ? [third] : []), ...suspensions, ...preferences, ...quotas];
  const weighed = chosen ? [optionOf(chosen, 'chosen', why)] : [];
  for (const option of options) {
    if (option === chosen) continue;
    const eligible = option.measure.kind !== 'preference' || hasProof;
    trace.push(
      `alternative: ${option.measure.kind} ${money(option)}${eligible ? '' : ' (not eligible: no proof of origin)'}`,
    );
    weighed.push(
      optionOf(option, 'not-chosen', eligible ? 'alternative' : 'not eligible: no proof of origin'),
    );
  }
  const cheaper = lowest(options.filter((o) => o.measure.kind !== 'preference' || hasProof));
  if (chosen && cheaper && cheaper.amount.lt(chosen.amount)) {
    trace.push(
      `note: a lower eligible option exists (${cheaper.measure.kind} ${money(cheaper)}) but was not declared`,
    );
  }

  const additional = stackAdditionalDuties(usable, s, profile, chosen?.measure.kind ?? null, trace, problems);
  const provisional = chosen !== null && QUOTA_KINDS.includes(chosen.measure.kind);
  if (provisional) trace.push('provisional: the quota rate assumes quota balance remains (unknown offline)');
  weighed.push(...additional.map((a) => optionOf(a, 'additional', 'stacked on the chosen duty')));
  return { chosen, additional, trace, problems, provisional, options: weighed };
}
